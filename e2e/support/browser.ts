import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';

/** Debian's Chromium (apt-get install chromium); CHROMIUM_PATH overrides. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/**
 * One Chromium for the whole test file, launched before its tests and closed after them:
 * `const browser = useBrowser();` at the top of the file, then use `browser` in any test.
 */
export function useBrowser(): Browser {
  const holder: { browser?: Browser } = {};
  beforeAll(async () => {
    holder.browser = await launchBrowser();
  });
  afterAll(async () => {
    await holder.browser?.close();
  });
  return new Proxy({} as Browser, {
    get(_target, property) {
      const { browser } = holder;
      if (!browser) throw new Error('The browser is only available inside tests and hooks.');
      const value: unknown = Reflect.get(browser, property);
      return typeof value === 'function' ? value.bind(browser) : value;
    },
  });
}

/** A phone-sized, separate browser profile: each partner gets their own. */
export async function newPhoneContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  return browser.newContext({
    baseURL,
    viewport: { width: 360, height: 780 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    timezoneId: 'Europe/London',
    locale: 'en-GB',
  });
}

/** Fails with the list of WCAG 2.2 A/AA violations axe-core finds on the page as it is now. */
export async function expectNoAccessibilityViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(summary, `accessibility violations on ${label}`).toEqual([]);
}

/** Collects CSP violations and uncaught errors, so a page that silently breaks fails the test. */
export function watchForPageErrors(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to/.test(message.text())) {
      problems.push(`console: ${message.text()}`);
    }
  });
  return problems;
}

/** The newest e-mail in the outbox folder addressed to `to` (no SMTP_URL: mail is saved as .eml). */
export async function lastOutboxMailTo(dataDir: string, to: string): Promise<string> {
  const outbox = path.join(dataDir, 'outbox');
  const files = (await readdir(outbox)).filter((file) => file.endsWith('.eml')).sort();
  for (const file of files.reverse()) {
    const text = await readFile(path.join(outbox, file), 'utf8');
    if (text.toLowerCase().includes(`to: ${to.toLowerCase()}`)) {
      return text.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
    }
  }
  throw new Error(`no e-mail to ${to} in ${outbox}`);
}

export function uniqueEmail(name: string): string {
  return `${name}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.org`;
}

/**
 * Waits until the app has routed to `pathname`. Polls page.url() rather than waitForURL, which
 * can miss a client-side (history API) navigation that happens while it is being set up.
 */
export async function waitForPath(page: Page, pathname: string): Promise<void> {
  await expect.poll(() => new URL(page.url()).pathname, { timeout: 15_000 }).toBe(pathname);
}
