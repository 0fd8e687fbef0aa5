import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../time/local-date.js';
import {
  benchmarkFor,
  GUIDE_BENCHMARKS,
  type MetricId,
  monthsBetween,
  typicalBand,
} from './benchmarks.js';

const d = (text: string) => text as LocalDate;
const metricIds: MetricId[] = [
  'communication',
  'intimacy',
  'trust',
  'forgiveness',
  'relapse',
  'attendance',
];

describe('the guide benchmarks', () => {
  it('holds one row per metric, each saying it is the guide’s figure and not a norm', () => {
    expect(GUIDE_BENCHMARKS.map((b) => b.id).sort()).toEqual([...metricIds].sort());
    for (const benchmark of GUIDE_BENCHMARKS) {
      expect(benchmark.sourceNote).toMatch(/program guide/);
      expect(benchmark.sourceNote).toMatch(/not a published norm/);
      expect(benchmark.timeframeMonths.min).toBeLessThanOrEqual(benchmark.timeframeMonths.max);
    }
  });

  it('carries the seed table’s figures', () => {
    expect(benchmarkFor('communication')).toMatchObject({
      timeframeMonths: { min: 3, max: 6 },
      typicalStart: { low: 1, high: 1 },
      typicalEnd: { low: 4, high: 6 },
    });
    expect(benchmarkFor('intimacy')).toMatchObject({
      timeframeMonths: { min: 6, max: 12 },
      relativeChange: { low: 0.3, high: 0.5 },
    });
    expect(benchmarkFor('trust')).toMatchObject({
      timeframeMonths: { min: 6, max: 18 },
      typicalStart: { low: 2, high: 3 },
      typicalEnd: { low: 7, high: 8 },
    });
    expect(benchmarkFor('forgiveness')).toMatchObject({
      timeframeMonths: { min: 6, max: 12 },
      share: { low: 0.6, high: 0.7 },
    });
    expect(benchmarkFor('relapse')).toMatchObject({
      timeframeMonths: { min: 12, max: 24 },
      share: { low: 0.1, high: 0.15 },
    });
    expect(benchmarkFor('attendance')).toMatchObject({
      timeframeMonths: { min: 3, max: 12 },
      typicalEnd: { low: 8, high: 12 },
    });
  });
});

describe('typicalBand', () => {
  it('fans trust out from 2–3 to 7–8: the high edge arrives at 6 months, the low edge at 18', () => {
    expect(typicalBand('trust', 0)).toEqual({ low: 2, high: 3 });
    expect(typicalBand('trust', 6)?.low).toBeCloseTo(2 + 5 / 3, 12);
    expect(typicalBand('trust', 6)?.high).toBe(8);
    expect(typicalBand('trust', 9)).toEqual({ low: 4.5, high: 8 });
    expect(typicalBand('trust', 18)).toEqual({ low: 7, high: 8 });
    expect(typicalBand('trust', 40)).toEqual({ low: 7, high: 8 });
    expect(typicalBand('trust', -3)).toEqual({ low: 2, high: 3 });
  });

  it('ramps communication, attendance and intimacy the same way', () => {
    expect(typicalBand('communication', 3)).toEqual({ low: 2.5, high: 6 });
    expect(typicalBand('communication', 6)).toEqual({ low: 4, high: 6 });
    expect(typicalBand('attendance', 0)).toEqual({ low: 0, high: 0 });
    expect(typicalBand('attendance', 6)).toEqual({ low: 4, high: 12 });
    expect(typicalBand('intimacy', 0, 40)).toEqual({ low: 40, high: 40 });
    expect(typicalBand('intimacy', 12, 40)).toEqual({ low: 52, high: 60 });
  });

  it('has no band for forgiveness, relapse, intimacy without a baseline, or NaN months', () => {
    expect(typicalBand('forgiveness', 6)).toBeNull();
    expect(typicalBand('relapse', 12)).toBeNull();
    expect(typicalBand('intimacy', 6)).toBeNull();
    expect(typicalBand('intimacy', 6, 0)).toBeNull();
    expect(typicalBand('trust', Number.NaN)).toBeNull();
  });

  it('keeps trust at 2–3 at month 0 and 7–8 from month 18 on, low never above high', () => {
    fc.assert(
      fc.property(fc.double({ min: 18, max: 1000, noNaN: true }), (months) => {
        expect(typicalBand('trust', months)).toEqual({ low: 7, high: 8 });
      }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...metricIds),
        fc.double({ min: -5, max: 100, noNaN: true }),
        fc.double({ min: 0.1, max: 500, noNaN: true }),
        (id, months, baseline) => {
          const band = typicalBand(id, months, baseline);
          if (band) expect(band.low).toBeLessThanOrEqual(band.high);
        },
      ),
    );
  });
});

describe('monthsBetween', () => {
  it('counts calendar months, with the month in progress as a fraction', () => {
    expect(monthsBetween(d('2026-01-15'), d('2026-07-15'))).toBe(6);
    expect(monthsBetween(d('2026-01-15'), d('2026-01-15'))).toBe(0);
    expect(monthsBetween(d('2026-02-01'), d('2026-02-15'))).toBe(0.5);
    expect(monthsBetween(d('2026-01-31'), d('2026-02-28'))).toBe(1);
    expect(monthsBetween(d('2025-03-10'), d('2026-03-10'))).toBe(12);
    expect(monthsBetween(d('2026-07-15'), d('2026-01-15'))).toBe(-6);
  });

  it('never decreases as today moves forward', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), (offset) => {
        const start = d('2024-01-31');
        const today = new Date(Date.UTC(2024, 0, 31 + offset)).toISOString().slice(0, 10);
        const tomorrow = new Date(Date.UTC(2024, 0, 32 + offset)).toISOString().slice(0, 10);
        expect(monthsBetween(start, d(tomorrow))).toBeGreaterThan(monthsBetween(start, d(today)));
      }),
    );
  });
});
