import { randomUUID } from 'node:crypto';
import type { BrowserContext } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import {
  expectNoAccessibilityViolations,
  lastOutboxMailTo,
  newPhoneContext,
  uniqueEmail,
  useBrowser,
  waitForPath,
} from '../support/browser.js';
import { createSpaceAsHurtPartner } from '../support/flows.js';

const browser = useBrowser();
let context: BrowserContext;
beforeEach(async () => {
  context = await newPhoneContext(browser, inject('baseUrl'));
});
afterEach(async () => {
  await context.close();
});

async function createAccount(email: string, password: string): Promise<void> {
  const page = await context.newPage();
  await page.goto('/sign-up');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Your name').fill('Riley');
  await page.getByLabel('Choose a password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await waitForPath(page, '/space');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect.poll(() => new URL(page.url()).pathname).not.toBe('/space');
  await page.close();
}

describe('accounts in the browser', () => {
  it('pages of a recovery space, opened before there is one, lead to making it', async () => {
    const page = await context.newPage();
    await page.goto('/sign-up');
    await page.getByLabel('Email address').fill(uniqueEmail('early'));
    await page.getByLabel('Your name').fill('Sam');
    await page.getByLabel('Choose a password').fill('an early start together');
    await page.getByRole('button', { name: 'Create account' }).click();
    await waitForPath(page, '/space');
    // Each reads the space through the same waiting states (SpacePageWaiting).
    for (const path of ['/check-in', '/progress', '/talking/triggers', '/incidents', '/program']) {
      await page.goto(path);
      await page.getByRole('heading', { name: 'First, a recovery space' }).waitFor();
    }
    await page.getByRole('link', { name: 'Go to your space' }).click();
    await waitForPath(page, '/space');

    // With a space, a page about one thing that is not there says so, in its own words.
    await createSpaceAsHurtPartner(page);
    await page.getByRole('button', { name: 'Invite your partner' }).waitFor();
    const missing: [string, RegExp][] = [
      [`/agreements/${randomUUID()}`, /We could not find that page/],
      ['/program/no-such-stage', /There is no stage with that name/],
      ['/questionnaires/no-such-questionnaire', /We could not find this questionnaire/],
    ];
    for (const [path, words] of missing) {
      await page.goto(path);
      await page.getByText(words).waitFor();
    }
  });

  it('a wrong password shows an error and keeps the e-mail address typed', async () => {
    const email = uniqueEmail('riley');
    await createAccount(email, 'the right passphrase');
    const page = await context.newPage();
    await page.goto('/sign-in');
    await expectNoAccessibilityViolations(page, 'sign-in');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill('the wrong passphrase');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.getByRole('alert');
    await alert.filter({ hasText: 'do not match' }).waitFor();
    expect(await page.getByLabel('Email address').inputValue()).toBe(email);
    await expectNoAccessibilityViolations(page, 'sign-in with error');
    await page.getByLabel('Password').fill('the right passphrase');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await waitForPath(page, '/space');
  });

  it('a forgotten password is reset with the link from the e-mail', async () => {
    const email = uniqueEmail('forgot');
    await createAccount(email, 'an old passphrase');
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await waitForPath(page, '/forgot-password');
    await expectNoAccessibilityViolations(page, 'forgot password');
    await page.getByLabel('Email address').fill(email);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.getByText('If an account exists for that address').waitFor();

    const mail = await lastOutboxMailTo(inject('dataDir'), email);
    const link = /(http:\/\/\S+\/reset-password\?token=[A-Za-z0-9_-]+)/.exec(mail)?.[1];
    expect(link).toBeTruthy();
    await page.goto(link ?? '');
    await expectNoAccessibilityViolations(page, 'reset password');
    await page.getByLabel('New password', { exact: true }).fill('a new passphrase');
    await page.getByLabel('New password again').fill('a new passphrase');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Your password has been changed').waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill('a new passphrase');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await waitForPath(page, '/space');
  });

  it('quick exit leaves for a neutral page, by button and by pressing Escape twice', async () => {
    const page = await context.newPage();
    // No internet here: answer the neutral page locally so the navigation can complete.
    await context.route('https://**/*', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' }),
    );
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Quick exit' }).click();
    await page.waitForURL((url) => url.origin !== new URL(inject('baseUrl')).origin);
    await page.goto('/sign-in');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => url.origin !== new URL(inject('baseUrl')).origin);
  });

  it('signing in works with the keyboard alone, starting from the skip link', async () => {
    const email = uniqueEmail('keys');
    await createAccount(email, 'typed without a mouse');
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    const focusedLabel = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLInputElement | null;
        return element?.labels?.[0]?.textContent?.trim() ?? element?.textContent?.trim() ?? '';
      });
    // A fresh page load leaves focus at the top of the document, so Tab goes forward to the skip
    // link; after navigating inside the app focus sits on the new heading, and it is behind.
    const fromTop = await page.evaluate(() => document.activeElement === document.body);
    for (
      let presses = 0;
      presses < 8 && (await focusedLabel()) !== 'Skip to main content';
      presses += 1
    ) {
      await page.keyboard.press(fromTop ? 'Tab' : 'Shift+Tab');
    }
    expect(await focusedLabel()).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
    for (let presses = 0; presses < 5 && (await focusedLabel()) !== 'Email address'; presses += 1) {
      await page.keyboard.press('Tab');
    }
    expect(await focusedLabel()).toBe('Email address');
    await page.keyboard.type(email);
    await page.keyboard.press('Tab');
    expect(await focusedLabel()).toBe('Password');
    await page.keyboard.type('typed without a mouse');
    await page.keyboard.press('Enter');
    await waitForPath(page, '/space');
  });

  it('other pages have no accessibility violations', async () => {
    const page = await context.newPage();
    for (const path of ['/join', '/no-such-page']) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await expectNoAccessibilityViolations(page, path);
    }
  });
});
