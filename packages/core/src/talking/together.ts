import { addDays, type LocalDate } from '../time/local-date.js';

/** Time together, planned and then logged: a walk, a call, a date. */
export const TOGETHER_KINDS = ['walk', 'call', 'date', 'meal', 'activity', 'other'] as const;
export type TogetherKind = (typeof TOGETHER_KINDS)[number];

export const TOGETHER_TITLE_MAX_LENGTH = 200;
export const APPRECIATION_MAX_LENGTH = 500;
/** Plans reach at most a year ahead; a plan is for the life the couple is living now. */
export const TOGETHER_PLAN_DAYS_AHEAD = 366;

/** A planned date may not be more than a year away; what happened may not be in the future. */
export function isPlannableDate(date: LocalDate, today: LocalDate): boolean {
  return date <= addDays(today, TOGETHER_PLAN_DAYS_AHEAD);
}

/**
 * The moments of connection that count toward closeness in the signs of progress: each
 * appreciation sent (by either partner: both are moments of the couple's connection) and each
 * time together that took place. Plans that have not happened do not count.
 */
export function connectionMoments(
  appreciationDates: readonly LocalDate[],
  togetherHappenedOn: readonly (LocalDate | null)[],
): LocalDate[] {
  return [
    ...appreciationDates,
    ...togetherHappenedOn.filter((date): date is LocalDate => date !== null),
  ];
}
