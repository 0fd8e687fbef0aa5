import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reliableChange } from './reliable-change.js';

describe('reliableChange', () => {
  it('follows Jacobson & Truax on a worked example', () => {
    // SD 10, r 0.82: SEdiff = √2 · 10 · √0.18 = 6, so a 12-point rise gives RC = 2.
    const { rc, classification } = reliableChange(40, 52, 10, 0.82, true);
    expect(rc).toBeCloseTo(2, 10);
    expect(classification).toBe('reliable_improvement');
  });

  it('reads the same rise as deterioration when lower scores are better', () => {
    expect(reliableChange(40, 52, 10, 0.82, false).classification).toBe('reliable_deterioration');
    expect(reliableChange(52, 40, 10, 0.82, false).classification).toBe('reliable_improvement');
  });

  it('calls a change within measurement error no reliable change', () => {
    // RC ≈ 1.83, under 1.96.
    expect(reliableChange(40, 51, 10, 0.82, true).classification).toBe('no_reliable_change');
    expect(reliableChange(5, 5, 2, 0.9, true)).toEqual({
      rc: 0,
      classification: 'no_reliable_change',
    });
  });

  it('rejects a spread or reliability that would make the statistic meaningless', () => {
    expect(() => reliableChange(1, 2, 0, 0.8, true)).toThrow(RangeError);
    expect(() => reliableChange(1, 2, 1, 1, true)).toThrow(RangeError);
    expect(() => reliableChange(1, 2, 1, -0.1, true)).toThrow(RangeError);
    expect(() => reliableChange(1, 2, Number.NaN, 0.8, true)).toThrow(RangeError);
  });

  const score = fc.double({ min: -100, max: 100, noNaN: true });
  const sd = fc.double({ min: 0.1, max: 50, noNaN: true });
  const reliability = fc.double({ min: 0, max: 0.99, noNaN: true });

  it('is antisymmetric: swapping the two scores negates RC and mirrors the class', () => {
    fc.assert(
      fc.property(score, score, sd, reliability, fc.boolean(), (x1, x2, s, r, higher) => {
        const forward = reliableChange(x1, x2, s, r, higher);
        const backward = reliableChange(x2, x1, s, r, higher);
        expect(forward.rc + backward.rc).toBe(0);
        const mirror = {
          reliable_improvement: 'reliable_deterioration',
          reliable_deterioration: 'reliable_improvement',
          no_reliable_change: 'no_reliable_change',
        } as const;
        expect(backward.classification).toBe(mirror[forward.classification]);
      }),
    );
  });

  it('classifies by the sign of RC and which direction is better', () => {
    fc.assert(
      fc.property(score, score, sd, reliability, fc.boolean(), (x1, x2, s, r, higher) => {
        const { rc, classification } = reliableChange(x1, x2, s, r, higher);
        if (Math.abs(rc) <= 1.96) expect(classification).toBe('no_reliable_change');
        else if (rc > 0 === higher) expect(classification).toBe('reliable_improvement');
        else expect(classification).toBe('reliable_deterioration');
        // Flipping which direction is better swaps improvement and deterioration.
        const flipped = reliableChange(x1, x2, s, r, !higher).classification;
        if (classification === 'no_reliable_change') expect(flipped).toBe(classification);
        else expect(flipped).not.toBe(classification);
      }),
    );
  });
});
