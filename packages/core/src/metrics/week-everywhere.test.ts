import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDateOf } from '../time/local-date.js';
import { weekEverywhere, weekStartOf } from './weekly.js';

// Every zone this runtime knows, and the two furthest from UTC by name (the list leaves Etc/ out).
const ZONES = [...Intl.supportedValuesOf('timeZone'), 'Etc/GMT+12', 'Pacific/Kiritimati', 'UTC'];

describe('weekEverywhere', () => {
  it('is the week of every time zone whenever it is not null', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }),
        (instant) => {
          const week = weekEverywhere(instant);
          if (week === null) return;
          for (const zone of ZONES) expect(weekStartOf(localDateOf(instant, zone))).toBe(week);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is null only around the turn of the week, Sunday 09:00 to Monday 13:00 UTC', () => {
    expect(weekEverywhere(new Date('2026-12-04T22:00:00Z'))).toBe('2026-11-30'); // Friday
    expect(weekEverywhere(new Date('2026-12-06T08:59:59Z'))).toBe('2026-11-30'); // Sunday
    expect(weekEverywhere(new Date('2026-12-06T09:00:00Z'))).toBeNull();
    expect(weekEverywhere(new Date('2026-12-07T12:59:59Z'))).toBeNull(); // Monday
    expect(weekEverywhere(new Date('2026-12-07T13:00:00Z'))).toBe('2026-12-07');
  });

  it('agrees with the zones furthest from UTC right at their own turn of the week', () => {
    // Monday 00:00 in Kiritimati (UTC+14) and in Etc/GMT+12 (UTC−12): some zone is in each week.
    for (const instant of ['2026-12-06T10:00:00Z', '2026-12-07T12:00:00Z']) {
      expect(weekEverywhere(new Date(instant))).toBeNull();
    }
  });
});
