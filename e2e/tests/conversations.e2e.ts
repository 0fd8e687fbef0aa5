import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import {
  expectNoAccessibilityViolations,
  useBrowser,
  watchForPageErrors,
} from '../support/browser.js';
import { linkedCoupleInBrowsers } from '../support/flows.js';

const browser = useBrowser();

/** Rates the conversation titled `topic` on the conversation log page. */
async function rate(page: Page, topic: string, honest: string, heard: string) {
  const item = page.getByRole('article', { name: topic });
  await item.getByRole('button', { name: 'Rate it' }).click();
  await item.getByRole('group', { name: 'It was honest' }).getByLabel(honest).check();
  await item.getByRole('group', { name: 'I felt heard' }).getByLabel(heard).check();
  await item.getByRole('button', { name: 'Save my rating' }).click();
  await item.getByText('Your rating is saved.').waitFor();
}

describe('talking and reconnecting', () => {
  it('a couple logs a conversation and both rate it, runs a weekly meeting on two screens, and one calls a pause the other sees', {
    timeout: 120_000,
  }, async () => {
    const { alex, sam } = await linkedCoupleInBrowsers(browser, inject('baseUrl'));
    const errors = [...watchForPageErrors(alex), ...watchForPageErrors(sam)];

    // The conversation log: Alex logs it, each rates it privately.
    await alex.goto('/talking');
    await alex.getByRole('heading', { name: 'Talking', level: 1 }).waitFor();
    await expectNoAccessibilityViolations(alex, 'talking hub');
    await alex.getByRole('link', { name: 'Conversation log' }).click();
    await alex.getByRole('heading', { name: 'Conversation log', level: 1 }).waitFor();
    await alex.getByLabel('What you talked about').fill('How the week went');
    await alex.getByLabel('Roughly how long, in minutes').fill('40');
    await alex.getByRole('button', { name: 'Log it' }).click();
    await alex.getByText('Logged. Now rate it for yourself below.').waitFor();
    await rate(alex, 'How the week went', '5 — completely', '4');
    await expectNoAccessibilityViolations(alex, 'conversation log');

    await sam.goto('/talking/conversations');
    const samsView = sam.getByRole('article', { name: 'How the week went' });
    await samsView.getByText('Logged by Alex').waitFor();
    await samsView.getByText('Alex has rated it.').waitFor();
    await rate(sam, 'How the week went', '4', '4');
    await samsView.getByText('You both rated it honest: it counts this week.').waitFor();

    // The weekly meeting, on two screens: Sam joins the one Alex started and sees Alex's notes.
    await alex.goto('/talking/meeting');
    await alex.getByRole('button', { name: 'Start this week’s meeting' }).click();
    await alex.getByRole('heading', { name: '1. Appreciations' }).waitFor();
    await sam.goto('/talking/meeting');
    await sam.getByRole('button', { name: 'Join the meeting Alex started' }).click();
    await sam.getByRole('heading', { name: '1. Appreciations' }).waitFor();
    await expectNoAccessibilityViolations(sam, 'weekly meeting');

    await alex
      .getByRole('region', { name: '1. Appreciations' })
      .getByLabel('Your notes')
      .fill('You made dinner on Tuesday when I was tired.');
    await alex.getByRole('region', { name: '2. What went well' }).getByLabel('Your notes').click();
    await sam
      .getByRole('region', { name: '1. Appreciations' })
      .getByText('You made dinner on Tuesday when I was tired.')
      .waitFor({ timeout: 15_000 });
    await sam
      .getByRole('region', { name: '3. What was hard' })
      .getByLabel('Your notes')
      .fill('Sunday evening, when the phone rang.');
    await sam
      .getByRole('region', { name: '4. Questions waiting' })
      .getByLabel('Your notes')
      .click();
    await alex
      .getByRole('region', { name: '3. What was hard' })
      .getByText('Sunday evening, when the phone rang.')
      .waitFor({ timeout: 15_000 });
    await sam.getByRole('button', { name: 'Finish the meeting' }).click();
    await sam.getByText(/It is in your conversation log/).waitFor();
    await alex.goto('/talking/conversations');
    await alex.getByRole('article', { name: 'Weekly check-in meeting' }).waitFor();

    // A pause: Sam asks for one, and Alex sees it on the space home with the time to come back.
    await sam.goto('/talking');
    await sam.getByRole('group', { name: 'I will come back in' }).getByLabel('an hour').check();
    await sam.getByLabel('A short reason (optional)').fill('I am too upset to listen well.');
    await sam.getByRole('button', { name: 'I need a pause' }).click();
    await sam.getByText(/You asked for a pause until/).waitFor();
    await alex.goto('/space');
    const notice = alex.getByTestId('time-out-notice');
    await notice.getByText(/Sam asked for a pause\. You agreed to come back to it at/).waitFor();
    await notice.getByText('They said: “I am too upset to listen well.”').waitFor();
    await expectNoAccessibilityViolations(alex, 'space home with a pause');
    expect(errors).toEqual([]);
  });
});
