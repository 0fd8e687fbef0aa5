import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generate } from 'otplib';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoAccessibilityViolations,
  newPhoneContext,
  uniqueEmail,
  useBrowser,
  waitForPath,
  watchForPageErrors,
} from '../support/browser.js';
import { PASSWORD, signUpAt } from '../support/flows.js';
import { freePort, type RunningServer, startServer } from '../support/server.js';

// Browsers refuse passkeys on a bare IP address, so this file runs its own server, reached as
// http://localhost (a secure context) with PUBLIC_URL saying the same, which makes it the
// WebAuthn relying party.
const browser = useBrowser();
let server: RunningServer;
let dataDir: string;
let baseUrl: string;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'amend-security-'));
  await chmod(dataDir, 0o755);
  const port = await freePort();
  baseUrl = `http://localhost:${port}`;
  server = await startServer(dataDir, port, { PUBLIC_URL: baseUrl });
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await server?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function newPage(): Promise<Page> {
  const context = await newPhoneContext(browser, baseUrl);
  contexts.push(context);
  return context.newPage();
}

async function signUp(page: Page, name: string): Promise<string> {
  const email = uniqueEmail(name.toLowerCase());
  await signUpAt(page, '/sign-up', name, email);
  await waitForPath(page, '/space');
  return email;
}

async function openSecurityPage(page: Page): Promise<void> {
  await page.goto('/settings');
  await page.getByRole('link', { name: 'Sign-in and security' }).click();
  await waitForPath(page, '/security');
  await page.getByRole('heading', { name: 'Sign-in and security', level: 1 }).waitFor();
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect.poll(() => new URL(page.url()).pathname).toBe('/');
}

async function fillPasswordStep(page: Page): Promise<void> {
  await page.getByLabel('Your current password').fill(PASSWORD);
}

/**
 * The code an app shows half a minute from now. The code typed to turn codes on was just used,
 * and each code works once; the server accepts the next one (phones' clocks drift), so the test
 * need not wait for it.
 */
function nextCode(secret: string): Promise<string> {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });
}

describe('sign-in and security in the browser', () => {
  it('turns on codes from an app, shows recovery codes once, then signs in with password and code', async () => {
    const page = await newPage();
    const problems = watchForPageErrors(page);
    const email = await signUp(page, 'Avery');
    await openSecurityPage(page);
    await expectNoAccessibilityViolations(page, 'security page');

    await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
    await fillPasswordStep(page);
    await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
    const qr = page.getByRole('img', { name: 'QR code for your authenticator app' });
    await qr.waitFor();
    expect(await qr.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
    const secret = await page.getByLabel('Or type this key into the app').inputValue();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await expectNoAccessibilityViolations(page, 'authenticator setup');

    const code = await generate({ secret, epoch: Math.floor(Date.now() / 1000) });
    await page.getByLabel('The six-digit code your app shows').fill(code);
    await page.getByRole('button', { name: 'Turn on' }).click();
    const codes = page.getByRole('list', { name: 'Your recovery codes' }).getByRole('listitem');
    await expect.poll(() => codes.count()).toBe(10);
    expect(await codes.first().textContent()).toMatch(/^[0-9a-z]{4}(-[0-9a-z]{4}){3}$/);
    await expect
      .poll(() => page.getByRole('link', { name: 'Download as a text file' }).getAttribute('href'))
      .toMatch(/^blob:/);
    await expectNoAccessibilityViolations(page, 'recovery codes');
    await page.getByRole('button', { name: 'I have kept them somewhere safe' }).click();
    await page.getByText('Two-step sign-in is on.').waitFor();
    await page.getByText('You have 10 recovery codes left.').waitFor();

    await signOut(page);
    await page.goto('/sign-in');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { name: 'One more step' }).waitFor();
    await expectNoAccessibilityViolations(page, 'second sign-in step');
    await page.getByLabel('Code from your authenticator app').fill('000000');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('alert').filter({ hasText: 'That code did not work' }).waitFor();
    await page.getByLabel('Code from your authenticator app').fill(await nextCode(secret));
    await page.getByRole('button', { name: 'Continue' }).click();
    await waitForPath(page, '/space');
    expect(problems).toEqual([]);
  });

  it('ends a session from another browser, which is then signed out', async () => {
    const phone = await newPage();
    const email = await signUp(phone, 'Blake');
    const laptop = await newPage();
    await laptop.goto('/sign-in');
    await laptop.getByLabel('Email address').fill(email);
    await laptop.getByLabel('Password').fill(PASSWORD);
    await laptop.getByRole('button', { name: 'Sign in', exact: true }).click();
    await waitForPath(laptop, '/space');

    await openSecurityPage(phone);
    const sessions = phone.locator('li[data-session-id]');
    await expect.poll(() => sessions.count()).toBe(2);
    await phone.getByText('This device').waitFor();
    await phone.getByRole('button', { name: /^End this session/ }).click();
    await phone.getByText('That session has ended.').waitFor();
    await expect.poll(() => sessions.count()).toBe(1);

    await laptop.reload();
    await waitForPath(laptop, '/sign-in');
    await phone.reload();
    await phone.getByRole('heading', { name: 'Sign-in and security', level: 1 }).waitFor();
  });

  it('adds a passkey with the device and signs in with it alone', async () => {
    const page = await newPage();
    const problems = watchForPageErrors(page);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });
    await signUp(page, 'Casey');
    await openSecurityPage(page);
    await page.getByRole('button', { name: 'Add a passkey' }).click();
    await page.getByLabel('A name for it').fill('Test phone');
    await fillPasswordStep(page);
    await page.getByRole('button', { name: 'Create the passkey' }).click();
    // The first passkey turns two-step sign-in on, so it comes with recovery codes.
    await page.getByRole('list', { name: 'Your recovery codes' }).waitFor();
    await page.getByRole('button', { name: 'I have kept them somewhere safe' }).click();
    await page.getByText('The passkey “Test phone” was added.').waitFor();
    await page.getByText('Test phone', { exact: true }).waitFor();
    await expectNoAccessibilityViolations(page, 'security page with a passkey');

    await signOut(page);
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
    await waitForPath(page, '/space');
    await openSecurityPage(page);
    await page.getByText('with a passkey').first().waitFor();
    expect(problems).toEqual([]);
  });
});
