import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import {
  expectNoAccessibilityViolations,
  useBrowser,
  waitForPath,
  watchForPageErrors,
} from '../support/browser.js';
import { linkedCoupleInBrowsers } from '../support/flows.js';

const browser = useBrowser();

/** A request the way the app sends it (session cookie and CSRF token), to set up records quickly. */
async function api(page: Page, method: string, path: string, body?: unknown) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const { token } = await (await fetch('/api/v1/csrf-token')).json();
      const response = await fetch(`/api/v1${path}`, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': token },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : null };
    },
    { method, path, body },
  );
}

/** This week's check-in and every questionnaire due, so the steps under test come first. */
async function doTheWeeklyThings(page: Page): Promise<void> {
  const checkin = await api(page, 'POST', '/checkins', {
    trust: 3,
    closeness: 3,
    honestConversations: 1,
    mood: 'okay',
    noteVisibility: 'private',
  });
  expect(checkin.status, JSON.stringify(checkin.body)).toBe(201);
  const list = await api(page, 'GET', '/questionnaires');
  for (const summary of list.body.questionnaires.filter((q: { due: boolean }) => q.due)) {
    const { body } = await api(page, 'GET', `/questionnaires/${summary.id}`);
    const answers = Object.fromEntries(
      body.questionnaire.items.map(
        (item: { id: string; options?: { code: string }[]; min?: number }) => [
          item.id,
          item.options?.[0]?.code ?? item.min ?? 0,
        ],
      ),
    );
    const done = await api(page, 'POST', `/questionnaires/${summary.id}/responses`, { answers });
    expect(done.status, JSON.stringify(done.body)).toBe(201);
  }
}

function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

describe('the today card', () => {
  it('leads to a question waiting for an answer, then to an agreement whose review date is near', async () => {
    const { alex, sam } = await linkedCoupleInBrowsers(browser, inject('baseUrl'));
    const errors = [...watchForPageErrors(alex), ...watchForPageErrors(sam)];
    await doTheWeeklyThings(sam);
    const asked = await api(alex, 'POST', '/questions', { text: 'Who else knew?' });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);

    await sam.goto('/space');
    const card = sam.getByTestId('today-card');
    await card
      .getByText('Your partner asked you a question and is waiting for your answer')
      .waitFor();
    await expectNoAccessibilityViolations(sam, 'the today card with a question waiting');
    await card.getByRole('link', { name: 'Answer the question' }).click();
    await waitForPath(sam, '/questions');
    await sam.getByText('Who else knew?').waitFor();
    // The link names the question: the page goes to it and a screen reader starts there.
    await sam.waitForFunction(
      (id) => document.activeElement?.id === `question-${id}`,
      asked.body.id as string,
    );
    const answered = await api(sam, 'POST', `/questions/${asked.body.id}/answers`, {
      text: 'Only my brother. I should have told you that straight away.',
    });
    expect(answered.status, JSON.stringify(answered.body)).toBe(201);

    const proposed = await api(alex, 'POST', '/agreements', {
      title: 'We talk every evening',
      practice: 'Twenty minutes after dinner, phones away.',
      category: 'time_together',
      reviewOn: inDays(3),
    });
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
    const accepted = await api(sam, 'POST', `/agreements/${proposed.body.id}/answers`, {
      version: 1,
      answer: 'accept',
    });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(204);

    await sam.goto('/space');
    await card.getByText('You both planned to look at “We talk every evening” again on').waitFor();
    await card.getByRole('link', { name: 'Open the agreement' }).click();
    await waitForPath(sam, `/agreements/${proposed.body.id}`);
    await sam.getByRole('heading', { name: 'We talk every evening', level: 1 }).waitFor();
    expect(errors).toEqual([]);
  });
});
