import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  isValidTimeZone,
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
