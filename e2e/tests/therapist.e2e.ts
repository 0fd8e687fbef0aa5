import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import {
  expectNoAccessibilityViolations,
  newPhoneContext,
  useBrowser,
  watchForPageErrors,
} from '../support/browser.js';
import {
  linkedCoupleInBrowsers,
  signUpTherapistWithCode,
  therapistCodeFrom,
} from '../support/flows.js';

/** Screenshots for a person to look at (e2e/artifacts, not checked in). */
const artifact = (name: string) => new URL(`../artifacts/${name}`, import.meta.url).pathname;

const browser = useBrowser();

/** A request sent the way the app sends it (with the session's CSRF token); its status. */
async function send(page: Page, url: string, body: unknown): Promise<number> {
  return page.evaluate(
    async ({ url, body }) => {
      const { token } = await (await fetch('/api/v1/csrf-token')).json();
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': token },
        body: JSON.stringify(body),
      });
      return response.status;
    },
    { url, body },
  );
}

/** This week's check-in. */
async function checkIn(page: Page, trust: number): Promise<void> {
  const status = await send(page, '/api/v1/checkins', {
    trust,
    closeness: 5,
    honestConversations: 2,
    mood: 'okay',
    noteVisibility: 'private',
  });
  expect(status).toBe(201);
}

async function chooseSharing(page: Page, categories: readonly string[] | 'nothing') {
  await page.goto('/settings');
  await page.getByRole('heading', { name: 'Your therapist' }).waitFor();
  if (categories === 'nothing') {
    await page.getByRole('button', { name: 'Stop sharing anything' }).click();
  } else {
    for (const category of categories) await page.getByLabel(category).check();
    await page.getByRole('button', { name: 'Save what you share' }).click();
  }
  await page.getByText(/sees only what you chose/).waitFor();
}

const EVERYTHING = [
  'metrics and check-ins',
  'questionnaires',
  'agreements and incidents',
  'progress on the path and exercises shared with you',
  'questions marked for the session',
];

describe('therapist portal', () => {
  it('a couple invites a therapist, each partner chooses what to share, and a revocation applies at once', async () => {
    const baseUrl = inject('baseUrl');
    const { alex, sam } = await linkedCoupleInBrowsers(browser, baseUrl);
    const therapist = await (await newPhoneContext(browser, baseUrl)).newPage();
    const errors = [alex, sam, therapist].flatMap((page) => watchForPageErrors(page));
    await checkIn(alex, 3);
    await checkIn(sam, 6);
    // Sam shares one exercise with the therapist (and only with the therapist).
    const shared = await send(sam, '/api/v1/program/exercises/naming-what-you-feel/answers', {
      values: {
        feelings: ['ashamed', 'afraid'],
        'hardest-moment': 'Watching her read my phone.',
        kindness: 'A walk before work.',
      },
      visibility: 'therapist',
    });
    expect(shared).toBe(201);

    // Alex makes a code in settings.
    const code = await therapistCodeFrom(alex);
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);

    // The therapist signs up as a therapist and enters it.
    await therapist.goto('/therapist/sign-up');
    await expectNoAccessibilityViolations(therapist, 'therapist sign-up');
    await signUpTherapistWithCode(therapist, code);

    // One partner shares metrics only, the other everything.
    await chooseSharing(alex, ['metrics and check-ins']);
    await chooseSharing(sam, EVERYTHING);
    await expectNoAccessibilityViolations(sam, 'settings with a therapist');
    await sam.screenshot({ path: artifact('therapist-consent.png'), fullPage: true });

    await therapist.goto('/therapist');
    await therapist.getByRole('heading', { name: 'Couple: Alex and Sam' }).waitFor();
    await therapist.getByText('Alex: latest trust 3 of 10', { exact: false }).waitFor();
    await expectNoAccessibilityViolations(therapist, 'caseload');
    await therapist.screenshot({ path: artifact('therapist-caseload.png'), fullPage: true });
    await therapist.getByRole('link', { name: 'Open Alex and Sam' }).click();
    await therapist.getByText('Alex shares: metrics and check-ins.').waitFor();
    await therapist.getByText(/^Sam shares: metrics and check-ins, questionnaires/).waitFor();
    await therapist.getByRole('heading', { name: 'Sam', level: 3 }).waitFor();
    // The charts: drawn on a canvas, said in words in the caption, keyed and tabled by name.
    const trust = therapist.locator('section.metric').filter({
      has: therapist.getByRole('heading', { name: 'Trust', level: 3 }),
    });
    await trust.locator('figure.chart canvas').first().waitFor();
    await trust.getByText(/^Trust each week from .*: Alex 3 and Sam 6/).waitFor();
    await trust.getByText('Alex: solid line, round points').waitFor();
    await trust.getByText('Sam: dashed line, square points').waitFor();
    await trust.getByText('Latest week both rated: Alex 3 and Sam 6', { exact: false }).waitFor();
    await trust.getByText('Show the numbers as a table').click();
    await trust.getByRole('columnheader', { name: 'Alex' }).waitFor();
    await trust.getByRole('columnheader', { name: 'Sam' }).waitFor();
    expect(await therapist.locator('figure.chart canvas').count()).toBeGreaterThanOrEqual(3);
    // The therapist is neither partner: nothing on the page says "You" for one of them.
    expect(await therapist.getByText(/^You(:|$)/).count()).toBe(0);
    await therapist.getByText('Alex does not share questionnaires with you.').waitFor();
    // Sam shares agreements (none yet) and the exercise shared with the therapist; Alex neither.
    await therapist.getByText('They have no agreements in force.').waitFor();
    await therapist.getByText('Alex does not share exercises with you.').waitFor();
    await therapist.getByRole('heading', { name: 'Naming what you feel', level: 3 }).waitFor();
    await therapist.getByText('Watching her read my phone.').waitFor();
    await expectNoAccessibilityViolations(therapist, 'couple view');
    await therapist.screenshot({ path: artifact('therapist-couple.png'), fullPage: true });

    // The therapist records a session with a private note.
    await therapist.getByLabel('Private note (optional)').fill('Worked on the timeline today.');
    await therapist.getByRole('button', { name: 'Record session' }).click();
    await therapist.getByText('Worked on the timeline today.').waitFor();
    await therapist.getByText('Recorded by you (verified)').waitFor();
    await alex.goto('/sessions');
    await alex.getByText('Confirmed by your therapist').first().waitFor();
    expect(await alex.getByText('Worked on the timeline today.').count()).toBe(0);

    // The therapist books a couple session and one with Alex alone. Both see the couple session;
    // only Alex sees the individual one. Then the couple session is cancelled, and both see that.
    const appointments = therapist.getByRole('region', { name: 'Appointments' });
    await appointments.getByLabel('Date and time (your local time)').fill('2031-05-06T10:30');
    await appointments.getByRole('button', { name: 'Book it' }).click();
    await therapist.getByText('Booked. The partners expected can see it now.').waitFor();
    await appointments.getByRole('radio', { name: 'individual' }).check();
    await appointments.getByRole('radio', { name: 'Alex' }).check();
    await appointments.getByLabel('Date and time (your local time)').fill('2031-05-07T09:00');
    await appointments.getByRole('button', { name: 'Book it' }).click();
    await appointments.getByText(/individual session, with Alex$/).waitFor();
    const comingUp = (page: Page) =>
      page.getByRole('region', { name: 'Coming up with your therapist' });
    await alex.goto('/sessions');
    await comingUp(alex)
      .getByText(/· Couple session$/)
      .waitFor();
    await comingUp(alex)
      .getByText(/· Individual session$/)
      .waitFor();
    expect(await comingUp(alex).getByText('With Dr Morgan').count()).toBe(2);
    await expectNoAccessibilityViolations(alex, 'sessions with an appointment');
    await sam.goto('/sessions');
    await comingUp(sam)
      .getByText(/· Couple session$/)
      .waitFor();
    expect(
      await comingUp(sam)
        .getByText(/· Individual session$/)
        .count(),
    ).toBe(0);
    expect(await comingUp(sam).getByText('With Dr Morgan').count()).toBe(1);
    await appointments.getByRole('button', { name: 'Cancel this appointment' }).first().click();
    await therapist.getByRole('dialog', { name: 'Cancel this appointment?' }).waitFor();
    await expectNoAccessibilityViolations(therapist, 'cancelling an appointment');
    await therapist.getByRole('button', { name: 'Cancel the appointment' }).click();
    await appointments.getByText(/couple session, with/).waitFor({ state: 'detached' });
    await appointments.getByText(/individual session, with Alex$/).waitFor();
    for (const partner of [alex, sam]) {
      await partner.reload();
      await comingUp(partner).getByText('Cancelled by your therapist').waitFor();
    }
    expect(await comingUp(alex).getByText('Cancelled by your therapist').count()).toBe(1);
    await alex.screenshot({ path: artifact('appointment-cancelled.png'), fullPage: true });

    // Sam stops sharing: the therapist's view changes at once.
    await chooseSharing(sam, 'nothing');
    await therapist.reload();
    await therapist.getByText('Sam shares nothing with you at the moment.').waitFor();
    await therapist.getByText('No partner shares questionnaires with you.').waitFor();
    await therapist
      .getByText('Sam does not share check-ins with you, so nothing of theirs is shown here.')
      .first()
      .waitFor();
    expect(await therapist.getByText('Watching her read my phone.').count()).toBe(0);
    await therapist.getByText('Alex shares: metrics and check-ins.').waitFor();
    expect(errors).toEqual([]);
    // Three people and a dozen pages: longer than one person's flows on a shared machine.
  }, 180_000);
});
