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
import { createSpaceAsHurtPartner } from '../support/flows.js';

const browser = useBrowser();

const PASSWORD = 'slow mornings together';

async function signUpFromCurrentPage(page: Page, name: string, email: string): Promise<void> {
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Choose a password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
}

describe('two partners in their own browsers', () => {
  it('sign up, create a space, invite, accept, both see it, and one leaves', async () => {
    const baseUrl = inject('baseUrl');
    const alexContext = await newPhoneContext(browser, baseUrl);
    const samContext = await newPhoneContext(browser, baseUrl);
    const alex = await alexContext.newPage();
    const sam = await samContext.newPage();
    const alexErrors = watchForPageErrors(alex);
    const samErrors = watchForPageErrors(sam);

    // Alex arrives, creates an account and a space.
    await alex.goto('/');
    await expect
      .poll(() => alex.getByRole('heading', { level: 1 }).textContent())
      .toContain('A calm place');
    await expect(alex.getByRole('button', { name: 'Quick exit' }).isVisible()).resolves.toBe(true);
    await expectNoAccessibilityViolations(alex, 'welcome');
    await alex.getByRole('link', { name: 'Create an account' }).first().click();
    await waitForPath(alex, '/sign-up');
    await expectNoAccessibilityViolations(alex, 'sign-up');
    await signUpFromCurrentPage(alex, 'Alex', uniqueEmail('alex'));
    await waitForPath(alex, '/space');
    await alex.getByRole('heading', { name: 'Create your recovery space' }).waitFor();
    await expectNoAccessibilityViolations(alex, 'create space');
    await createSpaceAsHurtPartner(alex);
    await alex.getByText('Day 1 of your recovery space').waitFor();
    await expectNoAccessibilityViolations(alex, 'space home (alone)');

    // Alex invites Sam; the link and code are shown once.
    await alex.getByRole('button', { name: 'Invite your partner' }).click();
    const linkField = alex.getByLabel('Invitation link');
    await linkField.waitFor();
    const link = await linkField.inputValue();
    expect(link).toMatch(/\/join\/[A-Za-z0-9_-]{43}$/);
    expect(await alex.getByLabel('Invitation code').inputValue()).toMatch(
      /^[0-9A-Z]{4}-[0-9A-Z]{4}$/,
    );
    await expectNoAccessibilityViolations(alex, 'space home (invitation shown)');

    // Sam opens the link, signs up, sees who invited them, and accepts.
    await sam.goto(link);
    await sam.getByRole('heading', { name: 'Join your partner’s recovery space' }).waitFor();
    await expectNoAccessibilityViolations(sam, 'join (signed out)');
    await sam.getByRole('link', { name: 'Create an account' }).first().click();
    await signUpFromCurrentPage(sam, 'Sam', uniqueEmail('sam'));
    await sam.getByText('Alex invited you to join their recovery space in Amend').waitFor();
    await expectNoAccessibilityViolations(sam, 'join (invitation preview)');
    await sam.getByLabel('I was unfaithful').check();
    await sam.getByRole('button', { name: 'Accept and join' }).click();
    await waitForPath(sam, '/space');
    await sam.getByText('You are both here').waitFor();
    const samMembers = await sam.getByRole('region', { name: 'Who is here' }).textContent();
    expect(samMembers).toContain('Alex');
    expect(samMembers).toContain('Sam');

    // Alex sees Sam too.
    await alex.reload();
    await alex.getByText('You are both here').waitFor();
    expect(await alex.getByRole('region', { name: 'Who is here' }).textContent()).toContain('Sam');
    await expectNoAccessibilityViolations(alex, 'space home (together)');

    // Sam leaves; Alex keeps the space.
    await sam.getByRole('button', { name: 'Leave this space' }).click();
    await sam.getByRole('dialog').waitFor();
    await expectNoAccessibilityViolations(sam, 'leave dialog');
    await sam.getByRole('dialog').getByLabel('Keep it visible to my partner as history').check();
    await sam.getByRole('button', { name: 'Leave the space' }).click();
    await sam.getByRole('heading', { name: 'Create your recovery space' }).waitFor();
    await alex.reload();
    await alex.getByText('Invite your partner').first().waitFor();
    expect(await alex.getByRole('region', { name: 'Who is here' }).textContent()).not.toContain(
      'Sam',
    );

    expect(alexErrors).toEqual([]);
    expect(samErrors).toEqual([]);
    await alexContext.close();
    await samContext.close();
  });
});
