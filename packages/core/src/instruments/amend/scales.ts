import type { AnswerOption } from '../definition.js';

/** Response scales shared by Amend's own instruments. Codes are stable; displays may be reworded. */

export const AMEND_LICENCE_NOTE =
  'Written for Amend; not clinically validated. Use it to notice change over time, not to diagnose.';

export const AGREEMENT_7: readonly AnswerOption[] = [
  { code: 'strongly-disagree', display: 'Strongly disagree', value: 1 },
  { code: 'disagree', display: 'Disagree', value: 2 },
  { code: 'somewhat-disagree', display: 'Somewhat disagree', value: 3 },
  { code: 'neither', display: 'Neither agree nor disagree', value: 4 },
  { code: 'somewhat-agree', display: 'Somewhat agree', value: 5 },
  { code: 'agree', display: 'Agree', value: 6 },
  { code: 'strongly-agree', display: 'Strongly agree', value: 7 },
].map((option) => ({ ...option, system: 'urn:amend:answers:agreement-7' }));

export const TRUE_OF_ME_5: readonly AnswerOption[] = [
  { code: 'not-at-all', display: 'Not at all true for me', value: 1 },
  { code: 'a-little', display: 'A little true', value: 2 },
  { code: 'somewhat', display: 'Somewhat true', value: 3 },
  { code: 'mostly', display: 'Mostly true', value: 4 },
  { code: 'completely', display: 'Completely true', value: 5 },
].map((option) => ({ ...option, system: 'urn:amend:answers:true-of-me-5' }));

export const YES_NO: readonly AnswerOption[] = [
  { code: 'yes', display: 'Yes', value: 1 },
  { code: 'no', display: 'No', value: 0 },
].map((option) => ({ ...option, system: 'urn:amend:answers:yes-no' }));
