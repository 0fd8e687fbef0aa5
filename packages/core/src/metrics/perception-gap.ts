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
  // Both series sorted by week (stably, so a repeated week's entries keep their order) and
  // walked side by side: no map keyed by date strings, and nothing to sort at the end.
  const aWeeks = lastEntryPerWeek(sortByWeek(a));
  const bWeeks = lastEntryPerWeek(sortByWeek(b));
  const gaps: GapPoint[] = [];
  let j = 0;
  for (const week of aWeeks) {
    while (j < bWeeks.length && (bWeeks[j] as WeeklyValue).weekStart < week.weekStart) j += 1;
    const other = bWeeks[j];
    if (other === undefined || other.weekStart !== week.weekStart) continue;
    gaps.push({
      weekStart: week.weekStart,
      a: week.value,
      b: other.value,
      gap: week.value - other.value,
    });
  }
  return gaps;
}

/** A week-sorted series with each repeated week reduced to its last entry. */
function lastEntryPerWeek(sorted: WeeklyValue[]): WeeklyValue[] {
  const unique: WeeklyValue[] = [];
  for (const week of sorted) {
    if (unique.length > 0 && unique[unique.length - 1]?.weekStart === week.weekStart) {
      unique[unique.length - 1] = week;
    } else {
      unique.push(week);
    }
  }
  return unique;
}
