import { describe, expect, it } from 'vitest';
import { buildChartModel } from './chartModel';
import { decodeProgress, type ProgressWire, type RatingMetricWire, weeksFrom } from './wire';

const benchmark = {
  timeframeMonths: { min: 6, max: 18 },
  typicalStart: { low: 2, high: 3 },
  typicalEnd: { low: 7, high: 8 },
  sourceNote: 'The program guide’s figure.',
};

const trend = { direction: 'rising', slopePerWeek: 0.5 } as const;

function metric(overrides: Partial<RatingMetricWire> = {}): RatingMetricWire {
  return {
    scale: { min: 1, max: 10 },
    unit: 'rating (1–10)',
    partners: [
      {
        memberId: 'you',
        displayName: 'Alex',
        isYou: true,
        values: [3, null, 5, 2],
        first: 3,
        latest: 2,
        weeks: 3,
        trend,
        setbacks: [{ week: 3, expected: 5, drop: 3 }],
      },
      {
        memberId: 'them',
        displayName: 'Sam',
        isYou: false,
        values: [6, 6, null, 5],
        first: 6,
        latest: 5,
        weeks: 3,
        trend,
        setbacks: [],
      },
    ],
    band: { low: [2, 2.03, 2.09, 2.16], high: [3, 3.08, 3.27, 3.45] },
    gap: [-3, null, null, -3],
    benchmark,
    ...overrides,
  };
}

function wire(overrides: Partial<ProgressWire> = {}): ProgressWire {
  return {
    weeksInRecovery: 4,
    firstWeek: '2026-12-28',
    weekCount: 4,
    metrics: { trust: metric(), closeness: metric(), communication: metric() },
    relapse: {
      total: 0,
      proactive: 0,
      discovered: 0,
      last12Weeks: 0,
      weeksSinceLast: null,
      byKind: { contact: 0, new_affair: 0, lie: 0, broken_agreement: 0 },
      benchmark: { share: { low: 0.1, high: 0.15 }, sourceNote: 'guide' },
    },
    attendance: {
      total: 2,
      verified: 1,
      firstWeek: '2026-12-21',
      cumulative: [0, 1, 1, 2, 2],
      bandLow: [null, 0, 0.06, 0.21, 0.4],
      bandHigh: [null, 0, 0.39, 1.29, 2.1],
      benchmark: { typicalEnd: { low: 8, high: 12 }, sourceNote: 'guide' },
    },
    questionnaires: [
      {
        id: 'amend-trust',
        title: 'How much you trust your partner',
        scale: { min: 1, max: 7 },
        responses: {
          completedAt: ['2026-12-29T10:00:00.000Z', '2027-01-18T10:00:00.000Z'],
          total: [3.3333333333333335, null],
          band: ['Moderate', null],
        },
        latest: null,
      },
    ],
    agreementsHeld: { partners: [], gapWeeks: [] },
    signs: [{ key: 'commitment', status: 'showing', evidence: { checkInWeeksLast8Weeks: 3 } }],
    ...overrides,
  };
}

describe('decodeProgress', () => {
  it('counts the weeks out from the first Monday, across a year’s end and a leap day', () => {
    expect(weeksFrom('2026-12-28', 2)).toEqual(['2026-12-28', '2027-01-04']);
    expect(weeksFrom('2028-02-21', 2)).toEqual(['2028-02-21', '2028-02-28']);
    expect(weeksFrom('2028-02-28', 2)).toEqual(['2028-02-28', '2028-03-06']);
    expect(weeksFrom(null, 0)).toEqual([]);
  });

  it('lines each partner’s values, setbacks, band and gap up on their weeks', () => {
    const trust = decodeProgress(wire()).metrics.trust;
    const [you, them] = trust.partners;
    expect(you?.weekly).toEqual([
      { weekStart: '2026-12-28', value: 3 },
      { weekStart: '2027-01-11', value: 5 },
      { weekStart: '2027-01-18', value: 2 },
    ]);
    expect(you?.setbacks).toEqual([{ weekStart: '2027-01-18', value: 2, expected: 5, drop: 3 }]);
    expect(you).toMatchObject({ first: 3, latest: 2, weeks: 3, trend, isYou: true });
    expect(them?.weekly.map((point) => point.weekStart)).toEqual([
      '2026-12-28',
      '2027-01-04',
      '2027-01-18',
    ]);
    expect(trust.band[1]).toEqual({ weekStart: '2027-01-04', low: 2.03, high: 3.08 });
    expect(trust.band).toHaveLength(4);
    expect(trust.gap).toEqual([
      { weekStart: '2026-12-28', a: 3, b: 6, gap: -3 },
      { weekStart: '2027-01-18', a: 2, b: 5, gap: -3 },
    ]);
    expect(trust.id).toBe('trust');
    expect(trust.benchmark).toEqual(benchmark);
  });

  it('gives the chart one column per week, with gaps where nobody checked in', () => {
    const model = buildChartModel(decodeProgress(wire()).metrics.trust);
    expect(model.weeks).toEqual(['2026-12-28', '2027-01-04', '2027-01-11', '2027-01-18']);
    expect(model.lines.map((line) => line.values)).toEqual([
      [3, null, 5, 2],
      [6, 6, null, 5],
    ]);
    expect(model.lines[0]?.setbackIndexes).toEqual([3]);
    expect(model.band?.low).toEqual([2, 2.03, 2.09, 2.16]);
  });

  it('shows no band, and no gap without a partner', () => {
    const alone = metric({
      partners: metric().partners.slice(0, 1),
      band: null,
      gap: null,
    });
    const decoded = decodeProgress(
      wire({ metrics: { trust: alone, closeness: alone, communication: alone } }),
    );
    expect(decoded.metrics.closeness.band).toEqual([]);
    expect(decoded.metrics.closeness.gap).toEqual([]);
    expect(decoded.metrics.closeness.partners).toHaveLength(1);
  });

  it('starts empty before the first check-in', () => {
    const empty = metric({
      partners: [
        {
          ...(metric().partners[0] as RatingMetricWire['partners'][number]),
          values: [],
          first: null,
          latest: null,
          weeks: 0,
          setbacks: [],
        },
      ],
      band: null,
      gap: null,
    });
    const decoded = decodeProgress(
      wire({
        firstWeek: null,
        weekCount: 0,
        metrics: { trust: empty, closeness: empty, communication: empty },
      }),
    );
    expect(decoded.metrics.trust.partners[0]?.weekly).toEqual([]);
    expect(buildChartModel(decoded.metrics.trust).weeks).toEqual([]);
  });

  it('gives attendance its own weeks, and questionnaire responses one by one', () => {
    const decoded = decodeProgress(wire());
    expect(decoded.attendance.weekly[0]).toEqual({
      weekStart: '2026-12-21',
      cumulative: 0,
      band: null,
    });
    expect(decoded.attendance.weekly.at(-1)).toEqual({
      weekStart: '2027-01-18',
      cumulative: 2,
      band: { low: 0.4, high: 2.1 },
    });
    expect(decoded.questionnaires[0]?.responses).toEqual([
      { completedAt: '2026-12-29T10:00:00.000Z', total: 3.3333333333333335, band: 'Moderate' },
      { completedAt: '2027-01-18T10:00:00.000Z', total: null, band: null },
    ]);
    expect(decoded.signs).toEqual(wire().signs);
    expect(decoded.relapse).toEqual(wire().relapse);
  });
});
