import { dayNumberOf, localDateFromDayNumber } from '../time/day-number.js';
import type { LocalDate } from '../time/local-date.js';
import {
  instantOfWallTime,
  isoWeekdayOf,
  MINUTES_PER_DAY,
  type WallTime,
  wallTimeOf,
} from './zoned-time.js';

/** A weekly rhythm chosen by a person: ISO weekday (1 Monday … 7 Sunday) and minute of day. */
export interface WeeklyTime {
  readonly weekday: number;
  readonly minuteOfDay: number;
}

/**
 * Hours in which a person wants no reminders, as wall times in their own zone. `startMinute`
 * is when the quiet begins and `endMinute` when it ends; a span that wraps midnight (22:00 to
 * 07:00) is the usual case. Equal start and end means no quiet hours.
 */
export interface QuietHours {
  readonly startMinute: number;
  readonly endMinute: number;
}

/** One planned reminder: when it fires, and the local occurrence it belongs to. */
export interface PlannedReminder {
  readonly at: Date;
  /**
   * The local date of the occurrence the reminder is for (the Sunday of "Sundays at 19:00").
   * Jobs are keyed by it, so an occurrence is sent once however often it is planned again.
   */
  readonly occurrenceDate: LocalDate;
}

export function isMinuteOfDay(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value < MINUTES_PER_DAY;
}

/** True when a wall minute falls inside the quiet hours (start included, end excluded). */
export function isInQuietHours(minuteOfDay: number, quiet: QuietHours | null): boolean {
  if (!quiet || quiet.startMinute === quiet.endMinute) return false;
  if (quiet.startMinute < quiet.endMinute) {
    return minuteOfDay >= quiet.startMinute && minuteOfDay < quiet.endMinute;
  }
  return minuteOfDay >= quiet.startMinute || minuteOfDay < quiet.endMinute;
}

/**
 * Moves an instant that falls in quiet hours to the moment they end (later the same night or
 * the next morning); any other instant is returned as it is. Used for routine reminders, which
 * are better late than waking someone.
 */
export function afterQuietHours(instant: Date, quiet: QuietHours | null, timeZone: string): Date {
  const wall = wallTimeOf(instant, timeZone);
  if (!quiet || !isInQuietHours(wall.minuteOfDay, quiet)) return instant;
  // The quiet hours end today unless they wrapped past midnight and we are before midnight.
  const endsTomorrow = quiet.startMinute > quiet.endMinute && wall.minuteOfDay >= quiet.startMinute;
  const endDate = endsTomorrow ? localDateFromDayNumber(dayNumberOf(wall.date) + 1) : wall.date;
  const end = instantOfWallTime({ date: endDate, minuteOfDay: quiet.endMinute }, timeZone);
  // A clock change inside the quiet hours can put "the end" before the instant; never go back.
  // When clocks go forward over the end itself, `end` is the moment of the change; if the waking
  // window was shorter than the skipped hour, that moment already reads as the next night's
  // quiet hours. It is still the first instant after these quiet hours, so it is kept: waiting
  // for the next night's end would make a routine reminder a day late.
  return end.getTime() > instant.getTime() ? end : instant;
}

/**
 * Moves an instant that falls in quiet hours to the moment they began; any other instant is
 * returned as it is. Used for reminders ahead of an appointment, which must not arrive late.
 */
export function beforeQuietHours(instant: Date, quiet: QuietHours | null, timeZone: string): Date {
  const wall = wallTimeOf(instant, timeZone);
  if (!quiet || !isInQuietHours(wall.minuteOfDay, quiet)) return instant;
  const beganYesterday = quiet.startMinute > quiet.endMinute && wall.minuteOfDay < quiet.endMinute;
  const startDate = beganYesterday ? localDateFromDayNumber(dayNumberOf(wall.date) - 1) : wall.date;
  const start = instantOfWallTime({ date: startDate, minuteOfDay: quiet.startMinute }, timeZone);
  return start.getTime() < instant.getTime() ? start : instant;
}

/**
 * The first occurrence of a weekly time strictly after `after`, in the person's zone, moved out
 * of their quiet hours. Occurrences are found by local date (so 19:00 stays 19:00 across a clock
 * change) and the local date is returned with the instant for keying the job.
 */
export function nextWeeklyReminder(
  weekly: WeeklyTime,
  after: Date,
  timeZone: string,
  quiet: QuietHours | null = null,
): PlannedReminder {
  const today = dayNumberOf(wallTimeOf(after, timeZone).date);
  // Two weeks always holds the next occurrence, even when today's has already passed.
  for (let offset = 0; offset < 15; offset += 1) {
    const date = localDateFromDayNumber(today + offset);
    if (isoWeekdayOf(date) !== weekly.weekday) continue;
    const planned = instantOfWallTime({ date, minuteOfDay: weekly.minuteOfDay }, timeZone);
    if (planned.getTime() <= after.getTime()) continue;
    return { at: afterQuietHours(planned, quiet, timeZone), occurrenceDate: date };
  }
  throw new RangeError(`weekday ${weekly.weekday} is not an ISO weekday (1–7)`);
}

/**
 * A reminder on a calendar date (a questionnaire due, an agreement to review) at the person's
 * chosen minute of that day, moved out of quiet hours.
 */
export function reminderOnDate(
  wall: WallTime,
  timeZone: string,
  quiet: QuietHours | null = null,
): PlannedReminder {
  return {
    at: afterQuietHours(instantOfWallTime(wall, timeZone), quiet, timeZone),
    occurrenceDate: wall.date,
  };
}

/**
 * A reminder `leadMinutes` before an appointment (a therapy session), brought forward out of
 * quiet hours so it never arrives after the appointment has begun.
 */
export function reminderBefore(
  startsAt: Date,
  leadMinutes: number,
  timeZone: string,
  quiet: QuietHours | null = null,
): PlannedReminder {
  const planned = new Date(startsAt.getTime() - leadMinutes * 60_000);
  return {
    at: beforeQuietHours(planned, quiet, timeZone),
    occurrenceDate: wallTimeOf(startsAt, timeZone).date,
  };
}
