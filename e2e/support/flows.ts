import type { Browser, Page } from 'playwright-core';
import { newPhoneContext, uniqueEmail, waitForPath } from './browser.js';

export const PASSWORD = 'slow mornings together';

/**
 * Administrators the test server names in AMEND_ADMIN_EMAILS (see global-setup.ts): one per test
 * that needs one, so each signs up its own and the order the files run in does not matter.
 */
export const ADMIN_EMAILS = {
  catalogue: 'catalogue-admin@amend.e2e',
  deliveries: 'deliveries-admin@amend.e2e',
} as const;

export async function signUpAt(
  page: Page,
  path: string,
  name: string,
  email = uniqueEmail(name.toLowerCase()),
): Promise<void> {
  await page.goto(path);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Choose a password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
}

/** On /space with no space yet: a married couple's space, made by the partner who was hurt. */
export async function createSpaceAsHurtPartner(page: Page): Promise<void> {
  await page.getByLabel('Marriage or civil partnership').check();
  await page.getByLabel('I was hurt').check();
  await page.getByLabel('When did the infidelity come to light?').fill('2026-01-15');
  await page.getByRole('button', { name: 'Create the space' }).click();
}

/** Two partners, each in their own browser context, sharing one recovery space. */
export async function linkedCoupleInBrowsers(browser: Browser, baseUrl: string) {
  const first = await (await newPhoneContext(browser, baseUrl)).newPage();
  const second = await (await newPhoneContext(browser, baseUrl)).newPage();
  await signUpAt(first, '/sign-up', 'Alex');
  await waitForPath(first, '/space');
  await createSpaceAsHurtPartner(first);
  await first.getByRole('button', { name: 'Invite your partner' }).click();
  const link = await first.getByLabel('Invitation link').inputValue();
  await second.goto(link);
  await second.getByRole('link', { name: 'Create an account' }).first().click();
  await signUpAt(second, second.url(), 'Sam');
  await second.getByLabel('I was unfaithful').check();
  await second.getByRole('button', { name: 'Accept and join' }).click();
  await waitForPath(second, '/space');
  return { alex: first, sam: second };
}

/** The code a partner makes under Settings for their therapist to enter. */
export async function therapistCodeFrom(partner: Page): Promise<string> {
  await partner.goto('/settings');
  await partner.getByRole('button', { name: 'Make a code for your therapist' }).click();
  const sentence = await partner.getByText(/Give your therapist this code/).textContent();
  return /code: ([0-9A-Z]{4}-[0-9A-Z]{4})/.exec(sentence ?? '')?.[1] ?? '';
}

/**
 * Dr Morgan fills in the therapist sign-up form already open on `therapist`, lands on the
 * portal, and adds the couple whose partner made `code`.
 */
export async function signUpTherapistWithCode(therapist: Page, code: string): Promise<void> {
  await therapist.getByLabel('Email address').fill(uniqueEmail('morgan'));
  await therapist.getByLabel('Your name, as couples will see it').fill('Dr Morgan');
  await therapist.getByLabel('Profession').fill('Couples therapist');
  await therapist.getByLabel('Licence or registration number').fill('UKCP-123456');
  await therapist.getByLabel('Practice name').fill('Harbour Counselling');
  await therapist.getByLabel('Choose a password').fill(PASSWORD);
  await therapist.getByRole('button', { name: 'Create therapist account' }).click();
  await waitForPath(therapist, '/therapist');
  await therapist.getByLabel('Therapist code').fill(code);
  await therapist.getByRole('button', { name: 'Add couple' }).click();
  await therapist.getByText('The couple is on your caseload.', { exact: false }).waitFor();
}
