import { daysBetween, type LocalDate } from '../time/local-date.js';

/**
 * Small statistics and week helpers shared by the metrics. Internal: not re-exported from the package, so
 * the public surface stays the analysis functions themselves.
 */

/** Median of the values; NaN for an empty list (callers check length first). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? Number.NaN;
  if (sorted.length % 2 === 1) return upper;
  const lower = sorted[mid - 1] ?? Number.NaN;
  return (lower + upper) / 2;
}

/** Median absolute deviation from the median (unscaled). */
export function medianAbsoluteDeviation(values: readonly number[]): number {
  const centre = median(values);
  return median(values.map((value) => Math.abs(value - centre)));
}

/** Arithmetic mean; NaN for an empty list. */
export function mean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/**
 * A copy sorted by week. The analysis functions sort their input themselves so a caller that
 * hands them rows in database order still gets correct answers.
 */
export function sortByWeek<T extends { weekStart: LocalDate }>(series: readonly T[]): T[] {
  // YYYY-MM-DD strings sort chronologically, so plain string comparison is enough.
  return [...series].sort((x, y) =>
    x.weekStart < y.weekStart ? -1 : x.weekStart > y.weekStart ? 1 : 0,
  );
}

/** Weeks from `from` to `to` (fractional when the dates are not both Mondays). */
export function weeksBetween(from: LocalDate, to: LocalDate): number {
  return daysBetween(from, to) / 7;
}
