import { dayNumberOf, localDateFromDayNumber, mondayOfWeek } from '../time/day-number.js';
import type { LocalDate } from '../time/local-date.js';

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

/**
 * Monday of the ISO week containing `date` (dates are already in the person's own time zone).
 * Weeks start on Monday because check-ins and reports are weekly and ISO weeks are what
 * therapists' calendars and most of the world use.
 */
export function weekStartOf(date: LocalDate): LocalDate {
  const day = dayNumberOf(date);
  const monday = mondayOfWeek(day);
  // A Monday is its own week start: hand the same string back instead of building a new one.
  return monday === day ? date : localDateFromDayNumber(monday);
}

// Every time zone's offset from UTC lies between −12 h and +14 h (Etc/GMT+12, Pacific/Kiritimati);
// an hour's margin on each side keeps this true if a zone ever moves a little further out.
const WESTMOST_OFFSET_MS = -13 * 3_600_000;
const EASTMOST_OFFSET_MS = 15 * 3_600_000;

/**
 * The ISO week (its Monday) current at `instant` in every time zone at once, or null around the
 * turn of a week (about 28 hours from Sunday to Monday UTC), when some zones are already in the
 * next week. A local date only moves forward with the offset, so the two extremes agreeing
 * means every zone between them agrees; a caller can then use the week before knowing whose it
 * is (the check-in change does, to save a round trip), and must ask the person's own zone
 * (`weekStartOf(localDateOf(...))`) when this is null.
 */
export function weekEverywhere(instant: Date): LocalDate | null {
  const utcDay = (offsetMs: number) => Math.floor((instant.getTime() + offsetMs) / 86_400_000);
  const westmost = mondayOfWeek(utcDay(WESTMOST_OFFSET_MS));
  const eastmost = mondayOfWeek(utcDay(EASTMOST_OFFSET_MS));
  return westmost === eastmost ? localDateFromDayNumber(westmost) : null;
}

/**
 * Mean per ISO week, sorted by week, weeks without data omitted. Non-finite values (NaN,
 * Infinity) are skipped so one bad entry cannot poison a whole week; a week whose only entries
 * were skipped is omitted like any other week without data.
 */
export function aggregateWeekly(points: readonly DatedValue[]): WeeklyValue[] {
  // Weeks are keyed by their Monday's day number, so a point costs one parse and no Date.
  // Daily data arrives mostly in date order, so the last point's week is checked before the
  // map, and the weeks come out already sorted unless a point arrived out of order.
  const byMonday = new Map<number, WeekSum>();
  const weeks: WeekSum[] = [];
  let inOrder = true;
  let last: WeekSum | undefined;
  for (const point of points) {
    if (!Number.isFinite(point.value)) continue;
    const day = dayNumberOf(point.date);
    const monday = mondayOfWeek(day);
    let week = last !== undefined && last.monday === monday ? last : byMonday.get(monday);
    if (week) {
      week.sum += point.value;
      week.count += 1;
    } else {
      week = { monday, mondayText: undefined, sum: point.value, count: 1 };
      const latestWeek = weeks[weeks.length - 1];
      if (latestWeek !== undefined && monday < latestWeek.monday) inOrder = false;
      byMonday.set(monday, week);
      weeks.push(week);
    }
    // A point on the Monday itself already spells the week start; reuse it rather than format.
    if (day === monday) week.mondayText = point.date;
    last = week;
  }
  if (!inOrder) weeks.sort((x, y) => x.monday - y.monday);
  return weeks.map(({ monday, mondayText, sum, count }) => ({
    weekStart: mondayText ?? localDateFromDayNumber(monday),
    value: sum / count,
    count,
  }));
}

interface WeekSum {
  monday: number;
  mondayText: LocalDate | undefined;
  sum: number;
  count: number;
}
