import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import {
  expectNoAccessibilityViolations,
  newPhoneContext,
  useBrowser,
  waitForPath,
  watchForPageErrors,
} from '../support/browser.js';
import {
  ADMIN_EMAILS,
  linkedCoupleInBrowsers,
  signUpAt,
  signUpTherapistWithCode,
  therapistCodeFrom,
} from '../support/flows.js';

/** Screenshots for a person to look at (e2e/artifacts, not checked in). */
const artifact = (name: string) => new URL(`../artifacts/${name}`, import.meta.url).pathname;

const browser = useBrowser();

const ORDINAL = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
const OPTIONS = ['Not at all', 'A little', 'Somewhat', 'Mostly', 'Completely'].map(
  (display, value) => ({
    valueCoding: { code: `a${value}`, display, extension: [{ url: ORDINAL, valueDecimal: value }] },
  }),
);

/** A FHIR Questionnaire file as another system would export it. */
function questionnaireFile(items: unknown[], id = 'evening-check', title = 'Evening check') {
  const questionnaire = {
    resourceType: 'Questionnaire',
    id,
    url: `https://example.org/fhir/Questionnaire/${id}`,
    version: '1',
    title,
    status: 'active',
    copyright: 'Written for this test; free to use.',
    item: items,
  };
  return {
    name: `${id}.json`,
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

/** A therapist signs up in the portal and enters the code a partner made under Settings. */
async function therapistWithCouple(partner: Page, baseUrl: string): Promise<Page> {
  const code = await therapistCodeFrom(partner);
  const therapist = await (await newPhoneContext(browser, baseUrl)).newPage();
  await therapist.goto('/therapist/sign-up');
  await signUpTherapistWithCode(therapist, code);
  // The partner shares questionnaires, so the therapist may ask them to answer one.
  await partner.goto('/settings');
  await partner.getByLabel('questionnaires').check();
  await partner.getByRole('button', { name: 'Save what you share' }).click();
  await partner.getByText(/sees only what you chose/).waitFor();
  return therapist;
}

describe("a therapist's own questionnaires", () => {
  it('a therapist imports a FHIR questionnaire of their own and asks one partner to answer it; only that partner is offered it', async () => {
    const baseUrl = inject('baseUrl');
    const { alex, sam } = await linkedCoupleInBrowsers(browser, baseUrl);
    const therapist = await therapistWithCouple(alex, baseUrl);
    const errors = [alex, sam, therapist].flatMap((page) => watchForPageErrors(page));

    await therapist.getByRole('link', { name: 'Instruments' }).click();
    await waitForPath(therapist, '/therapist/instruments');
    await therapist.getByRole('heading', { level: 1, name: 'Instruments' }).waitFor();
    await therapist.getByText('Nothing imported yet.', { exact: false }).waitFor();
    await expectNoAccessibilityViolations(therapist, 'therapist instruments');

    // A file Amend cannot score is refused with every problem listed; the file stays chosen.
    const file = therapist.getByLabel('FHIR Questionnaire file (.json)');
    await file.setInputFiles(
      questionnaireFile(
        [{ linkId: 'free', type: 'string', text: 'Describe your morning.' }, GOOD_ITEMS[0]],
        'morning-check',
        'Morning check',
      ),
    );
    await therapist.getByRole('button', { name: 'Import it' }).click();
    await therapist.getByText('What needs to change in the file').waitFor();
    await therapist
      .getByRole('listitem')
      .filter({ hasText: /"free" is a string question/ })
      .waitFor();
    await therapist.getByText('morning-check.json is still chosen.', { exact: false }).waitFor();
    await expectNoAccessibilityViolations(therapist, 'therapist import problems');

    // The corrected file: a progress bar while it is sent (held back a moment to be seen).
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await therapist.route('**/api/v1/therapist/imported-instruments', async (route) => {
      if (route.request().method() === 'POST') await held;
      await route.continue();
    });
    await file.setInputFiles(questionnaireFile(GOOD_ITEMS, 'morning-check', 'Morning check'));
    await therapist.getByRole('button', { name: 'Import it' }).click();
    await therapist.getByRole('progressbar', { name: 'Sending morning-check.json…' }).waitFor();
    await therapist.setViewportSize({ width: 390, height: 844 });
    await therapist.screenshot({ path: artifact('therapist-instrument-sending.png') });
    release();
    await therapist.getByText('“Morning check” is imported.', { exact: false }).waitFor();
    await therapist.unroute('**/api/v1/therapist/imported-instruments');
    await therapist.getByRole('heading', { level: 3, name: 'Morning check' }).waitFor();
    await expectNoAccessibilityViolations(therapist, 'therapist instruments with an import');
    await therapist.screenshot({
      path: artifact('therapist-instruments.png'),
      fullPage: true,
    });

    // It is among the questionnaires the therapist can ask for, marked as theirs.
    await therapist.getByRole('link', { name: 'Caseload', exact: true }).click();
    await therapist.getByRole('link', { name: 'Open Alex and Sam' }).click();
    await therapist.getByLabel('Whose answers').selectOption({ label: 'Alex' });
    await therapist
      .getByLabel('Questionnaire', { exact: true })
      .selectOption({ label: 'Morning check (yours)' });
    await therapist.getByRole('button', { name: 'Ask for it' }).click();
    await therapist.getByText('Asked. It shows as due on their questionnaires page.').waitFor();
    await therapist.getByText(/^Alex: Morning check, every month, from/).waitFor();

    // Alex is offered it; Sam, in the same space but not asked, is not.
    await alex.goto('/questionnaires');
    await alex.getByRole('heading', { name: 'Morning check' }).waitFor();
    await sam.goto('/questionnaires');
    await sam.getByRole('heading', { level: 1, name: 'Monthly questionnaires' }).waitFor();
    // Amend's own are listed for Sam; the therapist's is not.
    await sam.getByRole('heading', { name: 'How close you feel' }).waitFor();
    expect(await sam.getByRole('heading', { name: 'Morning check' }).count()).toBe(0);
    expect(errors).toEqual([]);
  }, 180_000);
});
