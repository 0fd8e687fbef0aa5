import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../time/local-date.js';
import { monthsBetween, typicalBand } from './benchmarks.js';
import { perceptionGap } from './perception-gap.js';
import { attendanceSeries } from './relapse-and-attendance.js';
import { detectSetbacks } from './setbacks.js';
import { signsOfProgress } from './signs-of-progress.js';
import { median } from './stats.js';
import { trendOf } from './trend.js';
import { aggregateWeekly, type DatedValue, type WeeklyValue, weekStartOf } from './weekly.js';

/*
 * The metrics moved from Date objects and repeated parsing to day numbers, with shortcuts for
 * sorted input. Their answers must not move at all, so each is checked here against the
 * definition it had before, written with Date arithmetic, on random input: shuffled, with
 * repeated weeks, across year ends and leap days.
 */

const MS_PER_DAY = 86_400_000;
const d = (text: string) => text as LocalDate;
const dayOf = (date: string) =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) /
  MS_PER_DAY;
const byDate = (from: string, to: string) => dayOf(to) - dayOf(from);
const plusDays = (date: string, days: number) =>
  d(new Date((dayOf(date) + days) * MS_PER_DAY).toISOString().slice(0, 10));

function dateBasedWeekStart(date: LocalDate): LocalDate {
  const dayOfWeek = ((byDate('1970-01-05', date) % 7) + 7) % 7;
  return plusDays(date, -dayOfWeek);
}

function sortedByWeek<T extends { weekStart: LocalDate }>(series: readonly T[]): T[] {
  return [...series].sort((x, y) =>
    x.weekStart < y.weekStart ? -1 : x.weekStart > y.weekStart ? 1 : 0,
  );
}

function sortingMedian(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? Number.NaN;
  if (sorted.length % 2 === 1) return upper;
  return ((sorted[mid - 1] ?? Number.NaN) + upper) / 2;
}

function dateBasedAggregate(points: readonly DatedValue[]): WeeklyValue[] {
  const sums = new Map<LocalDate, { sum: number; count: number }>();
  for (const point of points) {
    if (!Number.isFinite(point.value)) continue;
    const week = dateBasedWeekStart(point.date);
    const bucket = sums.get(week);
    if (bucket) {
      bucket.sum += point.value;
      bucket.count += 1;
    } else {
      sums.set(week, { sum: point.value, count: 1 });
    }
  }
  const weeks = [...sums].map(([weekStart, { sum, count }]) => ({
    weekStart,
    value: sum / count,
    count,
  }));
  return sortedByWeek(weeks);
}

function dateBasedMonthsBetween(start: LocalDate, today: LocalDate): number {
  if (today < start) return -dateBasedMonthsBetween(today, start);
  const months = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
  const firstOfMonth = (monthIndex: number) => {
    const year = Math.floor(monthIndex / 12);
    const month = monthIndex - year * 12 + 1;
    return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
  };
  const addMonths = (count: number) => {
    const monthIndex = months(start) + count;
    const length = byDate(firstOfMonth(monthIndex), firstOfMonth(monthIndex + 1));
    return plusDays(firstOfMonth(monthIndex), Math.min(Number(start.slice(8, 10)), length) - 1);
  };
  let whole = months(today) - months(start);
  if (addMonths(whole) > today) whole -= 1;
  const anchor = addMonths(whole);
  return whole + byDate(anchor, today) / byDate(anchor, addMonths(whole + 1));
}

function dateBasedSlope(series: readonly WeeklyValue[]): number | null {
  if (series.length < 3) return null;
  const sorted = sortedByWeek(series);
  const first = (sorted[0] as WeeklyValue).weekStart;
  const points = sorted.map((week) => ({ x: byDate(first, week.weekStart) / 7, y: week.value }));
  const slopes: number[] = [];
  for (const [i, p] of points.entries()) {
    for (const q of points.slice(i + 1)) if (q.x !== p.x) slopes.push((q.y - p.y) / (q.x - p.x));
  }
  return slopes.length === 0 ? null : sortingMedian(slopes);
}

function dateBasedSetbacks(series: readonly WeeklyValue[]) {
  const weeks = sortedByWeek(series);
  const setbacks = [];
  for (let i = 3; i < weeks.length; i += 1) {
    const week = weeks[i] as WeeklyValue;
    if (week.value >= (weeks[i - 1] as WeeklyValue).value) continue;
    const previous = weeks.slice(Math.max(0, i - 4), i).map((w) => w.value);
    const expected = sortingMedian(previous);
    const differences = previous.slice(1).map((value, j) => value - (previous[j] ?? value));
    const centre = sortingMedian(differences);
    const noise = 1.4826 * sortingMedian(differences.map((value) => Math.abs(value - centre)));
    const drop = expected - week.value;
    if (drop > Math.max(1.5, 2.5 * noise)) {
      setbacks.push({ weekStart: week.weekStart, value: week.value, expected, drop });
    }
  }
  return setbacks;
}

// Dates from 1999 to 2002 (a year end and the leap day of 2000) and from 2099 to 2101 (2100 is a
// century year with no 29 February).
const anyDate = fc.oneof(
  fc.integer({ min: 0, max: 1200 }).map((day) => plusDays('1999-01-01', day)),
  fc.integer({ min: 0, max: 900 }).map((day) => plusDays('2099-01-01', day)),
);
const nearbyDate = (start: string, days: number) =>
  fc.integer({ min: 0, max: days }).map((day) => plusDays(start, day));
const rating = fc.oneof(
  fc.integer({ min: 1, max: 10 }),
  fc.double({ min: 0, max: 10, noNaN: true }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0),
);
/** Weekly series as a caller might pass them: any order, weeks repeated, not always Mondays. */
const weeklySeries = (start: string) =>
  fc.array(
    fc.record({
      weekStart: fc.oneof(
        nearbyDate(start, 40).map((date) => dateBasedWeekStart(date)),
        nearbyDate(start, 40),
      ),
      value: fc.oneof(fc.integer({ min: 1, max: 10 }), fc.double({ min: 1, max: 10, noNaN: true })),
      count: fc.integer({ min: 1, max: 7 }),
    }),
    { maxLength: 20 },
  );
const sortedWeekly = (start: string) => weeklySeries(start).map((series) => sortedByWeek(series));

describe('metrics on day numbers give the answers of their Date-based definitions', () => {
  it('weekStartOf finds the same Monday', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        expect(weekStartOf(date)).toBe(dateBasedWeekStart(date));
      }),
    );
  });

  it('aggregateWeekly gives the same weeks, means and counts for sorted or shuffled points', () => {
    const points = fc.array(fc.record({ date: nearbyDate('1999-12-01', 120), value: rating }), {
      maxLength: 80,
    });
    const inOrder = points.map((list) => [...list].sort((x, y) => byDate(y.date, x.date)));
    fc.assert(
      fc.property(fc.oneof(points, inOrder), (list) => {
        expect(aggregateWeekly(list)).toStrictEqual(dateBasedAggregate(list));
      }),
    );
  });

  it('monthsBetween counts the same months, forwards and backwards', () => {
    fc.assert(
      fc.property(anyDate, anyDate, (start, today) => {
        expect(monthsBetween(start, today)).toBe(dateBasedMonthsBetween(start, today));
      }),
      { numRuns: 500 },
    );
  });

  it('attendanceSeries gives the same weeks, counts and bands', () => {
    fc.assert(
      fc.property(
        nearbyDate('2099-11-01', 60),
        nearbyDate('2100-01-01', 200),
        fc.array(nearbyDate('2099-10-01', 300), { maxLength: 20 }),
        (startedOn, today, sessions) => {
          const expected = [];
          const sorted = sessions.filter((date) => date <= today).sort();
          let index = 0;
          const last = dateBasedWeekStart(today);
          for (let week = dateBasedWeekStart(startedOn); week <= last; week = plusDays(week, 7)) {
            while (index < sorted.length && (sorted[index] as string) <= plusDays(week, 6)) {
              index += 1;
            }
            const months = Math.max(0, dateBasedMonthsBetween(startedOn, week));
            const band = typicalBand('attendance', months);
            expected.push({ weekStart: week, cumulative: index, band });
          }
          expect(attendanceSeries(sessions, startedOn, today)).toStrictEqual(expected);
        },
      ),
    );
  });

  it('perceptionGap pairs the same weeks, the last entry of a repeated week winning', () => {
    fc.assert(
      fc.property(weeklySeries('2099-12-01'), weeklySeries('2099-12-01'), (a, b) => {
        const lastValue = (series: readonly WeeklyValue[]) =>
          new Map(series.map((week) => [week.weekStart, week.value]));
        const bValues = lastValue(b);
        const expected = sortedByWeek(
          [...lastValue(a)].map(([weekStart, value]) => ({ weekStart, value })),
        ).flatMap(({ weekStart, value }) => {
          const other = bValues.get(weekStart);
          return other === undefined ? [] : [{ weekStart, a: value, b: other, gap: value - other }];
        });
        expect(perceptionGap(a, b)).toStrictEqual(expected);
      }),
    );
  });

  it('trendOf reads the same window and slope', () => {
    fc.assert(
      fc.property(weeklySeries('1999-11-01'), fc.integer({ min: 1, max: 12 }), (series, window) => {
        const sorted = sortedByWeek(series);
        const last = sorted.at(-1)?.weekStart;
        const recent = sorted.filter(
          (week) => last !== undefined && byDate(week.weekStart, last) / 7 < window,
        );
        const slope = dateBasedSlope(recent);
        expect(trendOf(series, { windowWeeks: window }).slopePerWeek).toBe(slope);
      }),
    );
  });

  it('detectSetbacks finds the same setbacks with the same expected levels', () => {
    fc.assert(
      fc.property(fc.oneof(weeklySeries('2000-01-01'), sortedWeekly('2000-01-01')), (series) => {
        expect(detectSetbacks(series)).toStrictEqual(dateBasedSetbacks(series));
      }),
    );
  });

  it('the median of short lists matches sorting, zero signs, NaN and infinities included', () => {
    const value = fc.oneof(fc.integer({ min: -5, max: 5 }), rating, fc.double());
    fc.assert(
      fc.property(fc.array(value, { maxLength: 70 }), (values) => {
        expect(median(values)).toBe(sortingMedian(values));
      }),
      { numRuns: 1000 },
    );
  });

  it('the signs count the same check-in weeks', () => {
    fc.assert(
      fc.property(
        nearbyDate('2000-01-01', 120),
        fc.array(nearbyDate('1999-11-01', 200)),
        (today, dates) => {
          const current = dateBasedWeekStart(today);
          const weeks = new Set(dates.map(dateBasedWeekStart).filter((week) => week <= current));
          const lastWeek = weeks.has(current) ? current : plusDays(current, -7);
          const from = plusDays(lastWeek, -49);
          const last8 = [...weeks].filter((week) => week >= from && week <= lastWeek).length;
          const signs = signsOfProgress({
            today,
            trust: [],
            closeness: [],
            honestConversations: [],
            incidents: [],
            checkInWeeks: dates,
          });
          const commitment = signs.find((sign) => sign.key === 'commitment');
          expect(commitment?.evidence.checkInWeeksLast8Weeks).toBe(last8);
          const expectedStatus =
            weeks.size === 0 ? 'not_enough_data' : last8 >= 6 ? 'showing' : 'not_yet';
          expect(commitment?.status).toBe(expectedStatus);
        },
      ),
    );
  });
});
