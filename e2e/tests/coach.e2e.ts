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
import { linkedCoupleInBrowsers } from '../support/flows.js';

const browser = useBrowser();

/** Screenshots for a person to look at (e2e/artifacts, not checked in). */
const artifact = (name: string) => new URL(`../artifacts/${name}`, import.meta.url).pathname;

const BLAMING = 'If you hadn’t been so distant, I wouldn’t have looked elsewhere.';

function coachOf(page: Page) {
  return page.getByRole('region', { name: 'A thought before you share this' });
}

describe('the communication coach', () => {
  it('explains a blaming sentence, offers a calmer wording to use, and never stops the sending', async () => {
    const { sam } = await linkedCoupleInBrowsers(browser, inject('baseUrl'));
    const errors = watchForPageErrors(sam);
    await sam.goto('/incidents');
    await sam.getByRole('heading', { name: 'Setbacks and incidents', level: 1 }).waitFor();
    await sam.getByLabel('Renewed contact with the affair partner').check();
    await sam.getByLabel('About me').check();
    await sam.getByLabel('I am telling before being asked').check();
    await sam.getByLabel('When did it happen?').fill('2026-11-01');
    const description = sam.getByLabel('What happened (optional)');
    await description.fill(BLAMING);

    const coach = coachOf(sam);
    await coach.waitFor();
    const text = (await coach.textContent()) ?? '';
    expect(text).toContain('Sounds like blame');
    expect(text).toContain('“If you hadn’t”');
    expect(text).toContain('Putting the cause on your partner');
    // Screen readers hear the field's coach summary with it, not only a colour.
    const describedBy = (await description.getAttribute('aria-describedby')) ?? '';
    const summaryId = describedBy.split(' ').find((id) => id.endsWith('-coach')) ?? '';
    expect(await sam.locator(`[id="${summaryId}"]`).textContent()).toBe(
      'The coach has 1 thought about what you wrote, below the field.',
    );
    await expectNoAccessibilityViolations(sam, 'coach under the incident description');
    await sam.screenshot({ path: artifact('coach-incident.png'), fullPage: true });

    const suggestion = (await coach.locator('blockquote').textContent()) ?? '';
    expect(suggestion).toMatch(/^I feel .+ I need /);
    await coach.getByRole('button', { name: 'Use this wording' }).click();
    expect(await description.inputValue()).toBe(suggestion);
    await coach.waitFor({ state: 'detached' });

    // A harsh sentence can still be sent: the coach only suggests.
    await description.fill('Whatever. It was just a few texts.');
    await coach.waitFor();
    expect(await coach.getByRole('listitem').count()).toBe(2);
    await sam.getByRole('button', { name: 'Record this' }).click();
    await sam.getByText('Told before being asked').first().waitFor();
    expect(errors).toEqual([]);
  });

  it('coaches a check-in note only when it is shared, and a thought can be dismissed', async () => {
    const { alex } = await linkedCoupleInBrowsers(browser, inject('baseUrl'));
    const errors = watchForPageErrors(alex);
    await alex.getByRole('link', { name: 'Check in for this week' }).click();
    await waitForPath(alex, '/check-in');
    await alex
      .getByRole('group', { name: 'How much do you trust your partner this week?' })
      .getByLabel('3', { exact: true })
      .check();
    await alex.getByRole('button', { name: 'Next' }).click();
    await alex
      .getByRole('group', { name: 'How close do you feel to your partner this week?' })
      .getByLabel('4', { exact: true })
      .check();
    await alex.getByRole('button', { name: 'Next' }).click();
    await alex.getByLabel('How many honest, open conversations did you have this week?').fill('1');
    await alex.getByRole('button', { name: 'Next' }).click();
    await alex.getByLabel('Low', { exact: true }).check();
    await alex.getByRole('button', { name: 'Next' }).click();

    const note = alex.getByLabel('Anything you want to add? (optional)');
    await note.fill('You never listen to me when I bring up the evenings.');
    await alex.getByLabel('Only me').check();
    // Kept to herself, the note is hers to write however she needs.
    await alex.waitForTimeout(600);
    expect(await coachOf(alex).count()).toBe(0);

    await alex.getByLabel('Share with my partner').check();
    const coach = coachOf(alex);
    await coach.waitFor();
    expect(await coach.textContent()).toContain('I feel hurt when you don’t listen to me');
    await expectNoAccessibilityViolations(alex, 'coach under a shared check-in note');
    await alex.screenshot({ path: artifact('coach-checkin-note.png'), fullPage: true });

    await coach.getByRole('button', { name: 'Dismiss this thought about “You never”' }).click();
    await coach.waitFor({ state: 'detached' });
    expect(await note.inputValue()).toBe('You never listen to me when I bring up the evenings.');
    await alex.getByRole('button', { name: 'Save check-in' }).click();
    await alex.getByRole('heading', { name: 'Your check-in is saved' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('takes well under a millisecond for a 500-character message in Chromium', async () => {
    // The coach as built for the browser (core's compiled modules), served to a page of the app
    // so it runs under the app's own content security policy.
    const coreDist = new URL('../../packages/core/dist/', import.meta.url);
    const page = await (await newPhoneContext(browser, inject('baseUrl'))).newPage();
    await page.route('**/__coach__/**', async (route) => {
      const file = new URL(route.request().url()).pathname.replace('/__coach__/', '');
      await route.fulfill({
        body: await readFile(new URL(file, coreDist), 'utf8'),
        contentType: 'text/javascript',
      });
    });
    await page.goto('/');
    // Sent as text: the test runner rewrites import() in functions it compiles.
    const timing: { coachMs: number; baselineMs: number; findings: number } = await page.evaluate(
      `(${IN_PAGE_TIMING})(${JSON.stringify(SENTENCES)})`,
    );
    console.log(
      `coach in Chromium: ${timing.coachMs.toFixed(3)} ms per 500-character message; one regular-expression scan ${timing.baselineMs.toFixed(4)} ms`,
    );
    expect(timing.findings).toBeGreaterThan(0);
    expect(timing.coachMs).toBeLessThan(1);
  });
});

/** Calm and harsh sentences to build test messages from. */
const SENTENCES = [
  'I felt scared when your phone lit up and you turned it over.',
  'You never listen to me.',
  'I need a pause. Can we come back to this at eight?',
  'It’s your fault we ended up here.',
  'Thank you for answering every question yesterday.',
  'Whatever.',
  'I’m not saying you always forget; it happened twice this week.',
  'It was just a few texts.',
  'I want to hear the whole story, even if it hurts.',
  'At least I told you eventually.',
  'You’re pathetic. 🙄',
  'I feel lonely in the evenings, and I need us to sit together after dinner.',
  '我很难过。I miss how we used to be.',
];

/**
 * Runs in the page: many different 500-character messages, each analysed whole, timed in batches
 * (the browser coarsens single timer readings), beside one regular-expression scan of the same.
 */
const IN_PAGE_TIMING = `async (sentences) => {
  const coach = await import('/__coach__/coach/index.js');
  const messages = Array.from({ length: 400 }, (_, index) => {
    let text = '';
    for (let next = index; text.length < 500; next += 7) text += sentences[next % sentences.length] + ' ';
    return text.slice(0, 500);
  });
  const scan = /\\byou (?:always|never)\\b/gi;
  // The quickest of three batches: other work on a shared machine only ever adds time.
  const perMessage = (run) => {
    for (const text of messages) run(text);
    let best = Infinity;
    for (let batch = 0; batch < 3; batch += 1) {
      const begin = performance.now();
      for (let round = 0; round < 5; round += 1) for (const text of messages) run(text);
      best = Math.min(best, (performance.now() - begin) / (messages.length * 5));
    }
    return best;
  };
  return {
    coachMs: perMessage((text) => coach.analyzeMessage(text)),
    baselineMs: perMessage((text) => text.match(scan)),
    findings: coach.analyzeMessage(messages[0]).length,
  };
}`;
