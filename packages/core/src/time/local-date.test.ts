import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  isValidTimeZone,
  type LocalDate,
  localDateOf,
  parseLocalDate,
} from './local-date.js';

describe('local dates', () => {
  it('accepts real calendar dates and rejects impossible ones', () => {
    expect(parseLocalDate('2024-02-29')).toBe('2024-02-29');
    expect(parseLocalDate('2025-02-29')).toBeNull();
    expect(parseLocalDate('2026-13-01')).toBeNull();
    expect(parseLocalDate('26-01-01')).toBeNull();
  });

  it('gives the calendar date a person sees in their own time zone', () => {
    const instant = new Date('2026-03-01T02:30:00Z');
    expect(localDateOf(instant, 'Europe/London')).toBe('2026-03-01');
    expect(localDateOf(instant, 'America/Los_Angeles')).toBe('2026-02-28');
    expect(localDateOf(instant, 'Pacific/Kiritimati')).toBe('2026-03-01');
  });

  it('knows real time zones and rejects made-up ones', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });

  it('addDays and daysBetween are inverses for any date and offset', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1970-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }),
        fc.integer({ min: -20_000, max: 20_000 }),
        (instant, offset) => {
          const start = localDateOf(instant, 'UTC');
          expect(daysBetween(start, addDays(start, offset))).toBe(offset);
        },
      ),
    );
  });
});

// The Date-based definitions these functions had before they moved to day numbers.
const MS_PER_DAY = 86_400_000;
function dateBasedParse(text: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = new Date(Date.UTC(year, month - 1, day));
  const real =
    utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day;
  return real ? text : null;
}
const dateBasedDayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY;
const dateBasedAddDays = (date: string, days: number) =>
  new Date((dateBasedDayNumber(date) + days) * MS_PER_DAY).toISOString().slice(0, 10);

const digits = (length: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length });
/** Date-shaped text, most of it impossible: months and days 00–39, years 0000–9999. */
const dateShapedText = fc
  .tuple(digits(4), fc.integer({ min: 0, max: 39 }), fc.integer({ min: 0, max: 39 }))
  .map(
    ([year, month, day]) =>
      `${year.join('')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
  );
/** Real dates from 1600 to 2400, weighted towards leap days and the turn of the year. */
const realDate = fc.oneof(
  fc.integer({ min: -135_000, max: 157_000 }).map((day) => d(dateBasedAddDays('1970-01-01', day))),
  fc
    .tuple(fc.integer({ min: 400, max: 599 }), fc.constantFrom('02-28', '02-29', '03-01'))
    .map(([quarter, monthDay]) => parseLocalDate(`${quarter * 4}-${monthDay}`))
    .filter((date): date is LocalDate => date !== null),
  fc
    .tuple(fc.integer({ min: 1600, max: 2399 }), fc.constantFrom('12-30', '12-31'))
    .map(([year, monthDay]) => d(`${year}-${monthDay}`)),
);
function d(text: string): LocalDate {
  return text as LocalDate;
}

describe('local dates on day numbers', () => {
  it('accept exactly the dates the Date-based check accepted', () => {
    expect(parseLocalDate('0026-01-01')).toBeNull(); // a typo for 2026, refused as before
    expect(parseLocalDate('1900-02-29')).toBeNull();
    expect(parseLocalDate('2000-02-29')).toBe('2000-02-29');
    fc.assert(
      fc.property(dateShapedText, (text) => {
        expect(parseLocalDate(text)).toBe(dateBasedParse(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('add and count days exactly as Date arithmetic did, across leap days and year ends', () => {
    expect(addDays(d('2024-02-28'), 1)).toBe('2024-02-29');
    expect(addDays(d('2100-02-28'), 1)).toBe('2100-03-01');
    expect(addDays(d('2025-12-31'), 1)).toBe('2026-01-01');
    fc.assert(
      fc.property(realDate, fc.integer({ min: -3_000, max: 3_000 }), (date, days) => {
        expect(addDays(date, days)).toBe(dateBasedAddDays(date, days));
        expect(daysBetween(date, addDays(date, days))).toBe(
          dateBasedDayNumber(dateBasedAddDays(date, days)) - dateBasedDayNumber(date),
        );
      }),
    );
  });

  it('refuse to add a day count that is not a number', () => {
    expect(() => addDays(d('2026-01-01'), Number.NaN)).toThrow(RangeError);
  });

  it('gives the same local date from its kept formatters, whichever zone was asked before', () => {
    const zones = ['Europe/London', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Kolkata'];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...zones), fc.integer({ min: 0, max: 4e12 }))),
        (asks) => {
          for (const [zone, ms] of asks) {
            const fresh = new Intl.DateTimeFormat('en-CA', {
              timeZone: zone,
              year: 'numeric',
              month: '2-digit',
              day: '2-digit',
            });
            expect(localDateOf(new Date(ms), zone)).toBe(fresh.format(new Date(ms)));
          }
        },
      ),
      { numRuns: 50 },
    );
  });
});
