import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import {
  expectNoAccessibilityViolations,
  useBrowser,
  watchForPageErrors,
} from '../support/browser.js';
import { linkedCoupleInBrowsers } from '../support/flows.js';

/** Screenshots for a person to look at (e2e/artifacts, not checked in). */
const artifact = (name: string) => new URL(`../artifacts/${name}`, import.meta.url).pathname;

const browser = useBrowser();

/** Opens the agreement from the partner's update, as a person would. */
async function openFromUpdates(page: Page, label: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: /Updates, \d+ new/ }).click();
  await page.getByRole('heading', { name: 'Updates', level: 1 }).waitFor();
  await expectNoAccessibilityViolations(page, label);
  await page.screenshot({ path: artifact(`${label.replaceAll(' ', '-')}.png`), fullPage: true });
  await page.getByRole('link', { name: 'Open' }).first().click();
  await page.waitForURL(/\/agreements\/[0-9a-f-]+$/);
}

async function markThisWeek(page: Page, mark: string): Promise<void> {
  await page.goto('/check-in');
  await page.getByRole('heading', { name: 'Did your agreements hold this week?' }).waitFor();
  await page.getByLabel(mark).check();
  await page.getByRole('button', { name: 'Save my answers' }).click();
  await page.getByText(/Saved\. You can change your answers until/).waitFor();
}

describe('agreements', () => {
  it('proposed, accepted, marked with a gap, changed and relaxed by a sunset step', async () => {
    const { alex, sam } = await linkedCoupleInBrowsers(browser, inject('baseUrl'));
    const errors = [...watchForPageErrors(alex), ...watchForPageErrors(sam)];

    // Sam proposes from an example; the page says plainly that openness is given, not taken.
    await sam.getByRole('link', { name: 'Agreements' }).click();
    await sam.getByRole('heading', { name: 'Agreements', level: 1 }).waitFor();
    await sam.getByText('Transparency given freely builds trust.', { exact: false }).waitFor();
    await expectNoAccessibilityViolations(sam, 'agreements, empty');
    await sam.screenshot({ path: artifact('agreements-page.png'), fullPage: true });
    await sam
      .getByLabel('Start from an example')
      .selectOption({ label: 'Devices and passwords: My phone is open to you' });
    expect(await sam.getByLabel('A short name').inputValue()).toBe('My phone is open to you');
    await sam.getByRole('button', { name: 'Propose this agreement' }).click();
    await sam.getByText('Proposed. Your partner will see it and can accept it.').waitFor();
    await sam.getByRole('heading', { name: 'Waiting for your partner' }).waitFor();

    // Alex is told, opens it and accepts.
    await openFromUpdates(alex, 'updates');
    await alex.getByRole('heading', { name: 'As proposed' }).waitFor();
    await expectNoAccessibilityViolations(alex, 'agreement, proposed');
    await alex.getByRole('button', { name: 'Accept' }).click();
    await alex.getByText('Accepted. It is in force now.').waitFor();
    await alex.getByText('In force', { exact: true }).first().waitFor();

    // The weekly check-in: Alex says it held, Sam that it did not; the gap shows, no verdict.
    await markThisWeek(alex, 'It held');
    await sam.goto('/check-in');
    await sam.getByLabel('It did not hold').check();
    await sam.getByRole('link', { name: 'Record a setback' }).waitFor();
    await sam.getByRole('button', { name: 'Save my answers' }).click();
    await sam.getByText(/Saved\. You can change your answers until/).waitFor();
    await sam.getByText('Your partner: It held').waitFor();
    await sam.getByText('You see this one differently.', { exact: false }).waitFor();
    await expectNoAccessibilityViolations(sam, 'check-in with a gap');
    await sam.screenshot({ path: artifact('agreements-checkin-gap.png'), fullPage: true });
    await alex.goto('/check-in');
    await alex.getByText('Your partner: It did not hold').waitFor();
    await alex.getByText('You see this one differently.', { exact: false }).waitFor();
    await alex.goto('/progress');
    await alex.getByRole('heading', { name: 'Agreements held' }).waitFor();
    await alex.getByText('Differed', { exact: true }).waitFor();
    await expectNoAccessibilityViolations(alex, 'progress with agreements held');
    await alex
      .getByRole('heading', { name: 'Agreements held' })
      .locator('..')
      .screenshot({ path: artifact('agreements-held-card.png') });

    // Sam proposes a change; the version in force stays until Alex accepts it.
    await sam.goto('/agreements');
    await sam.getByRole('link', { name: 'My phone is open to you' }).click();
    await sam.getByRole('button', { name: 'Propose a change' }).click();
    await sam
      .getByLabel('What it means in practice')
      .fill('You may look at my phone whenever you like, and I will not mind.');
    await sam.getByLabel('Why you would like this change (optional)').fill('To make it easier.');
    await sam.getByRole('button', { name: 'Propose this change' }).click();
    await sam.getByText('Change proposed.', { exact: false }).waitFor();

    await openFromUpdates(alex, 'updates with a change');
    await alex
      .getByRole('heading', { name: 'The version in force and the change proposed, side by side' })
      .waitFor();
    await expectNoAccessibilityViolations(alex, 'agreement, change side by side');
    await alex.screenshot({ path: artifact('agreement-side-by-side.png'), fullPage: true });
    await alex.getByRole('button', { name: 'Accept' }).click();
    await alex.getByText('Accepted. It is in force now.').waitFor();
    await alex.getByText('whenever you like', { exact: false }).first().waitFor();

    // A sunset step, proposed by Alex and accepted by Sam.
    await alex.getByRole('button', { name: 'Propose taking the next step' }).click();
    await alex.getByText('Proposed. The step is taken when your partner accepts.').waitFor();
    await openFromUpdates(sam, 'updates with a sunset step');
    await sam.getByRole('button', { name: 'Accept' }).click();
    await sam.getByText('Accepted. It is in force now.').waitFor();
    await sam.getByRole('heading', { name: 'Sunset path' }).waitFor();
    await sam.locator('.sunset-path__sunsetTaken').first().waitFor();
    await sam.getByRole('heading', { name: 'Version 3: In force' }).waitFor();
    await expectNoAccessibilityViolations(sam, 'agreement after a sunset step');
    await sam.screenshot({ path: artifact('agreement-after-sunset-step.png'), fullPage: true });
    expect(errors).toEqual([]);
    // Two browsers through a whole cycle: longer than one page's test.
  }, 240_000);
});
