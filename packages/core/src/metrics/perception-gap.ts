import type { LocalDate } from '../time/local-date.js';
import { sortByWeek } from './stats.js';
import type { WeeklyValue } from './weekly.js';

/** One week both partners rated, and how far apart they were (gap = a − b). */
export interface GapPoint {
  weekStart: LocalDate;
  a: number;
  b: number;
  gap: number;
}

/**
 * Weeks both rated, with the difference. Swapping a and b flips every gap's sign.
 *
 * Only weeks both partners rated are compared: filling a missing week would invent a rating
 * someone did not give. Sorted by week. Each series is expected to have one value per week (as
 * aggregateWeekly returns); if a week appears twice, its last entry is used.
 */
export function perceptionGap(a: readonly WeeklyValue[], b: readonly WeeklyValue[]): GapPoint[] {
  const bByWeek = new Map<LocalDate, number>();
  for (const week of b) bByWeek.set(week.weekStart, week.value);
  const aByWeek = new Map<LocalDate, WeeklyValue>();
  for (const week of a) aByWeek.set(week.weekStart, week);
  const gaps: GapPoint[] = [];
  for (const week of sortByWeek([...aByWeek.values()])) {
    const bValue = bByWeek.get(week.weekStart);
    if (bValue === undefined) continue;
    gaps.push({ weekStart: week.weekStart, a: week.value, b: bValue, gap: week.value - bValue });
  }
  return gaps;
}
