import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  civilFromDayNumber,
  dayNumberFromCivil,
  dayNumberOf,
  daysInMonth,
  isLeapYear,
  localDateFromDayNumber,
  mondayOfWeek,
} from './day-number.js';
import type { LocalDate } from './local-date.js';

// The Date-based definitions the day numbers replace. setUTCFullYear is used rather than
// Date.UTC because Date.UTC reads years 0–99 as 1900–1999.
const MS_PER_DAY = 86_400_000;
function dateOfCivil(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}
const referenceDayNumber = (year: number, month: number, day: number) =>
  dateOfCivil(year, month, day).getTime() / MS_PER_DAY;
const referenceLocalDate = (dayNumber: number) =>
  new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
const referenceDaysInMonth = (year: number, month: number) =>
  dateOfCivil(year, month + 1, 0).getUTCDate();

// Amend's dates: 0100-01-01 to 9999-12-31.
const FIRST_DAY = referenceDayNumber(100, 1, 1);
const LAST_DAY = referenceDayNumber(9999, 12, 31);
const anyYear = fc.integer({ min: 100, max: 9998 });
/** Any day, with extra weight on the days that break calendar code: year ends and leap days. */
const anyDayNumber = fc.oneof(
  fc.integer({ min: FIRST_DAY, max: LAST_DAY }),
  fc
    .tuple(anyYear, fc.integer({ min: -3, max: 3 }))
    .map(([year, offset]) => referenceDayNumber(year + 1, 1, 1) + offset),
  // Multiples of 4 include the century years, where 1900 has no 29 February and 2000 has one.
  fc
    .tuple(fc.integer({ min: 25, max: 2499 }), fc.integer({ min: -2, max: 2 }))
    .map(([quarter, offset]) => referenceDayNumber(quarter * 4, 2, 29) + offset),
);
const anyCivilDate = fc
  .tuple(anyYear, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
  .map(([year, month, day]) => ({
    year,
    month,
    day: Math.min(day, referenceDaysInMonth(year, month)),
  }));

describe('day numbers', () => {
  it('count days from 1970-01-01 across leap days, century years and year ends', () => {
    expect(dayNumberFromCivil(1970, 1, 1)).toBe(0);
    expect(dayNumberFromCivil(1969, 12, 31)).toBe(-1);
    expect(dayNumberFromCivil(2000, 3, 1) - dayNumberFromCivil(2000, 2, 28)).toBe(2);
    expect(dayNumberFromCivil(1900, 3, 1) - dayNumberFromCivil(1900, 2, 28)).toBe(1);
    expect(localDateFromDayNumber(dayNumberFromCivil(2024, 12, 31) + 1)).toBe('2025-01-01');
    expect(localDateFromDayNumber(dayNumberFromCivil(100, 1, 1))).toBe('0100-01-01');
  });

  it('agree with Date for every civil date', () => {
    fc.assert(
      fc.property(anyCivilDate, ({ year, month, day }) => {
        expect(dayNumberFromCivil(year, month, day)).toBe(referenceDayNumber(year, month, day));
      }),
    );
  });

  it('turn back into the same civil date and YYYY-MM-DD text that Date gives', () => {
    fc.assert(
      fc.property(anyDayNumber, (dayNumber) => {
        const date = new Date(dayNumber * MS_PER_DAY);
        expect(civilFromDayNumber(dayNumber)).toEqual({
          year: date.getUTCFullYear(),
          month: date.getUTCMonth() + 1,
          day: date.getUTCDate(),
        });
        const text = localDateFromDayNumber(dayNumber);
        expect(text).toBe(referenceLocalDate(dayNumber));
        expect(dayNumberOf(text)).toBe(dayNumber);
      }),
    );
  });

  it('read a LocalDate the way Date reads it', () => {
    fc.assert(
      fc.property(anyCivilDate, ({ year, month, day }) => {
        const text = referenceLocalDate(referenceDayNumber(year, month, day)) as LocalDate;
        expect(dayNumberOf(text)).toBe(referenceDayNumber(year, month, day));
      }),
    );
  });

  it('know the length of every month and which years are leap years', () => {
    expect([1900, 2000, 2024, 2025].map(isLeapYear)).toEqual([false, true, true, false]);
    fc.assert(
      fc.property(anyYear, fc.integer({ min: 1, max: 12 }), (year, month) => {
        expect(daysInMonth(year, month)).toBe(referenceDaysInMonth(year, month));
        expect(isLeapYear(year)).toBe(referenceDaysInMonth(year, 2) === 29);
      }),
    );
  });

  it('find the Monday that starts the ISO week, before 1970 as well as after', () => {
    expect(localDateFromDayNumber(mondayOfWeek(0))).toBe('1969-12-29');
    fc.assert(
      fc.property(anyDayNumber, (dayNumber) => {
        const monday = mondayOfWeek(dayNumber);
        expect(new Date(monday * MS_PER_DAY).getUTCDay()).toBe(1);
        expect(dayNumber - monday).toBeGreaterThanOrEqual(0);
        expect(dayNumber - monday).toBeLessThanOrEqual(6);
      }),
    );
  });
});
