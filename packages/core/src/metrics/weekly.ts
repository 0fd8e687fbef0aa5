import { addDays, daysBetween, type LocalDate } from '../time/local-date.js';
import { sortByWeek } from './stats.js';

/** One observation on a person's own calendar day (a rating, a count, a score). */
export interface DatedValue {
  date: LocalDate;
  value: number;
}

/** One ISO week of observations: the mean value and how many observations made it. */
export interface WeeklyValue {
  weekStart: LocalDate;
  value: number;
  count: number;
}

// 1970-01-05 was a Monday; any known Monday works as the reference for the day of the week.
const REFERENCE_MONDAY = '1970-01-05' as LocalDate;

/**
 * Monday of the ISO week containing `date` (dates are already in the person's own time zone).
 * Weeks start on Monday because check-ins and reports are weekly and ISO weeks are what
 * therapists' calendars and most of the world use.
 */
export function weekStartOf(date: LocalDate): LocalDate {
  const offset = daysBetween(REFERENCE_MONDAY, date);
  // Double modulo so dates before the reference (negative offsets) still give 0–6.
  const dayOfWeek = ((offset % 7) + 7) % 7;
  return addDays(date, -dayOfWeek);
}

/**
 * Mean per ISO week, sorted by week, weeks without data omitted. Non-finite values (NaN,
 * Infinity) are skipped so one bad entry cannot poison a whole week; a week whose only entries
 * were skipped is omitted like any other week without data.
 */
export function aggregateWeekly(points: readonly DatedValue[]): WeeklyValue[] {
  const sums = new Map<LocalDate, { sum: number; count: number }>();
  for (const point of points) {
    if (!Number.isFinite(point.value)) continue;
    const week = weekStartOf(point.date);
    const bucket = sums.get(week);
    if (bucket) {
      bucket.sum += point.value;
      bucket.count += 1;
    } else {
      sums.set(week, { sum: point.value, count: 1 });
    }
  }
  const weeks: WeeklyValue[] = [];
  for (const [weekStart, { sum, count }] of sums) {
    weeks.push({ weekStart, value: sum / count, count });
  }
  return sortByWeek(weeks);
}
