import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type LocalDate } from '../time/local-date.js';
import { detectSetbacks } from './setbacks.js';
import type { WeeklyValue } from './weekly.js';

const MONDAY = '2026-01-05' as LocalDate;

function weeks(values: readonly number[]): WeeklyValue[] {
  return values.map((value, i) => ({ weekStart: addDays(MONDAY, 7 * i), value, count: 1 }));
}

/** Ratings on a 1–10 scale, one decimal, 0–30 weeks. */
const ratings = fc.array(
  fc.integer({ min: 10, max: 100 }).map((tenths) => tenths / 10),
  { maxLength: 30 },
);

describe('detectSetbacks', () => {
  it('finds a clear fall below the recent level and reports how far it fell', () => {
    expect(detectSetbacks(weeks([6, 7, 6, 7, 3]))).toEqual([
      { weekStart: addDays(MONDAY, 28), value: 3, expected: 6.5, drop: 3.5 },
    ]);
  });

  it('needs 3 earlier weeks before it judges any week', () => {
    expect(detectSetbacks(weeks([8, 8, 1]))).toEqual([]);
    expect(detectSetbacks(weeks([8, 8, 8, 1]))).toHaveLength(1);
  });

  it('ignores a dip smaller than the minimum drop', () => {
    expect(detectSetbacks(weeks([6, 6, 6, 6, 4.6]))).toEqual([]);
    expect(detectSetbacks(weeks([6, 6, 6, 6, 4.4]))).toHaveLength(1);
    expect(detectSetbacks(weeks([6, 6, 6, 6, 4.6]), { minDrop: 1 })).toHaveLength(1);
  });

  it('asks for a bigger fall from a partner whose ratings naturally swing', () => {
    // The same drop of 4 from a level of 8: a setback for a steady partner, but for one whose
    // ratings swung by 6 from week to week the noise (1.4826 × MAD 6 ≈ 8.9) swallows it.
    expect(detectSetbacks(weeks([8, 8, 8, 8, 4]))).toHaveLength(1);
    const swinging = weeks([8, 2, 8, 8, 4]);
    expect(detectSetbacks(swinging)).toEqual([]);
    expect(detectSetbacks(swinging, { k: 0 })).toHaveLength(1);
  });

  it('reports the week of the fall once, not every week that stays low or climbs back', () => {
    const setbacks = detectSetbacks(weeks([7, 7, 7, 7, 3, 3, 3, 5, 7]));
    expect(setbacks.map((s) => s.weekStart)).toEqual([addDays(MONDAY, 28)]);
  });

  it('looks back only the given number of weeks', () => {
    const series = weeks([9, 9, 9, 9, 5, 5, 5, 5, 4]);
    expect(detectSetbacks(series).map((s) => s.value)).toEqual([5]);
    expect(detectSetbacks(series, { lookbackWeeks: 8 }).map((s) => s.value)).toEqual([5, 4]);
  });

  it('finds nothing in a constant series', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 10, noNaN: true }),
        fc.integer({ min: 0, max: 30 }),
        (v, n) => {
          expect(detectSetbacks(weeks(Array.from({ length: n }, () => v)))).toEqual([]);
        },
      ),
    );
  });

  it('never gains a setback from a new week that repeats the previous week’s value', () => {
    fc.assert(
      fc.property(ratings, (values) => {
        const last = values.at(-1);
        fc.pre(last !== undefined);
        const before = detectSetbacks(weeks(values));
        const after = detectSetbacks(weeks([...values, last ?? 0]));
        expect(after).toEqual(before);
      }),
    );
  });

  it('always reports a positive drop larger than the minimum', () => {
    fc.assert(
      fc.property(ratings, (values) => {
        for (const setback of detectSetbacks(weeks(values))) {
          expect(setback.drop).toBeGreaterThan(1.5);
          expect(setback.expected - setback.value).toBe(setback.drop);
        }
      }),
    );
  });
});
