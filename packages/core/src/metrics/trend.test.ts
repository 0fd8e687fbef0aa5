import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type LocalDate } from '../time/local-date.js';
import { robustSlope, smooth, trendOf } from './trend.js';
import type { WeeklyValue } from './weekly.js';

const MONDAY = '2026-01-05' as LocalDate;

/** Weekly points at the given week offsets from MONDAY. */
function weeks(values: readonly number[], offsets?: readonly number[]): WeeklyValue[] {
  return values.map((value, i) => ({
    weekStart: addDays(MONDAY, 7 * (offsets?.[i] ?? i)),
    value,
    count: 1,
  }));
}

describe('robustSlope', () => {
  it('needs at least 3 weeks', () => {
    expect(robustSlope([])).toBeNull();
    expect(robustSlope(weeks([3, 4]))).toBeNull();
    expect(robustSlope(weeks([3, 4, 5]))).toBe(1);
  });

  it('measures in value units per calendar week, so gaps keep their width', () => {
    expect(robustSlope(weeks([2, 3, 4], [0, 2, 4]))).toBe(0.5);
  });

  it('gives the median of pairwise slopes, ignoring the order rows arrive in', () => {
    // Pairwise slopes of 1, 2, 4, 7: 1, 1.5, 2, 2, 2.5, 3, so the median is 2.
    const series = weeks([1, 2, 4, 7]);
    expect(robustSlope(series)).toBe(2);
    expect(robustSlope([...series].reverse())).toBe(2);
  });

  it('recovers the slope m of any perfect line y = m·x + c', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.integer({ min: 3, max: 30 }),
        (m, c, n) => {
          const series = weeks(Array.from({ length: n }, (_, x) => m * x + c));
          expect(robustSlope(series)).toBeCloseTo(m, 9);
        },
      ),
    );
  });

  it('is unchanged by one wild outlier in a 9-point line', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -2, max: 2, noNaN: true }),
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.integer({ min: 0, max: 8 }),
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        (m, c, outlierAt, outlier) => {
          const values = Array.from({ length: 9 }, (_, x) => m * x + c);
          values[outlierAt] = outlier;
          expect(robustSlope(weeks(values))).toBeCloseTo(m, 9);
        },
      ),
    );
  });
});

describe('trendOf', () => {
  it('reads rising, falling and steady from the last 8 weeks only', () => {
    expect(trendOf(weeks([3, 4, 5, 6]))).toEqual({ direction: 'rising', slopePerWeek: 1 });
    expect(trendOf(weeks([6, 5, 4, 3]))).toEqual({ direction: 'falling', slopePerWeek: -1 });
    expect(trendOf(weeks([5, 5.1, 5, 5.1, 5]))).toEqual({ direction: 'steady', slopePerWeek: 0 });
    // An old climb followed by 8 flat weeks is steady now.
    const oldClimb = weeks([1, 2, 3, 4, 5, 5, 5, 5, 5, 5, 5, 5]);
    expect(trendOf(oldClimb).direction).toBe('steady');
    expect(trendOf(oldClimb, { windowWeeks: 12 }).direction).toBe('rising');
  });

  it('treats a slope below the meaningful threshold as steady', () => {
    const gentle = weeks([5, 5.2, 5.4, 5.6]); // 0.2 a week
    expect(trendOf(gentle).direction).toBe('rising');
    expect(trendOf(gentle, { minMeaningfulSlope: 0.5 }).direction).toBe('steady');
  });

  it('says not_enough_data with fewer than 3 weeks in the window', () => {
    expect(trendOf([])).toEqual({ direction: 'not_enough_data', slopePerWeek: null });
    expect(trendOf(weeks([2, 9, 3], [0, 1, 10])).direction).toBe('not_enough_data');
  });

  it('calls any constant series steady once it has 3 weeks', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 10, noNaN: true }),
        fc.integer({ min: 3, max: 20 }),
        (v, n) => {
          expect(trendOf(weeks(Array.from({ length: n }, () => v)))).toEqual({
            direction: 'steady',
            slopePerWeek: 0,
          });
        },
      ),
    );
  });
});

describe('smooth', () => {
  it('averages exponentially, starting from the first week', () => {
    const smoothed = smooth(weeks([2, 4, 4]), 0.5);
    expect(smoothed.map((w) => w.value)).toEqual([2, 3, 3.5]);
    expect(smoothed.map((w) => w.weekStart)).toEqual(weeks([0, 0, 0]).map((w) => w.weekStart));
  });

  it('gives the newest week more weight after a gap, as if the missing weeks had been there', () => {
    const smoothed = smooth(weeks([2, 4], [0, 2]), 0.5);
    expect(smoothed[1]?.value).toBe(0.75 * 4 + 0.25 * 2);
  });

  it('leaves a constant series unchanged and rejects an alpha outside (0, 1]', () => {
    expect(smooth(weeks([6, 6, 6])).map((w) => w.value)).toEqual([6, 6, 6]);
    expect(smooth(weeks([1, 9]), 1).map((w) => w.value)).toEqual([1, 9]);
    expect(() => smooth(weeks([1]), 0)).toThrow(RangeError);
    expect(() => smooth(weeks([1]), 1.5)).toThrow(RangeError);
  });
});
