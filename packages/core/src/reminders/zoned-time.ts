import { dayNumberFromCivil, dayNumberOf, localDateFromDayNumber } from '../time/day-number.js';
import type { LocalDate } from '../time/local-date.js';

/**
 * Wall-clock time in an IANA time zone, and back. Reminders are chosen as "Sunday at 19:00 where
 * I live", so the instant they fire must be worked out for each date: offsets change twice a year
 * in many zones, and a wall time can be skipped (spring forward) or happen twice (fall back).
 */

export const MINUTES_PER_DAY = 24 * 60;
const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = MINUTES_PER_DAY * MS_PER_MINUTE;

/** A local calendar date and a time of day in minutes after midnight (0–1439). */
export interface WallTime {
  readonly date: LocalDate;
  readonly minuteOfDay: number;
}

// Building a formatter loads zone data and is far dearer than using one, so each zone's is kept.
const partFormatters = new Map<string, Intl.DateTimeFormat>();

function partFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Milliseconds since the epoch of the wall clock shown at `instantMs`, read as if it were UTC. */
function wallClockMs(instantMs: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of partFormatter(timeZone).formatToParts(instantMs)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const day = dayNumberFromCivil(parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1);
  const seconds = (parts.hour ?? 0) * 3600 + (parts.minute ?? 0) * 60 + (parts.second ?? 0);
  return day * MS_PER_DAY + seconds * 1000;
}

/** The zone's offset from UTC at an instant, in milliseconds (east of Greenwich is positive). */
export function utcOffsetMs(instant: Date, timeZone: string): number {
  // Whole seconds only: Intl shows no milliseconds, so they are set aside and added back.
  const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000;
  return wallClockMs(wholeSeconds, timeZone) - wholeSeconds;
}

/** The wall time (date and minute) a person in `timeZone` sees at `instant`. */
export function wallTimeOf(instant: Date, timeZone: string): WallTime {
  const wall = wallClockMs(Math.floor(instant.getTime() / 1000) * 1000, timeZone);
  const dayNumber = Math.floor(wall / MS_PER_DAY);
  const minuteOfDay = Math.floor((wall - dayNumber * MS_PER_DAY) / MS_PER_MINUTE);
  return { date: localDateFromDayNumber(dayNumber), minuteOfDay };
}

/**
 * The instant a wall time happens in `timeZone`.
 *
 * - When the wall time happens twice (the hour repeated when clocks go back), the first one is
 *   taken, so a reminder at 01:30 on that day fires once, at the first 01:30.
 * - When it never happens (the hour skipped when clocks go forward), it is moved later by the
 *   length of the gap, so 02:30 becomes 03:30: the reminder still fires that day, once.
 *
 * These are the same choices as Temporal's `disambiguation: 'compatible'` and RFC 5545.
 */
export function instantOfWallTime(wall: WallTime, timeZone: string): Date {
  const wallMs = dayNumberOf(wall.date) * MS_PER_DAY + wall.minuteOfDay * MS_PER_MINUTE;
  // Zones change offset at most a few times a year, so the offsets a day either side cover
  // both readings of an ambiguous or skipped time.
  const offsetBefore = utcOffsetMs(new Date(wallMs - MS_PER_DAY), timeZone);
  const offsetAfter = utcOffsetMs(new Date(wallMs + MS_PER_DAY), timeZone);
  const candidates = [wallMs - offsetBefore, wallMs - offsetAfter]
    .filter((instantMs) => wallClockMs(instantMs, timeZone) === wallMs)
    .sort((a, b) => a - b);
  const earliest = candidates[0];
  if (earliest !== undefined) return new Date(earliest);
  // Skipped: read the wall time with the offset in force before the jump, which lands after it.
  return new Date(wallMs - offsetBefore);
}

/** ISO weekday of a local date: 1 is Monday, 7 is Sunday. */
export function isoWeekdayOf(date: LocalDate): number {
  // Day 0, 1970-01-01, was a Thursday (ISO weekday 4).
  return ((((dayNumberOf(date) + 3) % 7) + 7) % 7) + 1;
}
