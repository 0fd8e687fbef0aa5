import { dayNumberOf } from '../time/day-number.js';
import { median, sortByWeek, weeksBetween } from './stats.js';
import type { WeeklyValue } from './weekly.js';

/**
 * Theil–Sen slope in value units per week over weekly points (x = weeks since first point);
 * null with fewer than 3 points.
 *
 * Theil–Sen (the median of all pairwise slopes) is used rather than least squares because
 * self-reported ratings have the odd wild week (a bad day, a mistyped 1), and one such week must
 * not flip the story a couple sees: up to about 29 % of the points can be arbitrary before the
 * slope moves far. Weeks are placed by their dates, so gaps without data keep their true width.
 * Pairs in the same week carry no slope information and are skipped; if no pair is left, null.
 */
export function robustSlope(series: readonly WeeklyValue[]): number | null {
  if (series.length < 3) return null;
  const sorted = sortByWeek(series);
  const first = sorted[0];
  if (!first) return null;
  const points = sorted.map((week) => ({
    x: weeksBetween(first.weekStart, week.weekStart),
    y: week.value,
  }));
  const slopes: number[] = [];
  for (let i = 0; i < points.length; i += 1) {
    for (let j = i + 1; j < points.length; j += 1) {
      const p = points[i];
      const q = points[j];
      if (!p || !q || q.x === p.x) continue;
      slopes.push((q.y - p.y) / (q.x - p.x));
    }
  }
  if (slopes.length === 0) return null;
  return median(slopes);
}

export type TrendDirection = 'rising' | 'steady' | 'falling' | 'not_enough_data';

/**
 * Direction of the last `windowWeeks` (default 8) of the series; 'steady' when |slope| <
 * minMeaningfulSlope (per week, default 0.05 for a 1–10 scale; parameter).
 *
 * The window is calendar weeks ending with the latest week that has data (weeks without data
 * stay out, they are not zeros): recent direction matters more to a couple than where they were
 * a year ago. A window with fewer than 3 weeks of data is 'not_enough_data'. The default
 * threshold means a change of under 0.4 points over 8 weeks on a 1–10 scale reads as steady;
 * pass a different one for other scales.
 */
export function trendOf(
  series: readonly WeeklyValue[],
  options?: { windowWeeks?: number; minMeaningfulSlope?: number },
): { direction: TrendDirection; slopePerWeek: number | null } {
  const windowWeeks = options?.windowWeeks ?? 8;
  const minMeaningfulSlope = options?.minMeaningfulSlope ?? 0.05;
  const sorted = sortByWeek(series);
  const last = sorted.at(-1);
  if (!last) return { direction: 'not_enough_data', slopePerWeek: null };
  // The list is sorted by week, so the weeks inside the window are its tail: walk back from
  // the end instead of measuring every week of a long history.
  const lastDay = dayNumberOf(last.weekStart);
  let first = sorted.length;
  while (first > 0) {
    const week = sorted[first - 1] as WeeklyValue;
    if (!((lastDay - dayNumberOf(week.weekStart)) / 7 < windowWeeks)) break;
    first -= 1;
  }
  const recent = sorted.slice(first);
  const slopePerWeek = robustSlope(recent);
  if (slopePerWeek === null) return { direction: 'not_enough_data', slopePerWeek: null };
  if (Math.abs(slopePerWeek) < minMeaningfulSlope) return { direction: 'steady', slopePerWeek };
  return { direction: slopePerWeek > 0 ? 'rising' : 'falling', slopePerWeek };
}

/**
 * Exponentially weighted moving average for display smoothing (alpha default 0.3: the newest
 * week carries 30 % of the weight).
 *
 * The first week starts the average. After a gap of g weeks without data the newest week gets
 * weight 1 − (1 − alpha)^g, the weight it would have earned had the missing weeks been there, so
 * an old level does not linger across a long gap. Values stay in the same units; counts are the
 * week's own count. alpha must be in (0, 1].
 */
export function smooth(series: readonly WeeklyValue[], alpha = 0.3): WeeklyValue[] {
  if (!(alpha > 0 && alpha <= 1)) throw new RangeError(`alpha must be in (0, 1], got ${alpha}`);
  const result: WeeklyValue[] = [];
  let previous: WeeklyValue | undefined;
  for (const week of sortByWeek(series)) {
    if (!previous) {
      previous = { ...week };
    } else {
      const gapWeeks = Math.max(1, weeksBetween(previous.weekStart, week.weekStart));
      const weight = 1 - (1 - alpha) ** gapWeeks;
      previous = {
        weekStart: week.weekStart,
        value: weight * week.value + (1 - weight) * previous.value,
        count: week.count,
      };
    }
    result.push(previous);
  }
  return result;
}
