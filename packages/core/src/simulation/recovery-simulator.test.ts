import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRandom, simulateRecovery } from './recovery-simulator.js';

describe('the recovery simulator', () => {
  it('gives the same history for the same seed', () => {
    const a = simulateRecovery({ weeks: 39, random: seededRandom(7) });
    const b = simulateRecovery({ weeks: 39, random: seededRandom(7) });
    expect(a).toEqual(b);
  });

  it('keeps every rating inside its scale and every week inside the range', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 120 }), (seed, weeks) => {
        const history = simulateRecovery({ weeks, random: seededRandom(seed) });
        for (const entry of [...history.hurt, ...history.involved]) {
          expect(entry.trust).toBeGreaterThanOrEqual(1);
          expect(entry.trust).toBeLessThanOrEqual(10);
          expect(entry.closeness).toBeGreaterThanOrEqual(1);
          expect(entry.closeness).toBeLessThanOrEqual(10);
          expect(entry.week).toBeLessThan(weeks);
        }
      }),
    );
  });

  it('moves the hurt partner’s trust from low toward the guide’s 7–8, with setbacks on the way', () => {
    const history = simulateRecovery({ weeks: 39, random: seededRandom(2026), skipChance: 0 });
    const firstMonth = history.hurt.slice(0, 4).map((w) => w.trust);
    const lastMonth = history.hurt.slice(-4).map((w) => w.trust);
    const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
    expect(mean(firstMonth)).toBeLessThan(4);
    expect(mean(lastMonth)).toBeGreaterThan(5.5);
    expect(history.setbackWeeks.length).toBeGreaterThanOrEqual(2);
  });
});
