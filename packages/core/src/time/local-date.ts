import type { Brand } from '../brand.js';
import { dayNumberOf, daysInMonth, localDateFromDayNumber } from './day-number.js';

/** A calendar date (YYYY-MM-DD) as a person sees it in their own time zone. */
export type LocalDate = Brand<string, 'LocalDate'>;

const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
// Years before 0100 are refused: a typo such as 0026 for 2026 should be caught, not stored.
const FIRST_ACCEPTED_YEAR = 100;

/** Parses YYYY-MM-DD and rejects impossible dates such as 2026-02-30. */
export function parseLocalDate(text: string): LocalDate | null {
  const match = LOCAL_DATE_PATTERN.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < FIRST_ACCEPTED_YEAR || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return text as LocalDate;
}

/** True when the IANA time zone name is known to this runtime's Intl data. */
export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone.length === 0 || timeZone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

// Building an Intl.DateTimeFormat loads time-zone data and costs far more than formatting with
// one, so each zone's formatter is made once. The cache is bounded by the number of IANA zones.
const dateFormatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of an instant for someone living in `timeZone`. */
export function localDateOf(instant: Date, timeZone: string): LocalDate {
  let formatter = dateFormatters.get(timeZone);
  if (!formatter) {
    // en-CA formats as YYYY-MM-DD, which is exactly the ISO calendar date we want.
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dateFormatters.set(timeZone, formatter);
  }
  return formatter.format(instant) as LocalDate;
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return dayNumberOf(to) - dayNumberOf(from);
}

/** The date `days` calendar days after `date` (a fractional count is rounded down). */
export function addDays(date: LocalDate, days: number): LocalDate {
  if (!Number.isFinite(days)) throw new RangeError(`addDays needs a finite day count, got ${days}`);
  return localDateFromDayNumber(Math.floor(dayNumberOf(date) + days));
}
