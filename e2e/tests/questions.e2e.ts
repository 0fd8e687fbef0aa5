import { describe, expect, inject, it } from 'vitest';
import {
  expectNoAccessibilityViolations,
  useBrowser,
  watchForPageErrors,
} from '../support/browser.js';
import { linkedCoupleInBrowsers } from '../support/flows.js';

/** Screenshots for a person to look at (e2e/artifacts, not checked in). */
const artifact = (name: string) => new URL(`../artifacts/${name}`, import.meta.url).pathname;

const browser = useBrowser();

describe('questions, answers and the full account', () => {
  it('a question answered twice shows both answers with their dates, and the asker needs more', {
    timeout: 180_000,
  }, async () => {
    const { alex, sam } = await linkedCoupleInBrowsers(browser, inject('baseUrl'));
    const errors = [...watchForPageErrors(alex), ...watchForPageErrors(sam)];

    // Alex (hurt) finds questions under Honesty and asks one.
    await alex.getByRole('link', { name: 'Honesty' }).click();
    await alex.getByRole('heading', { name: 'Honesty and amends', level: 1 }).waitFor();
    await expectNoAccessibilityViolations(alex, 'honesty hub');
    await alex.getByRole('link', { name: 'Questions and answers' }).click();
    await alex.getByRole('heading', { name: 'Questions and answers', level: 1 }).waitFor();
    await alex.getByLabel('Your question').fill('When did you last hear from them?');
    await alex.getByRole('button', { name: 'Ask', exact: true }).click();
    await alex.getByText('Waiting for an answer').waitFor();
    await expectNoAccessibilityViolations(alex, 'questions, asked');

    // Sam (involved) answers, then later answers again: the first answer stays.
    await sam.goto('/questions');
    await sam.getByRole('heading', { name: 'When did you last hear from them?' }).waitFor();
    await sam.getByLabel('Your answer').fill('In August.');
    await sam.getByRole('button', { name: 'Send answer' }).click();
    await sam.getByText('In August.').waitFor();
    await sam
      .getByLabel('Add to your answer, or correct it')
      .fill('That was not true. They wrote in October, and I answered once.');
    await sam.getByRole('button', { name: 'Send answer' }).click();
    await sam.getByText(/Answer 2 of 2, by You/).waitFor();
    await expectNoAccessibilityViolations(sam, 'questions, answered twice');

    // Alex sees both answers, each with its date, and says the latest needs more.
    await alex.goto('/questions');
    await alex.getByText(/Answer 1 of 2, by Sam, .*\d/).waitFor();
    await alex.getByText(/Answer 2 of 2, by Sam, .*\d/).waitFor();
    await alex.getByText('In August.').waitFor();
    await alex
      .getByText('That was not true. They wrote in October, and I answered once.')
      .waitFor();
    await alex.getByRole('button', { name: 'I need more' }).nth(1).click();
    await alex.getByText('You said: I need more').waitFor();
    await alex.getByText('Waiting for more').waitFor();
    await expectNoAccessibilityViolations(alex, 'questions, marked');
    await alex.screenshot({ path: artifact('questions-page.png'), fullPage: true });
    await sam.goto('/questions');
    await sam.getByText('Alex said: I need more').waitFor();

    // The home page counts it as open again.
    await alex.goto('/');
    await alex.getByText('1 question is waiting for an answer.').waitFor();
    expect(errors).toEqual([]);
  });

  it('a full account, warned about graphic detail, sealed, and opened only when both press open', {
    timeout: 180_000,
  }, async () => {
    const { alex, sam } = await linkedCoupleInBrowsers(browser, inject('baseUrl'));
    const errors = [...watchForPageErrors(alex), ...watchForPageErrors(sam)];

    await sam.goto('/disclosures');
    await sam.getByRole('heading', { name: 'Told before asked', level: 1 }).waitFor();
    await expectNoAccessibilityViolations(sam, 'disclosures');
    await sam.getByRole('link', { name: 'The full account' }).click();
    await sam.getByRole('heading', { name: 'The full account', level: 1 }).waitFor();
    const field = sam.getByLabel('Your account');
    await field.fill('It began in March at a conference. We had an orgasm together.');
    await sam
      .getByText('Some words here describe sex in graphic detail.', { exact: false })
      .waitFor();
    await expectNoAccessibilityViolations(sam, 'full account, warned');
    await sam.screenshot({ path: artifact('full-account-draft.png'), fullPage: true });
    // The warning never blocks; Sam chooses plainer words anyway.
    await field.fill('It began in March at a conference and ended on 2 July. We slept together.');
    await sam.getByRole('button', { name: 'Start your account' }).click();
    await sam.getByRole('button', { name: 'Seal the account' }).click();
    await sam.getByRole('dialog').getByRole('button', { name: 'Seal the account' }).click();
    await sam.getByText(/Sealed on .*It opens when you both press “open”/).waitFor();

    // Alex sees it sealed, presses open: nothing opens until Sam does too.
    await alex.goto('/disclosures/account');
    await alex.getByText(/Sealed on/).waitFor();
    await alex.getByRole('button', { name: 'Open the account' }).click();
    await alex
      .getByText('You have agreed to open it. It opens when your partner agrees too.')
      .waitFor();
    expect(await alex.getByText('It began in March').count()).toBe(0);
    await expectNoAccessibilityViolations(alex, 'full account, waiting');

    await sam.goto('/disclosures/account');
    await sam.getByText('Your partner has pressed “open”. It opens when you do too.').waitFor();
    await sam.getByRole('button', { name: 'Open the account' }).click();
    await sam.getByText('Opened. It is kept as it was, for you both.').waitFor();

    await alex.goto('/disclosures/account');
    await alex.getByText(/It began in March at a conference and ended on 2 July/).waitFor();
    expect(await alex.getByRole('button', { name: 'Open the account' }).count()).toBe(0);
    await expectNoAccessibilityViolations(alex, 'full account, opened');
    await alex.screenshot({ path: artifact('full-account-opened.png'), fullPage: true });

    expect(errors).toEqual([]);
  });

  it('a commitment marked kept, and the timeline filtered by kind', {
    timeout: 180_000,
  }, async () => {
    const { alex, sam } = await linkedCoupleInBrowsers(browser, inject('baseUrl'));
    const errors = [...watchForPageErrors(alex), ...watchForPageErrors(sam)];
    const promise = 'Phone you when I will be more than 30 minutes late';
    await sam.goto('/commitments');
    await sam.getByLabel('What you will do').fill(promise);
    await sam.getByLabel('Until').fill('2027-02-28');
    await sam.getByRole('button', { name: 'Make this commitment' }).click();
    await sam.getByRole('heading', { name: promise }).waitFor();
    await sam.getByRole('button', { name: 'Kept', exact: true }).click();
    await sam.getByRole('cell', { name: 'Kept', exact: true }).first().waitFor();
    await expectNoAccessibilityViolations(sam, 'commitments');
    await sam.screenshot({ path: artifact('commitments.png'), fullPage: true });

    await alex.goto('/timeline');
    await alex.getByText(`A commitment was made: “${promise}”`).waitFor();
    await expectNoAccessibilityViolations(alex, 'timeline');
    await alex.screenshot({ path: artifact('timeline.png'), fullPage: true });
    await alex.getByRole('checkbox', { name: /Commitments/ }).uncheck();
    await alex.getByRole('button', { name: 'Show', exact: true }).click();
    await alex.getByText('Nothing to show for this choice yet.').waitFor();
    expect(errors).toEqual([]);
  });
});
