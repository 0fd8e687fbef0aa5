import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import {
  expectNoAccessibilityViolations,
  newPhoneContext,
  useBrowser,
  waitForPath,
  watchForPageErrors,
} from '../support/browser.js';
import { linkedCoupleInBrowsers, PASSWORD, signUpAt } from '../support/flows.js';

const browser = useBrowser();

/** Pages the other partner can open; none of them may change when the check is taken. */
const PARTNER_PAGES = [
  { path: '/space', heading: 'Your recovery space' },
  { path: '/progress', heading: 'Your progress' },
  { path: '/questionnaires', heading: 'Monthly questionnaires' },
  { path: '/incidents', heading: 'Setbacks and incidents' },
  { path: '/safety', heading: 'Your safety' },
];

/** What the page says once everything on it has loaded. */
async function mainText(page: Page, path: string, heading: string): Promise<string> {
  await page.goto(path);
  await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
  await page.waitForLoadState('networkidle');
  return page.locator('main').innerText();
}

async function everyPartnerPage(page: Page): Promise<Record<string, string>> {
  const texts: Record<string, string> = {};
  for (const { path, heading } of PARTNER_PAGES) texts[path] = await mainText(page, path, heading);
  return texts;
}

async function answer(page: Page, choice: 'Yes' | 'No' | 'skip', button: string) {
  if (choice === 'skip') {
    await page.getByRole('button', { name: 'Skip this question' }).click();
    return;
  }
  await page.getByLabel(choice, { exact: true }).check();
  await page.getByRole('button', { name: button }).click();
}

describe('the private safety check', () => {
  it('a partner who reports being afraid sees help, and the other partner’s pages show no trace of it', async () => {
    const { alex, sam } = await linkedCoupleInBrowsers(browser, inject('baseUrl'));
    const errors = [...watchForPageErrors(alex), ...watchForPageErrors(sam)];
    const alexBefore = await everyPartnerPage(alex);

    await sam.goto('/space');
    await sam.getByRole('heading', { name: 'A private check on your safety' }).waitFor();
    await sam.getByRole('link', { name: 'Take the safety check' }).click();
    await waitForPath(sam, '/safety/check');
    await sam.getByText('Question 1 of 6').waitFor();
    await expectNoAccessibilityViolations(sam, 'safety check');
    await answer(sam, 'No', 'Next');
    await sam.getByText('Question 2 of 6').waitFor();
    await answer(sam, 'Yes', 'Next');
    await answer(sam, 'skip', '');
    await answer(sam, 'skip', '');
    await answer(sam, 'skip', '');
    await sam.getByText('Question 6 of 6').waitFor();
    await answer(sam, 'No', 'Finish');

    await sam.getByRole('heading', { name: 'What your answers mean', level: 1 }).waitFor();
    expect(new URL(sam.url()).pathname).toMatch(/^\/safety\/results\/[0-9a-f-]{36}$/);
    for (const heading of [
      'Thank you for answering',
      'Where to find help',
      'Why we suggest pausing the work you do together',
      'Support for you on your own',
      'If someone may be watching this device',
    ]) {
      await sam.getByRole('heading', { name: heading }).waitFor();
    }
    expect(await sam.getByText('If you are thinking of hurting yourself').count()).toBe(0);
    expect(
      await sam.getByLabel('Let a therapist I link to Amend see this result').isChecked(),
    ).toBe(false);
    await sam.getByLabel('Name').fill('Nearby support centre');
    await sam
      .getByLabel('Phone number, web address or how to reach them')
      .fill('https://example.org/support');
    await sam.getByRole('button', { name: 'Add a contact' }).click();
    await sam.getByRole('link', { name: 'https://example.org/support' }).waitFor();
    await expectNoAccessibilityViolations(sam, 'safety result with help');

    // Back on the space home the offer has gone; the history keeps the result for Sam alone.
    await sam.goto('/space');
    await sam.getByRole('heading', { name: 'Your recovery space', level: 1 }).waitFor();
    await sam.waitForLoadState('networkidle');
    expect(await sam.getByText('A private check on your safety').count()).toBe(0);
    await sam.goto('/safety');
    await sam.getByRole('link', { name: /showed a concern/ }).waitFor();

    expect(await everyPartnerPage(alex)).toEqual(alexBefore);
    expect(alexBefore['/safety']).toContain('Take the safety check');
    expect(JSON.stringify(alexBefore)).not.toContain('Nearby support centre');
    expect(errors).toEqual([]);
  });

  it('discreet mode gives the tab a neutral name and icon, which stay on this device after signing out', async () => {
    const context = await newPhoneContext(browser, inject('baseUrl'));
    const page = await context.newPage();
    const errors = watchForPageErrors(page);
    await signUpAt(page, '/sign-up', 'Robin');
    await waitForPath(page, '/space');
    await expect.poll(() => page.title()).toContain('Amend');
    const email = await page.evaluate(async () => {
      const response = await fetch('/api/v1/me');
      return ((await response.json()) as { user: { email: string } }).user.email;
    });

    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    await expectNoAccessibilityViolations(page, 'settings');
    await page.getByLabel('Use discreet mode').check();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Discreet mode is on.').waitFor();
    await expect.poll(() => page.title()).toBe('Notes');
    const icon = () => page.locator('link[rel~="icon"]').getAttribute('href');
    await expect.poll(icon).toMatch(/neutral-icon/);
    expect(await page.locator('.wordmark').innerText()).toBe('Notes');

    // Page names stay out of the title too, on every page and after a reload.
    await page.goto('/safety');
    await page.getByRole('heading', { name: 'Your safety', level: 1 }).waitFor();
    await expect.poll(() => page.title()).toBe('Notes');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('You have signed out.').waitFor();
    await expect.poll(() => page.title()).toBe('Notes');

    await page.goto('/sign-in');
    await page.getByText('On a shared device?').waitFor();
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await waitForPath(page, '/space');
    await page.goto('/settings');
    await page.getByLabel('Use discreet mode').uncheck();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Discreet mode is off.').waitFor();
    await expect.poll(() => page.title()).toBe('Settings — Amend');
    await expect.poll(icon).not.toMatch(/neutral-icon/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('quick exit replaces the current history entry, so Back does not return to that page', async () => {
    const context = await newPhoneContext(browser, inject('baseUrl'));
    // No internet here: answer the neutral page locally so the navigation can complete.
    await context.route('https://**/*', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' }),
    );
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await waitForPath(page, '/forgot-password');
    const entries = await page.evaluate(() => history.length);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => url.hostname === 'www.bbc.co.uk');
    expect(await page.evaluate(() => history.length)).toBe(entries);
    await page.goBack();
    expect(new URL(page.url()).pathname).not.toBe('/forgot-password');
    await context.close();
  });
});
