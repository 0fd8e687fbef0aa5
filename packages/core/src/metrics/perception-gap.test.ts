import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type LocalDate } from '../time/local-date.js';
import { perceptionGap } from './perception-gap.js';
import type { WeeklyValue } from './weekly.js';

const MONDAY = '2026-01-05' as LocalDate;
const week = (i: number, value: number): WeeklyValue => ({
  weekStart: addDays(MONDAY, 7 * i),
  value,
  count: 1,
});

describe('perceptionGap', () => {
  it('compares only the weeks both partners rated, in week order', () => {
    const hurt = [week(2, 4), week(0, 3), week(1, 5)];
    const involved = [week(0, 7), week(2, 6), week(3, 9)];
    expect(perceptionGap(hurt, involved)).toEqual([
      { weekStart: addDays(MONDAY, 0), a: 3, b: 7, gap: -4 },
      { weekStart: addDays(MONDAY, 14), a: 4, b: 6, gap: -2 },
    ]);
  });

  it('is empty when the partners never rated the same week', () => {
    expect(perceptionGap([week(0, 3)], [week(1, 3)])).toEqual([]);
    expect(perceptionGap([], [])).toEqual([]);
  });

  it('flips the sign of every gap when the partners are swapped', () => {
    const series = fc
      .uniqueArray(
        fc.record({
          i: fc.integer({ min: 0, max: 20 }),
          tenths: fc.integer({ min: 10, max: 100 }),
        }),
        { selector: (r) => r.i, maxLength: 12 },
      )
      .map((rows) => rows.map((r) => week(r.i, r.tenths / 10)));
    fc.assert(
      fc.property(series, series, (a, b) => {
        const forward = perceptionGap(a, b);
        const backward = perceptionGap(b, a);
        expect(backward.map((p) => p.weekStart)).toEqual(forward.map((p) => p.weekStart));
        forward.forEach((point, i) => {
          expect(point.gap + (backward[i]?.gap ?? Number.NaN)).toBe(0);
          expect(backward[i]?.a).toBe(point.b);
        });
      }),
    );
  });
});
