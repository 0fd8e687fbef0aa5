import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, type LocalDate } from '../time/local-date.js';
import { aggregateWeekly, type DatedValue, weekStartOf } from './weekly.js';

const d = (text: string) => text as LocalDate;
const anyDate = fc
  .integer({ min: -40_000, max: 40_000 })
  .map((offset) => addDays(d('2000-01-01'), offset));

describe('weekStartOf', () => {
  it('gives the Monday of the ISO week, across month and year ends', () => {
    expect(weekStartOf(d('2026-03-04'))).toBe('2026-03-02'); // Wednesday
    expect(weekStartOf(d('2026-03-02'))).toBe('2026-03-02'); // Monday is its own week start
    expect(weekStartOf(d('2026-03-08'))).toBe('2026-03-02'); // Sunday ends the ISO week
    expect(weekStartOf(d('2026-01-01'))).toBe('2025-12-29'); // Thursday, week began last year
    expect(weekStartOf(d('1969-12-31'))).toBe('1969-12-29'); // before the reference Monday
  });

  it('is always a Monday on or before the date and within 6 days of it', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const monday = weekStartOf(date);
        const sinceMonday = daysBetween(monday, date);
        expect(sinceMonday).toBeGreaterThanOrEqual(0);
        expect(sinceMonday).toBeLessThanOrEqual(6);
        expect(new Date(`${monday}T00:00:00Z`).getUTCDay()).toBe(1);
      }),
    );
  });
});

describe('aggregateWeekly', () => {
  it('averages each week, sorts by week and leaves out weeks without data', () => {
    const points: DatedValue[] = [
      { date: d('2026-03-15'), value: 6 }, // Sunday of the week of 9 March
      { date: d('2026-03-02'), value: 2 },
      { date: d('2026-03-04'), value: 4 },
      { date: d('2026-03-09'), value: 5 },
      { date: d('2026-03-08'), value: 9 },
    ];
    expect(aggregateWeekly(points)).toEqual([
      { weekStart: '2026-03-02', value: 5, count: 3 },
      { weekStart: '2026-03-09', value: 5.5, count: 2 },
    ]);
  });

  it('returns nothing for no points and skips values that are not finite numbers', () => {
    expect(aggregateWeekly([])).toEqual([]);
    const points: DatedValue[] = [
      { date: d('2026-03-02'), value: Number.NaN },
      { date: d('2026-03-03'), value: 4 },
      { date: d('2026-03-10'), value: Number.POSITIVE_INFINITY },
    ];
    expect(aggregateWeekly(points)).toEqual([{ weekStart: '2026-03-02', value: 4, count: 1 }]);
  });

  it('gives each week the mean of exactly the points that fall in it', () => {
    const points = fc.array(fc.record({ date: anyDate, value: fc.integer({ min: 1, max: 10 }) }), {
      maxLength: 40,
    });
    fc.assert(
      fc.property(points, (input) => {
        const weeks = aggregateWeekly(input);
        expect(weeks.reduce((n, week) => n + week.count, 0)).toBe(input.length);
        for (const week of weeks) {
          const inWeek = input.filter((p) => weekStartOf(p.date) === week.weekStart);
          const handMean = inWeek.reduce((sum, p) => sum + p.value, 0) / inWeek.length;
          expect(week.count).toBe(inWeek.length);
          expect(week.value).toBeCloseTo(handMean, 10);
        }
        const starts = weeks.map((week) => week.weekStart);
        expect(starts).toEqual([...new Set(starts)].sort());
      }),
    );
  });
});
