import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import {
  expectNoAccessibilityViolations,
  newPhoneContext,
  useBrowser,
  waitForPath,
  watchForPageErrors,
} from '../support/browser.js';
import { ADMIN_EMAILS, linkedCoupleInBrowsers, signUpAt } from '../support/flows.js';

/** Screenshots for a person to look at (e2e/artifacts, not checked in). */
const artifact = (name: string) => new URL(`../artifacts/${name}`, import.meta.url).pathname;

const browser = useBrowser();

/** Waits until the service worker is active and controls this page. */
async function controlledByServiceWorker(page: Page): Promise<string> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
    await page.reload();
    await page.evaluate(() => navigator.serviceWorker.ready);
  }
  return page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? '');
}

/**
 * The connection comes back: what waited is sent (the banner says waiting, then sending, and goes
 * once the server has everything), and nothing was refused.
 */
async function backOnlineAndAllSent(page: Page): Promise<void> {
  await page.context().setOffline(false);
  await page
    .getByText(/waiting to be sent|Sending what you saved/)
    .first()
    .waitFor({ state: 'detached', timeout: 20_000 });
  expect(await page.getByRole('alert').count()).toBe(0);
}

async function answerCheckIn(page: Page) {
  await page
    .getByRole('group', { name: 'How much do you trust your partner this week?' })
    .getByLabel('6', { exact: true })
    .check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page
    .getByRole('group', { name: 'How close do you feel to your partner this week?' })
    .getByLabel('5', { exact: true })
    .check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('How many honest, open conversations did you have this week?').fill('2');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Okay', { exact: true }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Only me').check();
  await page.getByRole('button', { name: 'Save check-in' }).click();
}

describe('installable and usable offline', () => {
  it('serves a manifest with icons and a service worker, without errors', async () => {
    const { alex } = await linkedCoupleInBrowsers(browser, inject('baseUrl'));
    const errors = watchForPageErrors(alex);
    expect(await controlledByServiceWorker(alex)).toMatch(/\/sw\.js$/);
    const manifestHref = await alex.getAttribute('link[rel="manifest"]', 'href');
    expect(manifestHref).toBe('/manifest.webmanifest');
    const manifest = await alex.evaluate(async (href) => {
      const response = await fetch(href);
      return { type: response.headers.get('content-type'), body: await response.json() };
    }, manifestHref ?? '');
    expect(manifest.body).toMatchObject({ name: 'Amend', start_url: '/', display: 'standalone' });
    for (const icon of manifest.body.icons as { src: string; sizes: string }[]) {
      const fetched = await alex.evaluate(async (src) => {
        const response = await fetch(src);
        return { status: response.status, type: response.headers.get('content-type') };
      }, icon.src);
      expect(fetched, icon.src).toEqual({ status: 200, type: 'image/png' });
    }
    // What Chromium itself reports about installing: no manifest errors.
    const session = await alex.context().newCDPSession(alex);
    const { errors: manifestErrors } = (await session.send('Page.getAppManifest')) as {
      errors: { message: string }[];
    };
    expect(manifestErrors).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('opens without a connection, keeps a check-in made offline, and sends it once when back', async () => {
    const { alex } = await linkedCoupleInBrowsers(browser, inject('baseUrl'));
    const errors = watchForPageErrors(alex);
    await alex.goto('/check-in');
    await alex.getByRole('heading', { name: 'This week’s check-in', level: 1 }).waitFor();
    await controlledByServiceWorker(alex);

    await alex.context().setOffline(true);
    // A reload with no connection: the service worker's shell, the kept (encrypted) answers.
    await alex.reload();
    await alex.getByText('You are offline.').waitFor();
    await alex.getByRole('heading', { name: 'This week’s check-in', level: 1 }).waitFor();
    await answerCheckIn(alex);
    await alex.getByText('Saved on this device.').waitFor();
    await alex.getByText('1 check-in is waiting to be sent.').waitFor();
    await expectNoAccessibilityViolations(alex, 'check-in saved offline');
    await alex.screenshot({ path: artifact('offline-checkin-waiting.png'), fullPage: true });

    await backOnlineAndAllSent(alex);
    const overview = await alex.evaluate(async () => (await fetch('/api/v1/checkins')).json());
    expect(overview.thisWeek).toMatchObject({ trust: 6, closeness: 5, honestConversations: 2 });
    // Nothing is left to send again, and a reload finds the same single check-in.
    await alex.goto('/check-in');
    await waitForPath(alex, '/check-in');
    await alex.getByRole('heading', { name: 'This week’s check-in', level: 1 }).waitFor();
    expect(await alex.getByText(/waiting to be sent/).count()).toBe(0);
    expect(errors).toEqual([]);
  }, 120_000);
});

describe('conversations, trigger moments and time together offline', () => {
  it('keeps each made without a connection, shows what waits, and sends each once when back', async () => {
    const { alex } = await linkedCoupleInBrowsers(browser, inject('baseUrl'));
    const errors = watchForPageErrors(alex);
    // Each page opened once online, so its answer is kept on the device for an offline reload.
    for (const path of ['/talking/triggers', '/talking/together', '/talking/conversations']) {
      await alex.goto(path);
      await waitForPath(alex, path);
      await alex.getByRole('heading', { level: 1 }).waitFor();
    }
    await alex.getByRole('heading', { name: 'Conversation log', level: 1 }).waitFor();
    await controlledByServiceWorker(alex);

    await alex.context().setOffline(true);
    await alex.reload();
    await alex.getByText('You are offline.').waitFor();
    await alex.getByLabel('What you talked about').fill('The weekend plans');
    await alex.getByLabel('Roughly how long, in minutes').fill('25');
    await alex.getByRole('button', { name: 'Log it' }).click();
    await alex.getByText('Saved on this device.').waitFor();
    await alex.getByText('1 conversation is waiting to be sent.').waitFor();

    await alex.goto('/talking/triggers');
    await alex.getByRole('heading', { name: 'Trigger moments', level: 1 }).waitFor();
    await alex
      .getByRole('group', { name: 'How strong was it?' })
      .getByLabel('4', { exact: true })
      .check();
    await alex.getByLabel('A place').check();
    await alex.getByLabel('Breathing slowly').check();
    await alex.getByRole('button', { name: 'Save this moment' }).click();
    await alex.getByText('Saved on this device.').waitFor();

    await alex.goto('/talking/together');
    await alex.getByRole('heading', { name: 'Appreciation and time together', level: 1 }).waitFor();
    await alex.getByLabel('A walk').check();
    await alex.getByLabel('What you will do').fill('Along the canal');
    await alex.getByLabel('When').fill('2027-01-09');
    await alex.getByRole('button', { name: 'Plan it' }).click();
    await alex.getByText('Saved on this device.').waitFor();
    await alex.getByText('1 conversation is waiting to be sent.').waitFor();
    await alex.getByText('1 trigger moment is waiting to be sent.').waitFor();
    await alex.getByText('1 plan for time together is waiting to be sent.').waitFor();
    await expectNoAccessibilityViolations(alex, 'time together saved offline');
    await alex.screenshot({ path: artifact('offline-talking-waiting.png'), fullPage: true });

    await backOnlineAndAllSent(alex);
    // The plan appears on the page once the server has it, without a reload.
    await alex.getByText(/Along the canal/).waitFor();
    const held = await alex.evaluate(async () => {
      const get = async (path: string) => (await fetch(`/api/v1/${path}`)).json();
      return {
        conversations: (await get('conversations')).conversations,
        triggers: (await get('triggers')).mine,
        plans: (await get('together')).plans,
      };
    });
    expect(held.conversations).toEqual([
      expect.objectContaining({ topic: 'The weekend plans', minutes: 25 }),
    ]);
    expect(held.triggers).toEqual([
      expect.objectContaining({ intensity: 4, category: 'place', helped: ['breathing'] }),
    ]);
    expect(held.plans).toEqual([
      expect.objectContaining({ kind: 'walk', title: 'Along the canal', plannedFor: '2027-01-09' }),
    ]);
    // Sending again finds nothing left: a reload sends nothing twice.
    await alex.reload();
    await alex.getByRole('heading', { name: 'Appreciation and time together', level: 1 }).waitFor();
    expect(await alex.getByText(/waiting to be sent/).count()).toBe(0);
    const plansAfter = await alex.evaluate(async () => (await fetch('/api/v1/together')).json());
    expect(plansAfter.plans).toHaveLength(1);
    expect(errors).toEqual([]);
  }, 150_000);
});

describe('time together marked as done, and an appreciation, offline', () => {
  it('keeps both on the device, says so where they were made, and sends each once when back', async () => {
    const { alex, sam } = await linkedCoupleInBrowsers(browser, inject('baseUrl'));
    const errors = watchForPageErrors(alex);
    await alex.goto('/talking/together');
    await waitForPath(alex, '/talking/together');
    await alex.getByRole('heading', { name: 'Appreciation and time together', level: 1 }).waitFor();
    await alex.getByLabel('A walk').check();
    await alex.getByLabel('What you will do').fill('Round the park');
    await alex.getByLabel('When').fill('2026-11-01');
    await alex.getByRole('button', { name: 'Plan it' }).click();
    const done = alex.getByRole('button', { name: 'It happened' });
    await done.waitFor();
    await controlledByServiceWorker(alex);

    // The connection drops while the page is open (no reload): the write must not just wait.
    await alex.context().setOffline(true);
    await done.click();
    await alex.getByText('Marked as done on this device.').waitFor();
    await alex
      .getByLabel('What do you appreciate?')
      .fill('Thank you for the walk, offline or not.');
    await alex.getByRole('button', { name: 'Send', exact: true }).click();
    await alex.getByText('Saved on this device.').waitFor();
    await alex.getByText('1 appreciation is waiting to be sent.').waitFor();
    await alex.getByText('1 time together marked as done is waiting to be sent.').waitFor();
    // Still offline, a reload shows the plan as waiting (from the device's queue), not as undone.
    await alex.reload();
    await alex.getByText('You are offline.').waitFor();
    await alex.getByText('Marked as done on this device.').waitFor();
    expect(await done.count()).toBe(0);
    await alex.getByText('1 appreciation is waiting to be sent.').waitFor();
    await expectNoAccessibilityViolations(alex, 'time together and an appreciation offline');
    await alex.screenshot({ path: artifact('offline-together-waiting.png'), fullPage: true });

    await backOnlineAndAllSent(alex);
    await alex.getByText('Took place on').waitFor();
    await alex.getByText('Thank you for the walk, offline or not.').waitFor();
    const { plans, appreciations } = await alex.evaluate(async () =>
      (await fetch('/api/v1/together')).json(),
    );
    expect(plans).toEqual([
      expect.objectContaining({ title: 'Round the park', happenedOn: '2026-11-01' }),
    ]);
    expect(appreciations).toEqual([
      expect.objectContaining({ text: 'Thank you for the walk, offline or not.' }),
    ]);
    // Nothing left to send again: a reload sends nothing twice, and Sam sees one of each.
    await alex.reload();
    await alex.getByRole('heading', { name: 'Appreciation and time together', level: 1 }).waitFor();
    expect(await alex.getByText(/waiting to be sent/).count()).toBe(0);
    const seenBySam = await sam.evaluate(async () => (await fetch('/api/v1/together')).json());
    expect(seenBySam.appreciations).toHaveLength(1);
    expect(seenBySam.plans).toEqual([
      expect.objectContaining({ title: 'Round the park', happenedOn: '2026-11-01' }),
    ]);
    expect(errors).toEqual([]);
  }, 120_000);
});

describe('reminder settings', () => {
  it('chooses a weekly check-in reminder by e-mail, and makes a private calendar link', async () => {
    const { alex } = await linkedCoupleInBrowsers(browser, inject('baseUrl'));
    const errors = watchForPageErrors(alex);
    await alex.goto('/settings');
    await alex.getByRole('link', { name: 'Choose reminders and updates' }).click();
    await waitForPath(alex, '/settings/reminders');
    await alex.getByRole('heading', { name: 'Reminders', level: 1 }).waitFor();
    const checkin = alex.getByRole('group', { name: 'Your weekly check-in' });
    await checkin.getByLabel('By e-mail').check();
    await checkin.getByLabel('Day').selectOption({ label: 'Sunday' });
    await checkin.getByLabel('Time').fill('19:30');
    await alex.getByRole('button', { name: 'Save reminders' }).click();
    await alex.getByText('Saved. Your reminders follow these choices from now on.').waitFor();
    await alex.getByRole('button', { name: 'Make a calendar link' }).click();
    const link = await alex.getByLabel('Your private calendar link').inputValue();
    expect(link).toMatch(/\/calendar\/[A-Za-z0-9_-]+\.ics$/);
    await expectNoAccessibilityViolations(alex, 'reminder settings');
    await alex.screenshot({ path: artifact('reminders-settings.png'), fullPage: true });
    const saved = await alex.evaluate(async () => (await fetch('/api/v1/me/reminders')).json());
    expect(saved.preferences.checkinTime).toEqual({ weekday: 7, minuteOfDay: 19 * 60 + 30 });
    expect(saved.preferences.channels.weekly_checkin).toEqual({ email: true, push: false });
    expect(errors).toEqual([]);
  });

  it('shows administrators what is failing to go out', async () => {
    const admin = await (await newPhoneContext(browser, inject('baseUrl'))).newPage();
    const errors = watchForPageErrors(admin);
    await signUpAt(admin, '/sign-up', 'Robin', ADMIN_EMAILS.deliveries);
    await waitForPath(admin, '/space');
    await admin.getByRole('link', { name: 'Deliveries' }).click();
    await admin.getByRole('heading', { name: 'Deliveries', level: 1 }).waitFor();
    await admin.getByText('No message is being retried.').waitFor();
    await expectNoAccessibilityViolations(admin, 'deliveries');
    expect(errors).toEqual([]);
  });
});
