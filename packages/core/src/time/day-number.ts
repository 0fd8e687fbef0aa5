import type { LocalDate } from './local-date.js';

/**
 * Calendar arithmetic on day numbers: whole days since 1970-01-01 in the proleptic Gregorian
 * calendar (1970-01-01 is 0, 1969-12-31 is −1).
 *
 * The metrics walk years of daily data, and a `Date` round trip per point (parse, build an
 * object, format it back) cost more than all of the statistics around it. Integers make adding,
 * comparing and bucketing dates single machine operations; a date is parsed once and formatted
 * only where a `LocalDate` is handed back. The conversions are Howard Hinnant's
 * days_from_civil / civil_from_days (https://howardhinnant.github.io/date_algorithms.html),
 * exact for every Gregorian date; Amend's dates (YYYY-MM-DD) span years 0100–9999.
 */

/** A calendar date split into its parts; month and day start at 1. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

// The Gregorian calendar repeats every 400 years, which are exactly 146,097 days.
const DAYS_PER_ERA = 146_097;
// Day number of 0000-03-01: the algorithms count from a March 1st so leap days fall last.
const EPOCH_SHIFT = 719_468;
// 1970-01-05, day 4, was a Monday; ISO weeks start on Mondays.
const FIRST_MONDAY = 4;
const CHAR_CODE_ZERO = 48;

/** The day number of a civil date (month 1–12, day 1–31; no range check). */
export function dayNumberFromCivil(year: number, month: number, day: number): number {
  const marchYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(marchYear / 400);
  const yearOfEra = marchYear - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_ERA + dayOfEra - EPOCH_SHIFT;
}

/** The civil date of a day number. */
export function civilFromDayNumber(dayNumber: number): CivilDate {
  const shifted = dayNumber + EPOCH_SHIFT;
  const era = Math.floor(shifted / DAYS_PER_ERA);
  const dayOfEra = shifted - era * DAYS_PER_ERA;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in the month (1–12) of the year, leap years included. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The day number of a LocalDate. Reads the digits straight from the string, without a regular
 * expression or a split, because this runs once per data point; the date is trusted to be a
 * valid YYYY-MM-DD, as the LocalDate type promises (parseLocalDate checks text from outside).
 */
export function dayNumberOf(date: LocalDate): number {
  const year =
    (date.charCodeAt(0) - CHAR_CODE_ZERO) * 1000 +
    (date.charCodeAt(1) - CHAR_CODE_ZERO) * 100 +
    (date.charCodeAt(2) - CHAR_CODE_ZERO) * 10 +
    (date.charCodeAt(3) - CHAR_CODE_ZERO);
  const month = (date.charCodeAt(5) - CHAR_CODE_ZERO) * 10 + (date.charCodeAt(6) - CHAR_CODE_ZERO);
  const day = (date.charCodeAt(8) - CHAR_CODE_ZERO) * 10 + (date.charCodeAt(9) - CHAR_CODE_ZERO);
  return dayNumberFromCivil(year, month, day);
}

const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));

/** The LocalDate (YYYY-MM-DD) of a day number; years are written with four digits. */
export function localDateFromDayNumber(dayNumber: number): LocalDate {
  const { year, month, day } = civilFromDayNumber(dayNumber);
  const yearText = year >= 1000 ? String(year) : String(year).padStart(4, '0');
  return `${yearText}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}` as LocalDate;
}

/** The day number of the Monday that starts the ISO week containing the day. */
export function mondayOfWeek(dayNumber: number): number {
  // Double modulo so days before the reference Monday (negative offsets) still give 0–6.
  const daysSinceMonday = (((dayNumber - FIRST_MONDAY) % 7) + 7) % 7;
  return dayNumber - daysSinceMonday;
}
