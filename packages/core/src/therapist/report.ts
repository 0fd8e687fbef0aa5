import type { LocalDate } from '../time/local-date.js';

export interface PeriodSummary {
  /** The first and latest weekly value inside the period; null when it has none. */
  readonly first: number | null;
  readonly latest: number | null;
  /** latest − first, or null with fewer than two weeks. */
  readonly change: number | null;
  readonly weeks: number;
}

/** Whether a date (or a week's Monday) falls inside [from, to], both included. */
export function inPeriod(date: LocalDate, from: LocalDate, to: LocalDate): boolean {
  return date >= from && date <= to;
}

/** One partner's weekly series over a report's period: where it began, ended and moved. */
export function periodSummary(
  weekly: readonly { readonly weekStart: LocalDate; readonly value: number }[],
  from: LocalDate,
  to: LocalDate,
): PeriodSummary {
  const inside = weekly
    .filter((point) => inPeriod(point.weekStart, from, to))
    .sort((a, b) => (a.weekStart < b.weekStart ? -1 : a.weekStart > b.weekStart ? 1 : 0));
  const first = inside[0]?.value ?? null;
  const latest = inside.at(-1)?.value ?? null;
  return {
    first,
    latest,
    change: inside.length >= 2 && first !== null && latest !== null ? latest - first : null,
    weeks: inside.length,
  };
}
