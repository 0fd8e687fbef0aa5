import { describe, expect, inject, it } from 'vitest';
import {
  expectNoAccessibilityViolations,
  newPhoneContext,
  useBrowser,
  waitForPath,
  watchForPageErrors,
} from '../support/browser.js';
import { signUpAt } from '../support/flows.js';

const browser = useBrowser();

describe('the trust questionnaire', () => {
  it('is answered one question at a time, saved as you go, and scored as your starting point', async () => {
    const page = await (await newPhoneContext(browser, inject('baseUrl'))).newPage();
    const errors = watchForPageErrors(page);
    await signUpAt(page, '/sign-up', 'Kai');
    await waitForPath(page, '/space');
    await page.getByLabel('Dating or living together').check();
    await page.getByLabel('I was hurt').check();
    await page.getByLabel('When did the infidelity come to light?').fill('2026-05-01');
    await page.getByRole('button', { name: 'Create the space' }).click();
    await page.getByText('Day 1 of your recovery space').waitFor();

    await page.goto('/questionnaires');
    const list = page.getByRole('heading', { level: 1 });
    await list.waitFor();
    await expectNoAccessibilityViolations(page, 'questionnaires list');
    await page.getByRole('link', { name: /Start/ }).first().click();
    await page.getByText('Question 1 of 12').waitFor();
    await expectNoAccessibilityViolations(page, 'questionnaire question');

    // Answer the first two, then reload: the saved answers bring us back to question 3.
    for (let question = 1; question <= 2; question += 1) {
      await page.getByLabel('Agree', { exact: true }).check();
      await page.getByRole('button', { name: 'Next' }).click();
    }
    await page.getByText('Question 3 of 12').waitFor();
    await page.getByText('Saved').first().waitFor();
    await page.reload();
    await page.getByText('Question 3 of 12').waitFor();

    for (let question = 3; question <= 12; question += 1) {
      await page.getByLabel('Agree', { exact: true }).check();
      await page.getByRole('button', { name: question === 12 ? 'Review answers' : 'Next' }).click();
    }
    await page.getByText('Here is what you chose.').waitFor();
    await page.getByRole('button', { name: 'Finish' }).click();
    await page.getByRole('heading', { name: 'Your results' }).waitFor();
    expect(await page.getByText('These answers are your starting point.').isVisible()).toBe(true);
    expect(
      await page
        .getByText(/not clinically validated/i)
        .first()
        .isVisible(),
    ).toBe(true);
    await expectNoAccessibilityViolations(page, 'questionnaire result');
    expect(errors).toEqual([]);
  });
});
