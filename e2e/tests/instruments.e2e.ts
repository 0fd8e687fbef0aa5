import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  expectNoAccessibilityViolations,
  launchBrowser,
  newPhoneContext,
  waitForPath,
  watchForPageErrors,
} from '../support/browser.js';
import { ADMIN_EMAILS, signUpAt } from '../support/flows.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const ORDINAL = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
const OPTIONS = ['Not at all', 'A little', 'Somewhat', 'Mostly', 'Completely'].map(
  (display, value) => ({
    valueCoding: { code: `a${value}`, display, extension: [{ url: ORDINAL, valueDecimal: value }] },
  }),
);

/** A FHIR Questionnaire file as another system would export it. */
function questionnaireFile(items: unknown[]) {
  const questionnaire = {
    resourceType: 'Questionnaire',
    id: 'evening-check',
    url: 'https://example.org/fhir/Questionnaire/evening-check',
    version: '1',
    title: 'Evening check',
    status: 'active',
    copyright: 'Written for this test; free to use.',
    item: items,
  };
  return {
    name: 'evening-check.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(questionnaire)),
  };
}

const GOOD_ITEMS = [
  { linkId: 'e1', type: 'choice', text: 'Today felt steady.', answerOption: OPTIONS },
  { linkId: 'e2', type: 'choice', text: 'We talked without blame.', answerOption: OPTIONS },
];

describe('the questionnaire catalogue', () => {
  it('an administrator imports a FHIR questionnaire; a partner takes it and downloads the answers as FHIR', async () => {
    const baseUrl = inject('baseUrl');
    const admin = await (await newPhoneContext(browser, baseUrl)).newPage();
    const adminErrors = watchForPageErrors(admin);
    await signUpAt(admin, '/sign-up', 'Ops', ADMIN_EMAILS.catalogue);
    await waitForPath(admin, '/space');
    await admin.getByRole('link', { name: 'Questionnaire catalogue' }).click();
    await waitForPath(admin, '/admin/questionnaires');
    await admin.getByRole('heading', { level: 1, name: 'Questionnaire catalogue' }).waitFor();
    await expectNoAccessibilityViolations(admin, 'questionnaire catalogue');

    // A file Amend cannot score is refused, with every problem listed.
    const file = admin.getByLabel('FHIR Questionnaire file (.json)');
    await file.setInputFiles(
      questionnaireFile([
        { linkId: 'free', type: 'string', text: 'Describe your day.' },
        GOOD_ITEMS[0],
      ]),
    );
    await admin.getByText('evening-check.json is ready to add.').waitFor();
    await admin.getByRole('button', { name: 'Add to the catalogue' }).click();
    await admin.getByText('What needs to change in the file').waitFor();
    await admin
      .getByRole('listitem')
      .filter({ hasText: /"free" is a string question/ })
      .waitFor();
    await expectNoAccessibilityViolations(admin, 'catalogue import problems');

    await file.setInputFiles(questionnaireFile(GOOD_ITEMS));
    await admin.getByLabel('Weekly').check();
    await admin.getByRole('button', { name: 'Add to the catalogue' }).click();
    await admin.getByText('“Evening check” is in the catalogue and offered from now on.').waitFor();
    await admin.getByRole('heading', { level: 3, name: 'Evening check' }).waitFor();
    expect(adminErrors).toEqual([]);

    // Someone else, not an administrator, sees no catalogue link and no catalogue page.
    const partner = await (await newPhoneContext(browser, baseUrl)).newPage();
    const partnerErrors = watchForPageErrors(partner);
    await signUpAt(partner, '/sign-up', 'Noor');
    await waitForPath(partner, '/space');
    await partner.getByLabel('Dating or living together').check();
    await partner.getByLabel('I was hurt').check();
    await partner.getByLabel('When did the infidelity come to light?').fill('2026-06-01');
    await partner.getByRole('button', { name: 'Create the space' }).click();
    await partner.getByText('Day 1 of your recovery space').waitFor();
    expect(await partner.getByRole('link', { name: 'Questionnaire catalogue' }).count()).toBe(0);

    await partner.goto('/questionnaires');
    await partner.getByRole('heading', { name: 'Evening check' }).waitFor();
    await partner.goto('/questionnaires/evening-check');
    await partner.getByText('Question 1 of 2').waitFor();
    await partner.getByLabel('Mostly', { exact: true }).check();
    await partner.getByRole('button', { name: 'Next' }).click();
    await partner.getByText('Question 2 of 2').waitFor();
    await partner.getByLabel('Somewhat', { exact: true }).check();
    await partner.getByRole('button', { name: 'Review answers' }).click();
    await partner.getByRole('button', { name: 'Finish' }).click();
    await partner.getByRole('heading', { name: 'Your results' }).waitFor();

    await partner.reload();
    const downloadLink = partner.getByRole('link', { name: /as a FHIR file/ });
    await downloadLink.waitFor();
    const [download] = await Promise.all([partner.waitForEvent('download'), downloadLink.click()]);
    const path = await download.path();
    const resource = JSON.parse(await readFile(path, 'utf8'));
    expect(resource).toMatchObject({
      resourceType: 'QuestionnaireResponse',
      questionnaire: 'https://example.org/fhir/Questionnaire/evening-check|1',
      status: 'completed',
      item: [
        { linkId: 'e1', answer: [{ valueCoding: { code: 'a3' } }] },
        { linkId: 'e2', answer: [{ valueCoding: { code: 'a2' } }] },
      ],
    });
    expect(partnerErrors).toEqual([]);
  });
});
