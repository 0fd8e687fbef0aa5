import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import {
  expectNoAccessibilityViolations,
  newPhoneContext,
  uniqueEmail,
  useBrowser,
  watchForPageErrors,
} from '../support/browser.js';
import { linkedCoupleInBrowsers, PASSWORD } from '../support/flows.js';

const artifact = (name: string) => new URL(`../artifacts/${name}`, import.meta.url).pathname;

const browser = useBrowser();

/** A request sent the way the app sends it (with the session's CSRF token): status and body. */
async function send(
  page: Page,
  method: string,
  url: string,
  body?: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  return page.evaluate(
    async ({ method, url, body }) => {
      const { token } = await (await fetch('/api/v1/csrf-token')).json();
      const response = await fetch(url, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': token },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : {} };
    },
    { method, url, body },
  );
}

const TEXT = 'It began in March at a conference. It ended on 2 July, when I told you.';

describe('the full account opened in a session', () => {
  it('the therapist opens a sealed account after confirming; both partners see who opened it', async () => {
    const baseUrl = inject('baseUrl');
    const { alex, sam } = await linkedCoupleInBrowsers(browser, baseUrl);
    const therapist = await (await newPhoneContext(browser, baseUrl)).newPage();
    const errors = [alex, sam, therapist].flatMap((page) => watchForPageErrors(page));

    // The set-up the other browser tests walk through already: a therapist linked to the couple,
    // both partners sharing "questions marked for the session", and Sam's account sealed.
    await therapist.goto('/');
    const signedUp = await send(therapist, 'POST', '/api/v1/therapist-accounts', {
      email: uniqueEmail('morgan'),
      password: PASSWORD,
      displayName: 'Dr Morgan',
      timeZone: 'Europe/London',
      profession: 'Couples therapist',
      licenceNumber: 'UKCP-123456',
      practiceName: 'Harbour Counselling',
    });
    expect(signedUp.status).toBe(201);
    const therapistId = (signedUp.body.user as { id: string }).id;
    const code = (await send(alex, 'POST', '/api/v1/space/therapist-invitations', {})).body.code;
    const linked = await send(therapist, 'POST', '/api/v1/therapist/couples', { code });
    expect(linked.status, JSON.stringify([code, linked.body])).toBe(201);
    const coupleId = linked.body.coupleId as string;
    for (const partner of [alex, sam]) {
      const consented = await send(
        partner,
        'PUT',
        `/api/v1/space/therapists/${therapistId}/consent`,
        {
          categories: ['session_questions'],
        },
      );
      expect(consented.status).toBe(200);
    }
    const started = await send(sam, 'POST', '/api/v1/full-accounts', { text: TEXT });
    expect(
      (await send(sam, 'POST', `/api/v1/full-accounts/${started.body.id}/seal`, {})).status,
    ).toBe(204);

    await therapist.goto(`/therapist/couples/${coupleId}`);
    const section = therapist.locator('section').filter({
      has: therapist.getByRole('heading', { name: 'The full account', level: 2 }),
    });
    await section.getByText(/^Sam’s account, sealed on /).waitFor();
    await section.getByRole('button', { name: 'Open the full account in this session' }).click();
    const dialog = therapist.getByRole('dialog', { name: 'Open Sam’s full account now?' });
    await dialog.getByText(/opens for both partners at once/).waitFor();
    await expectNoAccessibilityViolations(therapist, 'open in session, confirming');
    // "Not now" leaves it sealed; the second time it is confirmed.
    await dialog.getByRole('button', { name: 'Not now' }).click();
    expect(await section.getByText(/^Sam’s account, sealed on /).count()).toBe(1);
    await section.getByRole('button', { name: 'Open the full account in this session' }).click();
    await dialog.getByRole('button', { name: 'Open it now' }).click();
    await section.getByText('The account is open now, for both of them.').waitFor();
    await section.getByText(/^Sam’s account: you opened it in a session on /).waitFor();
    expect(
      await section.getByRole('button', { name: 'Open the full account in this session' }).count(),
    ).toBe(0);
    // The therapist opened it; they never read it.
    expect(await therapist.getByText('It began in March').count()).toBe(0);
    await expectNoAccessibilityViolations(therapist, 'open in session, opened');
    await therapist.screenshot({ path: artifact('full-account-in-session.png'), fullPage: true });

    for (const partner of [alex, sam]) {
      await partner.goto('/disclosures/account');
      await partner.getByText(/^Opened in a session by Dr Morgan on /).waitFor();
      await partner.getByText(TEXT).waitFor();
      expect(await partner.getByRole('button', { name: 'Open the account' }).count()).toBe(0);
    }
    await expectNoAccessibilityViolations(alex, 'full account, opened in a session');
    await alex.screenshot({ path: artifact('full-account-opened-in-session.png'), fullPage: true });
    await alex.goto('/notifications');
    await alex
      .getByText('Your therapist opened the full account in your session.', { exact: false })
      .waitFor();
    expect(errors).toEqual([]);
  }, 120_000);
});
