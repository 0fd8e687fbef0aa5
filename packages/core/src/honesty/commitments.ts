import { DomainError } from '../errors.js';
import { addDays, daysBetween, type LocalDate } from '../time/local-date.js';

/**
 * Amends and commitments: the involved partner states something concrete and checkable (what,
 * how often, until when); each week both partners say, each from their own view, whether it was
 * kept; the hurt partner can acknowledge it. Trust follows a pattern of kept promises more than
 * any single one, so the consistency view shows the weeks side by side.
 *
 * A commitment's weeks count from the day it was made: week 1 is that day and the six after
 * it, and the last week is the one holding `until`. Marks are facts added over time; a
 * person's latest mark for a week stands.
 */
export const COMMITMENT_FREQUENCIES = [
  'every_day',
  'several_times_a_week',
  'every_week',
  'whenever_it_comes_up',
] as const;
export type CommitmentFrequency = (typeof COMMITMENT_FREQUENCIES)[number];

export function isCommitmentFrequency(value: string): value is CommitmentFrequency {
  return (COMMITMENT_FREQUENCIES as readonly string[]).includes(value);
}

export const KEPT_MARKS = ['kept', 'not_kept', 'not_sure'] as const;
export type KeptMark = (typeof KEPT_MARKS)[number];

export function isKeptMark(value: string): value is KeptMark {
  return (KEPT_MARKS as readonly string[]).includes(value);
}

/** The longest a single commitment runs: a year, after which the couple makes a new one. */
export const MAX_COMMITMENT_DAYS = 366;

/** Checks the "until when" of a new commitment made on `today`. */
export function checkCommitmentUntil(until: LocalDate, today: LocalDate): void {
  const days = daysBetween(today, until);
  if (days < 6 || days > MAX_COMMITMENT_DAYS) {
    throw new DomainError('VALIDATION_FAILED', 'The end date needs another look.', [
      {
        field: 'until',
        message:
          days < 6
            ? 'Choose a date at least a week away, so there is a week to look back on.'
            : 'Choose a date within a year. You can make a new commitment after that.',
      },
    ]);
  }
}

export interface CommitmentWeek {
  readonly week: number;
  readonly startsOn: LocalDate;
  readonly endsOn: LocalDate;
}

/** The commitment's weeks that have begun by `today` (never past `until`), oldest first. */
export function commitmentWeeks(
  madeOn: LocalDate,
  until: LocalDate,
  today: LocalDate,
): CommitmentWeek[] {
  const last = today < until ? today : until;
  const weeks: CommitmentWeek[] = [];
  for (let week = 1; ; week += 1) {
    const startsOn = addDays(madeOn, (week - 1) * 7);
    if (startsOn > last) break;
    const endsOn = addDays(startsOn, 6);
    weeks.push({ week, startsOn, endsOn: endsOn < until ? endsOn : until });
  }
  return weeks;
}

/** A week may be marked once it has begun, and until four weeks after the commitment ended. */
export function checkMarkableWeek(
  week: number,
  madeOn: LocalDate,
  until: LocalDate,
  today: LocalDate,
): void {
  const weeks = commitmentWeeks(madeOn, until, today);
  if (!weeks.some((candidate) => candidate.week === week)) {
    throw new DomainError('VALIDATION_FAILED', 'That week has not begun yet.', [
      { field: 'week', message: 'Choose a week that has already begun.' },
    ]);
  }
  if (daysBetween(until, today) > 28) {
    throw new DomainError(
      'COMMITMENT_CLOSED',
      'This commitment ended more than four weeks ago, so its weeks are kept as they were.',
    );
  }
}

export interface KeptMarkRecord {
  readonly userId: string;
  readonly week: number;
  readonly mark: KeptMark;
}

export interface WeeklyConsistency extends CommitmentWeek {
  readonly authorMark: KeptMark | null;
  readonly partnerMark: KeptMark | null;
  /**
   * Both say kept: 'kept'; either says not kept: 'not_kept'; one view missing or not sure:
   * 'unclear'. Two different views are a gap to talk about, never a verdict.
   */
  readonly outcome: 'kept' | 'not_kept' | 'unclear';
  readonly gap: boolean;
}

/** Week by week, each partner's latest view and what they add up to. */
export function commitmentConsistency(
  weeks: readonly CommitmentWeek[],
  marks: readonly KeptMarkRecord[],
  authorId: string,
): WeeklyConsistency[] {
  const latest = new Map<string, KeptMark>();
  for (const mark of marks) latest.set(`${mark.week}:${mark.userId === authorId}`, mark.mark);
  return weeks.map((week) => {
    const authorMark = latest.get(`${week.week}:true`) ?? null;
    const partnerMark = latest.get(`${week.week}:false`) ?? null;
    const outcome =
      authorMark === 'not_kept' || partnerMark === 'not_kept'
        ? 'not_kept'
        : authorMark === 'kept' && partnerMark === 'kept'
          ? 'kept'
          : 'unclear';
    const gap = authorMark !== null && partnerMark !== null && authorMark !== partnerMark;
    return { ...week, authorMark, partnerMark, outcome, gap };
  });
}

/** The pattern in numbers: of the weeks both looked at, how many both saw as kept. */
export function consistencySummary(weeks: readonly WeeklyConsistency[]): {
  readonly weeks: number;
  readonly kept: number;
  readonly notKept: number;
  readonly unclear: number;
  /** The run of kept weeks ending with the latest week that is not unclear. */
  readonly keptInARow: number;
} {
  let keptInARow = 0;
  for (const week of [...weeks].reverse()) {
    if (week.outcome === 'unclear') continue;
    if (week.outcome !== 'kept') break;
    keptInARow += 1;
  }
  return {
    weeks: weeks.length,
    kept: weeks.filter((week) => week.outcome === 'kept').length,
    notKept: weeks.filter((week) => week.outcome === 'not_kept').length,
    unclear: weeks.filter((week) => week.outcome === 'unclear').length,
    keptInARow,
  };
}

/**
 * Only the partner acknowledges a commitment, and once: the acknowledgement is a moment, and a
 * second one would add nothing.
 */
export function checkAcknowledge(authorId: string, actorId: string, acknowledged: boolean): void {
  if (actorId === authorId) {
    throw new DomainError(
      'COMMITMENT_NOT_YOURS',
      'You made this commitment, so your partner is the one to acknowledge it.',
    );
  }
  if (acknowledged) {
    throw new DomainError(
      'COMMITMENT_ACKNOWLEDGED',
      'You have already acknowledged this commitment.',
    );
  }
}
