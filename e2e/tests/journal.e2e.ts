import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import {
  expectNoAccessibilityViolations,
  newPhoneContext,
  uniqueEmail,
  useBrowser,
  waitForPath,
  watchForPageErrors,
} from '../support/browser.js';
import { linkedCoupleInBrowsers, PASSWORD, signUpAt } from '../support/flows.js';

const browser = useBrowser();

const FIRST_PASSPHRASE = 'willow bridge at dawn';
const RECOVERED_PASSPHRASE = 'lantern on the stair';
const NEWEST_PASSPHRASE = 'a kettle left to sing';
const SECRET = 'I still check his phone at night, and I hate that I do.';

/** What the server answers this browser's session, as text. */
async function apiText(page: Page, path: string): Promise<string> {
  const response = await page.request.get(path);
  expect(response.status()).toBe(200);
  return response.text();
}

async function unlock(page: Page, passphrase: string): Promise<void> {
  await page.getByLabel('Journal passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByText(SECRET).waitFor({ timeout: 30_000 });
}

/** From the explainer to the first entry; checks accessibility on the way. Returns the recovery key. */
async function setUpAndWrite(page: Page, passphrase: string): Promise<string> {
  await page.getByText('If you forget both, your entries are gone').waitFor();
  await expectNoAccessibilityViolations(page, 'journal explainer');
  await page.getByRole('button', { name: 'Choose a passphrase' }).click();
  await page.getByLabel('Journal passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Type it again').fill(passphrase);
  await page.getByRole('button', { name: 'Continue' }).click();

  // The recovery key is shown once; typing back its last group starts the journal.
  await page
    .getByRole('heading', { name: 'Write down your recovery key' })
    .waitFor({ timeout: 30_000 });
  const recoveryKey = (await page.locator('.journal__recovery-key').textContent())?.trim() ?? '';
  expect(recoveryKey).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$/);
  await expectNoAccessibilityViolations(page, 'journal recovery key');
  await page.getByLabel('Type the last five characters').fill(recoveryKey.slice(-5));
  await page.getByRole('button', { name: 'Start my journal' }).click();

  await page.getByLabel('What is on your mind?').fill(SECRET);
  await page.getByRole('button', { name: 'Save entry' }).click();
  await page.getByText('Saved. Only you can read it.').waitFor();
  await page.getByText(SECRET).waitFor();
  await expectNoAccessibilityViolations(page, 'unlocked journal');
  return recoveryKey;
}

describe('private journal', () => {
  it('is encrypted in the browser, opens again with the passphrase or the recovery key, and stays hidden from the partner', async () => {
    const { alex, sam } = await linkedCoupleInBrowsers(browser, inject('baseUrl'));
    const errors = [...watchForPageErrors(alex), ...watchForPageErrors(sam)];

    // First use: the explainer says plainly what is lost before anything is written.
    await alex.getByRole('link', { name: 'Journal' }).click();
    await waitForPath(alex, '/journal');
    await alex.getByRole('heading', { name: 'Your private journal', level: 1 }).waitFor();
    const recoveryKey = await setUpAndWrite(alex, FIRST_PASSPHRASE);

    // What the server holds is ciphertext: not the words, the passphrase or the recovery key.
    const stored = await apiText(alex, '/api/v1/journal/entries');
    expect(JSON.parse(stored).entries).toHaveLength(1);
    const keyring = await apiText(alex, '/api/v1/journal/keyring');
    for (const secret of [SECRET, 'check his phone', FIRST_PASSPHRASE, recoveryKey]) {
      expect(stored).not.toContain(secret);
      expect(keyring).not.toContain(secret);
    }

    // A reload forgets the key; the passphrase brings the entry back.
    await alex.reload();
    await alex.getByText('Your journal is locked.').waitFor();
    expect(await alex.getByText(SECRET).count()).toBe(0);
    await unlock(alex, FIRST_PASSPHRASE);

    // Passphrase forgotten: the recovery key, typed loosely, opens it and sets a new one.
    await alex.reload();
    await alex.getByRole('link', { name: /Use your recovery key/ }).click();
    await waitForPath(alex, '/journal/recover');
    await alex.getByLabel('Recovery key').fill(recoveryKey.toLowerCase().replaceAll('-', ' '));
    await alex.getByLabel('Journal passphrase', { exact: true }).fill(RECOVERED_PASSPHRASE);
    await alex.getByLabel('Type it again').fill(RECOVERED_PASSPHRASE);
    await alex.getByRole('button', { name: 'Open my journal' }).click();
    await waitForPath(alex, '/journal');
    await alex.getByText('Your journal is open, and your new passphrase is set.').waitFor();
    await alex.getByText(SECRET).waitFor();

    // Changing the passphrase re-wraps the key; the same entry opens with the newest one only.
    await alex.getByRole('link', { name: 'Change your journal passphrase' }).click();
    await waitForPath(alex, '/journal/passphrase');
    await alex.getByLabel('Current journal passphrase').fill(RECOVERED_PASSPHRASE);
    await alex.getByLabel('New journal passphrase').fill(NEWEST_PASSPHRASE);
    await alex.getByLabel('Type it again').fill(NEWEST_PASSPHRASE);
    await alex.getByRole('button', { name: 'Change passphrase' }).click();
    await waitForPath(alex, '/journal');
    await alex.getByText('Your journal passphrase has been changed.').waitFor({ timeout: 30_000 });
    expect(await apiText(alex, '/api/v1/journal/entries')).toBe(stored);
    await alex.getByRole('button', { name: 'Lock now' }).click();
    await alex.getByLabel('Journal passphrase', { exact: true }).fill(FIRST_PASSPHRASE);
    await alex.getByRole('button', { name: 'Unlock' }).click();
    await alex
      .getByText('That passphrase does not open your journal.')
      .waitFor({ timeout: 30_000 });
    await unlock(alex, NEWEST_PASSPHRASE);

    // The partner has a journal of their own to start, and nothing of Alex's anywhere.
    await sam.goto('/journal');
    await sam.getByText('If you forget both, your entries are gone').waitFor();
    expect(JSON.parse(await apiText(sam, '/api/v1/journal/entries')).entries).toEqual([]);
    expect(await apiText(sam, '/api/v1/journal/keyring')).toBe('{"keyring":null}');
    const entryId = JSON.parse(stored).entries[0].id as string;
    for (const path of ['/api/v1/progress', '/api/v1/space', '/api/v1/incidents']) {
      expect(await apiText(sam, path)).not.toContain(entryId);
    }
    expect(errors).toEqual([]);
  }, 180_000);

  it('locks itself after five idle minutes and when its owner signs out, with no partner needed', async () => {
    const page = await (await newPhoneContext(browser, inject('baseUrl'))).newPage();
    const errors = watchForPageErrors(page);
    await page.clock.install();
    const email = uniqueEmail('jo');
    await signUpAt(page, '/sign-up', 'Jo', email);
    await waitForPath(page, '/space');
    await page.getByRole('link', { name: 'Journal' }).click();
    await setUpAndWrite(page, FIRST_PASSPHRASE);

    await page.clock.fastForward('04:00');
    expect(await page.getByText(SECRET).isVisible()).toBe(true);
    await page.clock.fastForward('01:30');
    await page.getByText('Your journal is locked.').waitFor();
    expect(await page.getByText(SECRET).count()).toBe(0);

    await unlock(page, FIRST_PASSPHRASE);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await waitForPath(page, '/');
    await page.getByRole('link', { name: 'Sign in' }).first().click();
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await waitForPath(page, '/space');
    // Within the same page (no reload): only signing out can have dropped the key.
    await page.getByRole('link', { name: 'Journal' }).click();
    await page.getByText('Your journal is locked.').waitFor();
    expect(errors).toEqual([]);
  }, 120_000);
});
