import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
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
import { PASSWORD, signUpAt } from '../support/flows.js';

const browser = useBrowser();

const SHARED_NOTE = 'A note Alex chose to share';
const INCIDENT_DESCRIPTION = 'Alex wrote to them once more';

/** Alex and Sam share a space; Alex's e-mail is known, so Alex can try to sign in later. */
async function couple(baseUrl: string) {
  const alex = await (await newPhoneContext(browser, baseUrl)).newPage();
  const sam = await (await newPhoneContext(browser, baseUrl)).newPage();
  const alexEmail = uniqueEmail('alex');
  await signUpAt(alex, '/sign-up', 'Alex', alexEmail);
  await waitForPath(alex, '/space');
  await alex.getByLabel('Marriage or civil partnership').check();
  await alex.getByLabel('I was unfaithful').check();
  await alex.getByLabel('When did the infidelity come to light?').fill('2026-01-15');
  await alex.getByRole('button', { name: 'Create the space' }).click();
  await alex.getByRole('button', { name: 'Invite your partner' }).click();
  const link = await alex.getByLabel('Invitation link').inputValue();
  await sam.goto(link);
  await sam.getByRole('link', { name: 'Create an account' }).first().click();
  await signUpAt(sam, sam.url(), 'Sam');
  await sam.getByLabel('I was hurt').check();
  await sam.getByRole('button', { name: 'Accept and join' }).click();
  await waitForPath(sam, '/space');
  return { alex, sam, alexEmail };
}

/** A request the way the app sends it (session cookie and CSRF token), to set up records quickly. */
async function apiPost(page: Page, path: string, body: unknown): Promise<number> {
  return page.evaluate(
    async ({ path, body }) => {
      const { token } = await (await fetch('/api/v1/csrf-token')).json();
      const response = await fetch(`/api/v1${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': token },
        body: JSON.stringify(body),
      });
      return response.status;
    },
    { path, body },
  );
}

async function partnerCheckinsSeenBy(page: Page): Promise<unknown[]> {
  return page.evaluate(async () => (await (await fetch('/api/v1/checkins')).json()).partner);
}

describe('your data', () => {
  it('shows the partner’s visit, downloads everything, withdraws what was shared on leaving, and deletes the account', async () => {
    const { alex, sam, alexEmail } = await couple(inject('baseUrl'));
    const errors = [...watchForPageErrors(alex), ...watchForPageErrors(sam)];
    expect(
      await apiPost(alex, '/checkins', {
        trust: 4,
        closeness: 5,
        honestConversations: 2,
        mood: 'okay',
        note: SHARED_NOTE,
        noteVisibility: 'partner',
      }),
    ).toBe(201);
    expect(
      await apiPost(alex, '/incidents', {
        kind: 'contact',
        disclosure: 'proactive',
        about: 'self',
        occurredOn: '2026-11-01',
        description: INCIDENT_DESCRIPTION,
      }),
    ).toBe(201);

    // Sam opens the shared records: the dashboard, and the incidents page.
    await sam.goto('/progress');
    await sam.getByRole('heading', { level: 1 }).first().waitFor();
    await sam.goto('/incidents');
    await sam.getByText(INCIDENT_DESCRIPTION).first().waitFor();
    expect(await partnerCheckinsSeenBy(sam)).toEqual([
      expect.objectContaining({ note: SHARED_NOTE }),
    ]);

    // Alex sees it in the access log, reached from the space home.
    await alex.goto('/space');
    await alex.getByRole('link', { name: 'Go to your data' }).click();
    await waitForPath(alex, '/privacy');
    await alex.getByRole('heading', { name: 'Who has seen your data' }).waitFor();
    await alex.getByText('Sam looked at the incidents in your space').first().waitFor();
    await alex.getByText('Sam looked at your progress on the dashboard').first().waitFor();
    await expectNoAccessibilityViolations(alex, 'your data');

    // One download with everything in it.
    const [download] = await Promise.all([
      alex.waitForEvent('download'),
      alex.getByRole('button', { name: 'Download everything' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^my-data-\d{4}-\d{2}-\d{2}\.zip$/);
    const files = unzipSync(new Uint8Array(await readFile(await download.path())));
    const data = JSON.parse(strFromU8(files['data.json'] ?? new Uint8Array()));
    expect(data.checkins).toEqual([expect.objectContaining({ note: SHARED_NOTE })]);
    expect(strFromU8((files['summary.pdf'] ?? new Uint8Array()).slice(0, 5))).toBe('%PDF-');
    await alex.getByText(/Your download is ready/).waitFor();

    // Leaving, withdrawing what was shared: the choice is explained and must be made.
    await alex.goto('/space');
    await alex.getByRole('button', { name: 'Leave this space' }).click();
    const dialog = alex.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Leave the space' }).click();
    await dialog.getByText('Choose what happens to what you shared.').waitFor();
    await expectNoAccessibilityViolations(alex, 'leaving with a choice');
    await dialog.getByLabel('Withdraw it').check();
    await dialog.getByRole('button', { name: 'Leave the space' }).click();
    await alex.getByRole('button', { name: 'Create the space' }).waitFor();

    await sam.reload();
    await sam.getByRole('heading', { name: 'Setbacks and incidents', level: 1 }).waitFor();
    await expect.poll(() => sam.getByText(INCIDENT_DESCRIPTION).count()).toBe(0);
    expect(await partnerCheckinsSeenBy(sam)).toEqual([]);

    // Deleting the account: the password, then a neutral goodbye, and no way back in.
    await alex.goto('/privacy');
    await alex.getByLabel('Your current password').fill(PASSWORD);
    await alex.getByRole('button', { name: 'Delete my account for good' }).click();
    await waitForPath(alex, '/goodbye');
    await alex.getByRole('heading', { name: 'Your account has been deleted' }).waitFor();
    await expectNoAccessibilityViolations(alex, 'goodbye');
    await alex.goto('/sign-in');
    await alex.getByLabel('Email address').fill(alexEmail);
    await alex.getByLabel('Password').fill(PASSWORD);
    await alex.getByRole('button', { name: 'Sign in' }).click();
    await alex.getByText('That e-mail address and password do not match').waitFor();
    expect(errors).toEqual([]);
  });
});
