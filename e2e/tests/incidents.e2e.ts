import { describe, expect, inject, it } from 'vitest';
import {
  expectNoAccessibilityViolations,
  useBrowser,
  watchForPageErrors,
} from '../support/browser.js';
import { linkedCoupleInBrowsers } from '../support/flows.js';

const browser = useBrowser();

describe('incidents', () => {
  it('one partner tells before being asked, and the other sees it in the space and on the dashboard', async () => {
    const { alex, sam } = await linkedCoupleInBrowsers(browser, inject('baseUrl'));
    const errors = [...watchForPageErrors(alex), ...watchForPageErrors(sam)];
    await sam.goto('/incidents');
    await sam.getByRole('heading', { name: 'Setbacks and incidents', level: 1 }).waitFor();
    await expectNoAccessibilityViolations(sam, 'incidents');
    await sam.getByLabel('Renewed contact with the affair partner').check();
    await sam.getByLabel('About me').check();
    await sam.getByLabel('I am telling before being asked').check();
    await sam.getByLabel('When did it happen?').fill('2026-11-01');
    await sam.getByRole('button', { name: 'Record this' }).click();
    await sam.getByText('Told before being asked').first().waitFor();

    await alex.goto('/incidents');
    await alex.getByText('Renewed contact with the affair partner').first().waitFor();
    expect(await alex.getByText('Told before being asked').count()).toBeGreaterThan(0);
    await alex.goto('/progress');
    await alex
      .getByText(/1 incident/)
      .first()
      .waitFor();
    await expectNoAccessibilityViolations(alex, 'progress with an incident');
    expect(errors).toEqual([]);
  });
});
