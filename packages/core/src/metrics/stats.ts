import { daysBetween, type LocalDate } from '../time/local-date.js';

/**
 * Small statistics and week helpers shared by the metrics. Internal: not re-exported from the package, so
 * the public surface stays the analysis functions themselves.
 */

// Medians are taken over short windows (a 4-week lookback, the 28 pairwise slopes of 8 weeks),
// thousands of times per analysis. Up to this many values are sorted by insertion into one
// reused buffer instead of a fresh array.
const SMALL_MEDIAN = 64;
const smallMedianBuffer = new Float64Array(SMALL_MEDIAN);

/** Median of the values; NaN for an empty list (callers check length first). */
export function median(values: readonly number[]): number {
  const count = values.length;
  if (count === 0) return Number.NaN;
  if (count > SMALL_MEDIAN) return medianBySorting(values);
  const sorted = smallMedianBuffer;
  for (let i = 0; i < count; i += 1) {
    const value = values[i] as number;
    // NaN and infinities have no consistent order under x − y; leave them to Array#sort so the
    // answer stays exactly what it always was.
    if (!Number.isFinite(value)) return medianBySorting(values);
    // Stable (ties keep their order, as in Array#sort), so even 0 and −0 land where they did.
    let j = i;
    while (j > 0 && (sorted[j - 1] as number) > value) {
      sorted[j] = sorted[j - 1] as number;
      j -= 1;
    }
    sorted[j] = value;
  }
  return middleOf(sorted, count);
}

function medianBySorting(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return middleOf(sorted, sorted.length);
}

/** The middle of the first `count` sorted values (the mean of the two middle ones if even). */
function middleOf(sorted: ArrayLike<number>, count: number): number {
  const mid = Math.floor(count / 2);
  const upper = sorted[mid] ?? Number.NaN;
  if (count % 2 === 1) return upper;
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
  // Series almost always arrive sorted (aggregateWeekly and the database both sort), and each
  // metric sorts again, so one pass to confirm the order saves the sort. The sort is stable, so
  // a sorted series sorts to an identical copy either way.
  if (isSortedByWeek(series)) return series.slice();
  // YYYY-MM-DD strings sort chronologically, so plain string comparison is enough.
  return [...series].sort((x, y) =>
    x.weekStart < y.weekStart ? -1 : x.weekStart > y.weekStart ? 1 : 0,
  );
}

function isSortedByWeek(series: readonly { weekStart: LocalDate }[]): boolean {
  for (let i = 1; i < series.length; i += 1) {
    const before = series[i - 1];
    const week = series[i];
    if (before && week && week.weekStart < before.weekStart) return false;
  }
  return true;
}

/** Weeks from `from` to `to` (fractional when the dates are not both Mondays). */
export function weeksBetween(from: LocalDate, to: LocalDate): number {
  return daysBetween(from, to) / 7;
}
