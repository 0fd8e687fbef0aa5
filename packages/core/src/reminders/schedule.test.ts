import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumberOf } from '../time/day-number.js';
import type { LocalDate } from '../time/local-date.js';
import {
  afterQuietHours,
  beforeQuietHours,
  isInQuietHours,
  nextWeeklyReminder,
  type QuietHours,
  reminderBefore,
} from './schedule.js';
import { instantOfWallTime, isoWeekdayOf, utcOffsetMs, wallTimeOf } from './zoned-time.js';

// Zones with every kind of rule: none, northern and southern DST, half-hour and 45-minute
// offsets, a 30-minute DST shift (Lord Howe), a 2-hour one (Troll), and the date line.
const ZONES = [
  'UTC',
  'Europe/London',
  'Europe/Berlin',
  'America/New_York',
  'America/Los_Angeles',
  'America/Sao_Paulo',
  'America/St_Johns',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'Pacific/Auckland',
  'Pacific/Chatham',
  'Pacific/Apia',
  'Pacific/Kiritimati',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Asia/Tehran',
  'Africa/Casablanca',
  'Antarctica/Troll',
  'America/Santiago',
  'Asia/Gaza',
] as const;

const zone = fc.constantFrom(...ZONES);
const instant = fc.date({
  min: new Date('2000-01-01T00:00:00Z'),
  max: new Date('2037-12-31T00:00:00Z'),
  noInvalidDate: true,
});
const minuteOfDay = fc.integer({ min: 0, max: 1439 });
const weekly = fc.record({ weekday: fc.integer({ min: 1, max: 7 }), minuteOfDay });
const quietHours = fc.option(fc.record({ startMinute: minuteOfDay, endMinute: minuteOfDay }), {
  nil: null,
});
const HOUR = 3_600_000;

describe('wall time in a time zone', () => {
  it('a wall time that exists maps back to itself', () => {
    fc.assert(
      fc.property(instant, zone, (moment, timeZone) => {
        const wall = wallTimeOf(moment, timeZone);
        const resolved = instantOfWallTime(wall, timeZone);
        expect(wallTimeOf(resolved, timeZone)).toEqual(wall);
        // The earliest reading is taken, so it is never after the minute we started from.
        expect(resolved.getTime()).toBeLessThanOrEqual(moment.getTime());
      }),
      { numRuns: 2000 },
    );
  });

  it('a skipped wall time moves later by the gap: 02:30 on a spring-forward day is 03:30', () => {
    const date = '2026-03-08' as LocalDate; // New York springs forward at 02:00
    const resolved = instantOfWallTime({ date, minuteOfDay: 150 }, 'America/New_York');
    expect(resolved.toISOString()).toBe('2026-03-08T07:30:00.000Z');
    expect(wallTimeOf(resolved, 'America/New_York')).toEqual({ date, minuteOfDay: 210 });
  });

  it('a repeated wall time takes its first reading: 01:30 on a fall-back day', () => {
    const date = '2026-11-01' as LocalDate; // New York falls back at 02:00 EDT
    const resolved = instantOfWallTime({ date, minuteOfDay: 90 }, 'America/New_York');
    expect(resolved.toISOString()).toBe('2026-11-01T05:30:00.000Z'); // 01:30 EDT, not EST
  });

  it('knows the weekday of a date', () => {
    expect(isoWeekdayOf('2026-12-04' as LocalDate)).toBe(5); // a Friday
    expect(isoWeekdayOf('1970-01-01' as LocalDate)).toBe(4);
    expect(isoWeekdayOf('2026-12-06' as LocalDate)).toBe(7);
  });
});

describe('weekly reminders', () => {
  it('fire once on the spring-forward day at 02:30, and once on the fall-back day at 01:30', () => {
    const timeZone = 'America/New_York';
    const spring = nextWeeklyReminder(
      { weekday: 7, minuteOfDay: 150 },
      new Date('2026-03-07T12:00:00Z'),
      timeZone,
    );
    expect(spring).toEqual({
      at: new Date('2026-03-08T07:30:00Z'),
      occurrenceDate: '2026-03-08',
    });
    // Planning again from the moment it fired gives next week, not a second reminder today.
    expect(nextWeeklyReminder({ weekday: 7, minuteOfDay: 150 }, spring.at, timeZone)).toEqual({
      at: new Date('2026-03-15T06:30:00Z'),
      occurrenceDate: '2026-03-15',
    });

    const fall = nextWeeklyReminder(
      { weekday: 7, minuteOfDay: 90 },
      new Date('2026-10-31T12:00:00Z'),
      timeZone,
    );
    expect(fall.at.toISOString()).toBe('2026-11-01T05:30:00.000Z');
    // The second 01:30 (06:30Z) is the same occurrence: the next one is a week later.
    const afterFirst = nextWeeklyReminder({ weekday: 7, minuteOfDay: 90 }, fall.at, timeZone);
    expect(afterFirst.occurrenceDate).toBe('2026-11-08');
    expect(afterFirst.at.toISOString()).toBe('2026-11-08T06:30:00.000Z');
  });

  it('come on the chosen weekday, after the given moment, within a week and a clock change', () => {
    fc.assert(
      fc.property(weekly, instant, zone, (rhythm, after, timeZone) => {
        const planned = nextWeeklyReminder(rhythm, after, timeZone);
        expect(planned.at.getTime()).toBeGreaterThan(after.getTime());
        expect(planned.at.getTime() - after.getTime()).toBeLessThanOrEqual(
          7 * 24 * HOUR + 3 * HOUR,
        );
        expect(isoWeekdayOf(planned.occurrenceDate)).toBe(rhythm.weekday);
        // On the chosen minute, unless that minute was skipped by the clocks (then shortly after).
        const wall = wallTimeOf(planned.at, timeZone);
        const late =
          (dayNumberOf(wall.date) - dayNumberOf(planned.occurrenceDate)) * 1440 +
          wall.minuteOfDay -
          rhythm.minuteOfDay;
        expect(late).toBeGreaterThanOrEqual(0);
        expect(late).toBeLessThanOrEqual(120);
      }),
      { numRuns: 1500 },
    );
  });

  it('never fire twice for one occurrence: replanning from each firing walks week by week', () => {
    fc.assert(
      fc.property(weekly, instant, zone, quietHours, (rhythm, start, timeZone, quiet) => {
        let previous = nextWeeklyReminder(rhythm, start, timeZone, quiet);
        for (let week = 0; week < 10; week += 1) {
          const next = nextWeeklyReminder(rhythm, previous.at, timeZone, quiet);
          const daysApart = dayNumberOf(next.occurrenceDate) - dayNumberOf(previous.occurrenceDate);
          // Quiet hours push an occurrence by less than a day, never onto next week's.
          expect(daysApart).toBe(7);
          expect(next.at.getTime()).toBeGreaterThan(previous.at.getTime());
          previous = next;
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** True when the zone's clock was set forward exactly at `instant` (to the minute). */
function isClockChange(instant: Date, timeZone: string): boolean {
  const minuteBefore = new Date(instant.getTime() - 60_000);
  return utcOffsetMs(instant, timeZone) > utcOffsetMs(minuteBefore, timeZone);
}

/** Instants at which a zone's offset changes during a year (to the minute), found by search. */
function offsetChangesIn(timeZone: string, year: number): Date[] {
  const changes: Date[] = [];
  const step = 6 * HOUR;
  let from = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  for (let to = from + step; to <= end; from = to, to += step) {
    if (utcOffsetMs(new Date(from), timeZone) === utcOffsetMs(new Date(to), timeZone)) continue;
    let [low, high] = [from, to];
    while (high - low > 60_000) {
      const middle = low + Math.floor((high - low) / 120_000) * 60_000;
      if (utcOffsetMs(new Date(middle), timeZone) === utcOffsetMs(new Date(low), timeZone)) {
        low = middle;
      } else high = middle;
    }
    changes.push(new Date(high));
  }
  return changes;
}

describe('around clock changes', () => {
  const changes = ZONES.flatMap((timeZone) =>
    [2001, 2013, 2026, 2027].flatMap((year) =>
      offsetChangesIn(timeZone, year).map((at) => ({ timeZone, at })),
    ),
  );

  it('finds the clock changes it tests', () => {
    expect(changes.length).toBeGreaterThan(60);
  });

  it('a weekly reminder on a change day at any minute fires once that day, then a week later', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...changes),
        fc.integer({ min: -180, max: 180 }),
        ({ timeZone, at }, shiftMinutes) => {
          const wall = wallTimeOf(new Date(at.getTime() + shiftMinutes * 60_000), timeZone);
          const rhythm = { weekday: isoWeekdayOf(wall.date), minuteOfDay: wall.minuteOfDay };
          const dayBefore = new Date(at.getTime() - 30 * HOUR);
          const first = nextWeeklyReminder(rhythm, dayBefore, timeZone);
          expect(first.occurrenceDate).toBe(wall.date);
          const second = nextWeeklyReminder(rhythm, first.at, timeZone);
          expect(dayNumberOf(second.occurrenceDate) - dayNumberOf(first.occurrenceDate)).toBe(7);
          // Within the changed day, the wall time is reached at most 2 hours late (a skipped hour).
          const reached = wallTimeOf(first.at, timeZone);
          expect(reached.date).toBe(wall.date);
          expect(reached.minuteOfDay - wall.minuteOfDay).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('quiet hours', () => {
  const night: QuietHours = { startMinute: 22 * 60, endMinute: 7 * 60 };

  it('wrap past midnight, include their start and exclude their end', () => {
    expect(isInQuietHours(22 * 60, night)).toBe(true);
    expect(isInQuietHours(3 * 60, night)).toBe(true);
    expect(isInQuietHours(7 * 60, night)).toBe(false);
    expect(isInQuietHours(12 * 60, { startMinute: 600, endMinute: 600 })).toBe(false);
  });

  it('push a routine reminder to their end, never earlier, never into them', () => {
    fc.assert(
      fc.property(instant, zone, quietHours, (moment, timeZone, quiet) => {
        const moved = afterQuietHours(moment, quiet, timeZone);
        expect(moved.getTime()).toBeGreaterThanOrEqual(moment.getTime());
        expect(moved.getTime() - moment.getTime()).toBeLessThanOrEqual(26 * HOUR);
        if (moved.getTime() !== moment.getTime()) {
          const movedIntoQuiet = isInQuietHours(wallTimeOf(moved, timeZone).minuteOfDay, quiet);
          // Only a clock going forward over a waking window shorter than the skipped hour can
          // land it in (the next night's) quiet hours, and then exactly at the change.
          if (movedIntoQuiet) expect(isClockChange(moved, timeZone)).toBe(true);
        }
        if (!quiet || !isInQuietHours(wallTimeOf(moment, timeZone).minuteOfDay, quiet)) {
          expect(moved).toEqual(moment);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('bring an appointment reminder forward to their start, so it is never late', () => {
    fc.assert(
      fc.property(
        instant,
        zone,
        quietHours,
        fc.integer({ min: 0, max: 2880 }),
        (startsAt, timeZone, quiet, lead) => {
          const planned = reminderBefore(startsAt, lead, timeZone, quiet);
          expect(planned.at.getTime()).toBeLessThanOrEqual(startsAt.getTime() - lead * 60_000);
          expect(startsAt.getTime() - lead * 60_000 - planned.at.getTime()).toBeLessThanOrEqual(
            26 * HOUR,
          );
          expect(planned.occurrenceDate).toBe(wallTimeOf(startsAt, timeZone).date);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('sends at the clock change when clocks go forward over the end of a nearly all-day quiet', () => {
    // Gaza went from UTC+2 to UTC+3 at midnight on 29 March 2019: 00:00 was never shown, so
    // quiet hours of 00:01 to 00:00 ended at the change, which the clock showed as 01:00.
    const moved = afterQuietHours(
      new Date('2019-03-27T22:01:00.000Z'),
      { startMinute: 1, endMinute: 0 },
      'Asia/Gaza',
    );
    expect(moved.toISOString()).toBe('2019-03-28T22:00:00.000Z');
  });

  it('moves a 23:30 reminder to 07:00 the next morning, and a 06:00 one to 07:00 that day', () => {
    const timeZone = 'Europe/Berlin';
    expect(afterQuietHours(new Date('2026-06-01T21:30:00Z'), night, timeZone).toISOString()).toBe(
      '2026-06-02T05:00:00.000Z',
    );
    expect(afterQuietHours(new Date('2026-06-02T04:00:00Z'), night, timeZone).toISOString()).toBe(
      '2026-06-02T05:00:00.000Z',
    );
    expect(beforeQuietHours(new Date('2026-06-02T04:00:00Z'), night, timeZone).toISOString()).toBe(
      '2026-06-01T20:00:00.000Z',
    );
  });
});
