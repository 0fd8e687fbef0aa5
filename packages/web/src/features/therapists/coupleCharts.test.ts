import { describe, expect, it } from 'vitest';
import { metricChartModel } from './coupleCharts';
import type { CoupleMetric } from './types';

type Partner = CoupleMetric['partners'][number];

function partner(memberId: string, displayName: string, weekly: Partner['weekly']): Partner {
  return {
    memberId,
    displayName,
    weekly,
    first: weekly[0]?.value ?? null,
    latest: weekly.at(-1)?.value ?? null,
    weeks: weekly.length,
    trend: { direction: 'steady', slopePerWeek: null },
    setbacks: weekly.length > 1 ? [{ weekStart: weekly[1]?.weekStart ?? '', value: 0 }] : [],
  };
}

describe('the therapist’s chart of a metric', () => {
  const metric: CoupleMetric = {
    id: 'communication',
    scale: { min: 0, max: 7 },
    partners: [
      partner('b', 'Sam', [{ weekStart: '2026-11-09', value: 3 }]),
      partner('a', 'Alex', [
        { weekStart: '2026-11-02', value: 2 },
        { weekStart: '2026-11-16', value: 11 },
      ]),
      partner('c', 'Nobody yet', []),
    ],
    band: [{ weekStart: '2026-11-02', low: 1, high: 3 }],
    gap: [],
  };

  it('names each line, styles the first partner of the couple as the solid line, and skips partners with no weeks', () => {
    const model = metricChartModel(metric, ['a', 'b']);
    expect(model.weeks).toEqual(['2026-11-02', '2026-11-09', '2026-11-16']);
    expect(model.xs).toEqual([0, 1, 2]);
    expect(model.lines.map((line) => [line.label, line.partner.isYou])).toEqual([
      ['Sam', false],
      ['Alex', true],
    ]);
    expect(model.lines[1]?.values).toEqual([2, null, 11]);
    expect(model.lines[1]?.setbackIndexes).toEqual([2]);
    expect(model.band).toEqual({ low: [1, null, null], high: [3, null, null] });
    // The scale tops at 7, and grows for the 11 conversations in a week.
    expect(model.yRange).toEqual([0, 11]);
  });
});
