import type { LocalDate } from '../time/local-date.js';

/** Each partner's own view, each week, of whether an agreement held. */
export const HOLDING_MARKS = ['held', 'not_held', 'not_sure'] as const;
export type HoldingMark = (typeof HOLDING_MARKS)[number];

export function isHoldingMark(value: string): value is HoldingMark {
  return (HOLDING_MARKS as readonly string[]).includes(value);
}

export interface HoldingRecord {
  readonly agreementId: string;
  readonly weekStart: LocalDate;
  readonly mark: HoldingMark;
}

/**
 * How the two views of one agreement in one week compare. A gap is where the couple has
 * something to talk about, never a finding of who is right: the app shows both and says no more.
 */
export type HoldingComparison = 'same' | 'gap' | 'partner_not_marked' | 'you_not_marked';

export function compareHolding(
  yours: HoldingMark | null,
  partners: HoldingMark | null,
): HoldingComparison {
  if (yours === null) return 'you_not_marked';
  if (partners === null) return 'partner_not_marked';
  return yours === partners ? 'same' : 'gap';
}

export interface WeeklyHolding {
  readonly weekStart: LocalDate;
  readonly held: number;
  readonly notHeld: number;
  readonly notSure: number;
  /**
   * held / (held + not held): the share of the agreements this person could judge that they saw
   * as held. "Not sure" is counted beside it, not in it, so uncertainty is not read as a breach.
   * Null when nothing was judged that week.
   */
  readonly shareHeld: number | null;
}

/** One person's marks, week by week (oldest first): the "agreements held" metric. */
export function agreementsHeldByWeek(records: readonly HoldingRecord[]): WeeklyHolding[] {
  const weeks = new Map<LocalDate, { held: number; notHeld: number; notSure: number }>();
  for (const record of records) {
    const week = weeks.get(record.weekStart) ?? { held: 0, notHeld: 0, notSure: 0 };
    if (record.mark === 'held') week.held += 1;
    else if (record.mark === 'not_held') week.notHeld += 1;
    else week.notSure += 1;
    weeks.set(record.weekStart, week);
  }
  return [...weeks.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([weekStart, counts]) => {
      const judged = counts.held + counts.notHeld;
      return { weekStart, ...counts, shareHeld: judged === 0 ? null : counts.held / judged };
    });
}

/** The weeks both partners marked the same agreements and saw at least one differently. */
export function holdingGapWeeks(
  yours: readonly HoldingRecord[],
  partners: readonly HoldingRecord[],
): LocalDate[] {
  const key = (record: HoldingRecord) => `${record.weekStart}|${record.agreementId}`;
  const partnerMarks = new Map(partners.map((record) => [key(record), record.mark]));
  const weeks = new Set<LocalDate>();
  for (const record of yours) {
    const other = partnerMarks.get(key(record)) ?? null;
    if (compareHolding(record.mark, other) === 'gap') weeks.add(record.weekStart);
  }
  return [...weeks].sort();
}
