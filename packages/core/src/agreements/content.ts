import { DomainError, type FieldProblem } from '../errors.js';
import { type LocalDate, parseLocalDate } from '../time/local-date.js';

/** What an agreement can be about, in the order the app offers them. */
export const AGREEMENT_CATEGORIES = [
  'affair_partner_contact',
  'devices_passwords',
  'whereabouts_time',
  'social_media',
  'money',
  'friendships_contact',
  'time_together',
  'other',
] as const;
export type AgreementCategory = (typeof AGREEMENT_CATEGORIES)[number];

/**
 * Transparency measures (open devices and passwords, sharing where one is, open accounts): the
 * app suggests a sunset path for these, because they are meant to relax as trust returns. Any
 * agreement may have one.
 */
export const TRANSPARENCY_CATEGORIES: readonly AgreementCategory[] = [
  'devices_passwords',
  'whereabouts_time',
  'social_media',
];

export const AGREEMENT_LIMITS = {
  titleLength: 120,
  practiceLength: 2000,
  sunsetSteps: 6,
  sunsetStepLength: 300,
  reasonLength: 1000,
} as const;

/** One version's terms. Every version is kept; none is ever edited. */
export interface AgreementContent {
  readonly title: string;
  /** What it means in practice, in the couple's words. */
  readonly practice: string;
  readonly category: AgreementCategory;
  /** When the couple means to look at it again. */
  readonly reviewOn: LocalDate;
  /** Steps by which it can be relaxed, in order; each is taken only when both accept it. */
  readonly sunsetSteps: readonly string[];
  /** How many of the sunset steps have been taken (agreed by both). */
  readonly stepsTaken: number;
}

export interface AgreementContentInput {
  readonly title: string;
  readonly practice: string;
  readonly category: string;
  readonly reviewOn: string;
  readonly sunsetSteps?: readonly string[] | undefined;
}

export function isAgreementCategory(value: string): value is AgreementCategory {
  return (AGREEMENT_CATEGORIES as readonly string[]).includes(value);
}

/**
 * Checks and tidies the terms someone proposes (a first version or a change): trimmed text
 * within its limits, a known category, a real review date not before today, sunset steps that
 * each say something. `stepsTaken` carries over from the version in force (0 for a first one),
 * and a change may not rewrite the steps already taken together.
 */
export function cleanAgreementContent(
  input: AgreementContentInput,
  today: LocalDate,
  current: AgreementContent | null = null,
): AgreementContent {
  const problems: FieldProblem[] = [];
  const title = input.title.trim();
  const practice = input.practice.trim();
  if (title.length === 0 || title.length > AGREEMENT_LIMITS.titleLength) {
    problems.push({
      field: 'title',
      message: `Give it a short name, up to ${AGREEMENT_LIMITS.titleLength} characters.`,
    });
  }
  if (practice.length === 0 || practice.length > AGREEMENT_LIMITS.practiceLength) {
    problems.push({
      field: 'practice',
      message: `Say what it means in practice, in up to ${AGREEMENT_LIMITS.practiceLength} characters.`,
    });
  }
  if (!isAgreementCategory(input.category)) {
    problems.push({ field: 'category', message: 'Choose one of the categories.' });
  }
  const reviewOn = parseLocalDate(input.reviewOn);
  if (!reviewOn) {
    problems.push({ field: 'reviewOn', message: 'Enter a real date, like 2027-03-14.' });
  } else if (reviewOn < today) {
    problems.push({ field: 'reviewOn', message: 'Choose a review date from today on.' });
  }
  const sunsetSteps = (input.sunsetSteps ?? []).map((step) => step.trim());
  if (
    sunsetSteps.length > AGREEMENT_LIMITS.sunsetSteps ||
    sunsetSteps.some((step) => step.length === 0 || step.length > AGREEMENT_LIMITS.sunsetStepLength)
  ) {
    problems.push({
      field: 'sunsetSteps',
      message: `Up to ${AGREEMENT_LIMITS.sunsetSteps} steps, each saying something in up to ${AGREEMENT_LIMITS.sunsetStepLength} characters.`,
    });
  }
  const stepsTaken = current?.stepsTaken ?? 0;
  const takenSteps = current?.sunsetSteps.slice(0, stepsTaken) ?? [];
  if (takenSteps.some((step, index) => sunsetSteps[index] !== step)) {
    problems.push({
      field: 'sunsetSteps',
      message: 'Keep the steps you have already taken together; change or add the ones after them.',
    });
  }
  if (problems.length > 0 || !reviewOn || !isAgreementCategory(input.category)) {
    throw new DomainError('VALIDATION_FAILED', 'The agreement needs another look.', problems);
  }
  return { title, practice, category: input.category, reviewOn, sunsetSteps, stepsTaken };
}

export function sameContent(a: AgreementContent, b: AgreementContent): boolean {
  return (
    a.title === b.title &&
    a.practice === b.practice &&
    a.category === b.category &&
    a.reviewOn === b.reviewOn &&
    a.stepsTaken === b.stepsTaken &&
    a.sunsetSteps.length === b.sunsetSteps.length &&
    a.sunsetSteps.every((step, index) => b.sunsetSteps[index] === step)
  );
}

/** The terms after taking the next sunset step: the same agreement, one step more relaxed. */
export function withNextSunsetStep(current: AgreementContent): AgreementContent {
  if (current.stepsTaken >= current.sunsetSteps.length) {
    throw new DomainError('VALIDATION_FAILED', 'Every step of this sunset path has been taken.', [
      { field: 'sunsetSteps', message: 'Propose a change to add a step first.' },
    ]);
  }
  return { ...current, stepsTaken: current.stepsTaken + 1 };
}
