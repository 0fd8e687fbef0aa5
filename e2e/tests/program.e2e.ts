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

const LETTER_TEXT = 'I found the messages on a Sunday morning and the floor went.';
const ALEX_PRIVATE = 'Alex private: I keep checking the bank statements.';
const ACKNOWLEDGEMENT_TEXT = 'I heard that the lying hurt as much as the affair.';
const SAM_PRIVATE = 'Sam private: I am ashamed and I want to run.';

function exercise(page: Page, id: string) {
  return page.locator(`[data-exercise="${id}"]`);
}

async function openStageTwo(page: Page) {
  await page.goto('/program');
  await page.getByRole('heading', { name: 'Your recovery path', level: 1 }).waitFor();
  await page.getByRole('link', { name: 'Stage 2: Acknowledging the hurt' }).click();
  await waitForPath(page, '/program/acknowledging');
  await page.getByRole('heading', { name: 'Acknowledging the hurt', level: 1 }).waitFor();
}

async function saveNamingPrivately(page: Page, feeling: string, text: string) {
  const naming = exercise(page, 'naming-what-you-feel');
  await naming.getByLabel('The feelings you have noticed this week, line 1').fill(feeling);
  await naming
    .getByLabel('The hardest moment of the week, and what was going on in you')
    .fill(text);
  await naming
    .getByLabel('One kind thing you can do for yourself in the coming days')
    .fill('Sleep');
  expect(await naming.getByLabel('Only me').isChecked()).toBe(true);
  await naming.getByRole('button', { name: 'Save this' }).click();
  await naming.getByText('Saved. Version 1').waitFor();
}

describe('the recovery program', () => {
  it('a hurt and an involved partner each do their first exercises in stage 2 and see what the other shared, never what they kept private', async () => {
    const { alex, sam } = await linkedCoupleInBrowsers(browser, inject('baseUrl'));
    const errors = [...watchForPageErrors(alex), ...watchForPageErrors(sam)];

    // The space home suggests one small step and leads to the path.
    await alex.getByTestId('today-card').getByText('Your weekly check-in is open').waitFor();
    await openStageTwo(alex);
    await expectNoAccessibilityViolations(alex, 'stage 2 for the hurt partner');
    await alex.getByRole('button', { name: 'Begin this stage' }).click();
    await alex.getByText(/You began this stage on/).waitFor();

    // Alex writes the impact letter, with a draft saved on the way, and shares it.
    const letter = exercise(alex, 'impact-letter');
    await letter.getByLabel('What finding out was like').fill(LETTER_TEXT);
    await letter.getByText('Draft saved. Only you can see drafts.').waitFor();
    await letter.getByLabel('What it has changed').fill('I do not sleep.');
    await letter
      .getByLabel('What you most need your partner to understand')
      .fill('That it was the lying.');
    await letter.getByLabel('Me and my partner').check();
    await letter.getByRole('button', { name: 'Save this' }).click();
    await letter.getByText('Saved. Version 1').waitFor();
    await saveNamingPrivately(alex, 'betrayed', ALEX_PRIVATE);

    // Sam sees the letter beside the acknowledgement, and nothing Alex kept private.
    await openStageTwo(sam);
    const acknowledgement = exercise(sam, 'acknowledgement');
    await acknowledgement.getByText('What Alex shared with you: Your impact letter').waitFor();
    await acknowledgement.getByText(LETTER_TEXT).waitFor();
    expect(await sam.getByText(ALEX_PRIVATE).count()).toBe(0);
    await expectNoAccessibilityViolations(sam, 'stage 2 for the involved partner');
    await acknowledgement
      .getByLabel('What you heard, in your own words')
      .fill(ACKNOWLEDGEMENT_TEXT);
    await acknowledgement
      .getByLabel('The harm you caused, named plainly')
      .fill('I lied to you for a year.');
    await acknowledgement
      .getByLabel('What you will do, in small and concrete ways')
      .fill('Answer every question.');
    await acknowledgement.getByLabel('Me and my partner').check();
    await acknowledgement.getByRole('button', { name: 'Save this' }).click();
    await acknowledgement.getByText('Saved. Version 1').waitFor();
    await saveNamingPrivately(sam, 'ashamed', SAM_PRIVATE);

    // Alex sees Sam's acknowledgement, not Sam's private reflection.
    await alex.reload();
    await alex.getByRole('heading', { name: 'Shared with you by Sam' }).waitFor();
    await alex.getByText(ACKNOWLEDGEMENT_TEXT).waitFor();
    expect(await alex.getByText(SAM_PRIVATE).count()).toBe(0);

    // The path shows where each is, and the partner's shared work only.
    await alex.goto('/program');
    const partner = alex.getByTestId('partner-progress');
    await partner.getByText('Sam is working on “Acknowledging the hurt”.').waitFor();
    await partner.getByText(/Your acknowledgement, first saved on/).waitFor();
    expect(await partner.getByText(/Naming what you feel/).count()).toBe(0);
    await expect
      .poll(async () => alex.locator('[aria-current="step"]').textContent())
      .toContain('Acknowledging the hurt');
    await expectNoAccessibilityViolations(alex, 'the recovery path');

    // Making the letter private again hides it from Sam at once.
    await openStageTwo(alex);
    await exercise(alex, 'impact-letter').getByLabel('Only me').check();
    await exercise(alex, 'impact-letter')
      .getByText('Changed. It applies at once, to every saved version.')
      .waitFor();
    await sam.reload();
    await exercise(sam, 'acknowledgement')
      .getByText('Alex has not shared “Your impact letter” with you yet.')
      .waitFor();
    expect(await sam.getByText(LETTER_TEXT).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('Learn lists its articles and opens one, linked back to the stages where it matters', async () => {
    const { alex } = await linkedCoupleInBrowsers(browser, inject('baseUrl'));
    const errors = watchForPageErrors(alex);
    await alex.goto('/learn');
    await alex.getByRole('heading', { name: 'Learn', level: 1 }).waitFor();
    await expectNoAccessibilityViolations(alex, 'Learn');
    await alex.getByRole('link', { name: 'What to avoid' }).click();
    await waitForPath(alex, '/learn/what-to-avoid');
    await alex.getByRole('heading', { name: 'What to avoid', level: 1 }).waitFor();
    await alex.getByRole('heading', { name: 'Defensiveness' }).waitFor();
    await expectNoAccessibilityViolations(alex, 'a Learn article');
    await alex.getByRole('link', { name: 'Acknowledging the hurt' }).click();
    await waitForPath(alex, '/program/acknowledging');
    expect(errors).toEqual([]);
  });
});
