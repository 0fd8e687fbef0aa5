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

interface Answers {
  trust: number;
  closeness: number;
  conversations: number;
  mood: string;
}

/** The weekly check-in, one question at a time, with an accessibility scan on the first step. */
async function checkIn(page: Page, answers: Answers, scan: boolean): Promise<void> {
  await page.getByRole('link', { name: 'Check in for this week' }).click();
  await waitForPath(page, '/check-in');
  const trust = page.getByRole('group', { name: 'How much do you trust your partner this week?' });
  await trust.waitFor();
  expect(await page.getByText('Question 1 of 5').isVisible()).toBe(true);
  if (scan) await expectNoAccessibilityViolations(page, 'check-in question 1');
  await trust.getByLabel(String(answers.trust), { exact: true }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page
    .getByRole('group', { name: 'How close do you feel to your partner this week?' })
    .getByLabel(String(answers.closeness), { exact: true })
    .check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page
    .getByLabel('How many honest, open conversations did you have this week?')
    .fill(String(answers.conversations));
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel(answers.mood, { exact: true }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  if (scan) await expectNoAccessibilityViolations(page, 'check-in note step');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await page.getByRole('heading', { name: 'Your check-in is saved' }).waitFor();
}

describe('check-ins and the progress dashboard', () => {
  it('two partners check in and the dashboard shows both lines, the typical band and the gap', async () => {
    const { alex, sam } = await linkedCoupleInBrowsers(browser, inject('baseUrl'));
    const errors = [...watchForPageErrors(alex), ...watchForPageErrors(sam)];

    // Before anyone checks in, the dashboard invites the first step and shows no sample data.
    await alex.goto('/progress');
    await alex.getByText('No check-ins yet').waitFor();

    await alex.goto('/space');
    await checkIn(alex, { trust: 3, closeness: 4, conversations: 1, mood: 'Low' }, true);
    await sam.goto('/space');
    await checkIn(sam, { trust: 7, closeness: 6, conversations: 2, mood: 'Okay' }, false);

    await alex.getByRole('link', { name: 'See your progress' }).click();
    await waitForPath(alex, '/progress');
    const trustCard = alex.getByRole('region', { name: 'Trust' });
    await trustCard.waitFor();
    expect(await trustCard.getByText('Your first trust rating is 3.').count()).toBeGreaterThan(0);
    expect(await trustCard.textContent()).toContain('Sam');
    // The gap between how the two of them see it, in words.
    expect(await trustCard.textContent()).toMatch(/gap of 4/);
    // The chart is drawn, and its numbers are in a table with both partners and the typical range.
    expect(await trustCard.locator('canvas').count()).toBeGreaterThan(0);
    await trustCard.getByText('Show the numbers as a table').click();
    const table = trustCard.getByRole('table');
    const headers = await table.getByRole('columnheader').allTextContents();
    expect(headers).toEqual(expect.arrayContaining(['You', 'Sam', 'Typical range']));
    const row = (await table.getByRole('row').nth(1).textContent()) ?? '';
    expect(row).toContain('3');
    expect(row).toContain('7');
    expect(row).toMatch(/2(\.\d+)? to 3/);
    expect(await alex.getByRole('heading', { name: 'Signs of progress' }).isVisible()).toBe(true);
    await expectNoAccessibilityViolations(alex, 'progress dashboard');
    expect(errors).toEqual([]);
  });
});
