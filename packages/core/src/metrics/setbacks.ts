import type { LocalDate } from '../time/local-date.js';
import { median, medianAbsoluteDeviation, sortByWeek } from './stats.js';
import type { WeeklyValue } from './weekly.js';

/** A week that fell clearly below the recent level. */
export interface Setback {
  weekStart: LocalDate;
  value: number;
  /** The recent level: the median of the previous weeks with data. */
  expected: number;
  /** expected − value, always positive. */
  drop: number;
}

// 1.4826 × MAD estimates a standard deviation for normally distributed noise, without letting
// a single earlier dip inflate the noise estimate the way a plain standard deviation would.
const MAD_TO_SD = 1.4826;

/**
 * A week whose value falls below the median of the previous `lookbackWeeks` (default 4) by more
 * than max(minDrop (default 1.5 on a 1–10 scale), k (default 2.5) × robust noise (1.4826 × MAD
 * of week-to-week differences of the previous weeks)). Needs ≥ 3 previous weeks.
 *
 * Rules and why:
 * - "Previous weeks" are the previous weeks with data (weeks without data are skipped), because
 *   self-reports have gaps and a setback after a quiet spell is still worth seeing.
 * - Noise comes from week-to-week differences, so a steady climb does not count as noise while
 *   a partner whose ratings naturally swing needs a bigger fall before it is called a setback.
 * - minDrop keeps a perfectly even history (zero noise) from flagging a tiny dip.
 * - A setback marks the week of the fall: the value must also be below the previous week's.
 *   A week that stays at, or climbs back from, a lowered level continues the same episode and
 *   is not reported again, so repeating last week's value never creates a new setback.
 *
 * Setbacks are shown as part of the path, never as failure; this only finds them.
 */
export function detectSetbacks(
  series: readonly WeeklyValue[],
  options?: { lookbackWeeks?: number; minDrop?: number; k?: number },
): Setback[] {
  const lookbackWeeks = options?.lookbackWeeks ?? 4;
  const minDrop = options?.minDrop ?? 1.5;
  const k = options?.k ?? 2.5;
  const weeks = sortByWeek(series);
  const values = weeks.map((week) => week.value);
  const setbacks: Setback[] = [];
  for (let i = 3; i < weeks.length; i += 1) {
    const week = weeks[i];
    const lastWeek = weeks[i - 1];
    if (!week || !lastWeek || week.value >= lastWeek.value) continue;
    const previous = values.slice(Math.max(0, i - lookbackWeeks), i);
    if (previous.length < 3) continue;
    const expected = median(previous);
    const drop = expected - week.value;
    // A drop within minDrop is never a setback whatever the noise, so most weeks stop here
    // without estimating it.
    if (!(drop > minDrop)) continue;
    const differences = previous.slice(1).map((value, j) => value - (previous[j] ?? value));
    const noise = MAD_TO_SD * medianAbsoluteDeviation(differences);
    if (drop > Math.max(minDrop, k * noise)) {
      setbacks.push({ weekStart: week.weekStart, value: week.value, expected, drop });
    }
  }
  return setbacks;
}
