import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../time/local-date.js';
import { isAssignmentDue } from './assignments.js';
import { coupleRatingMetric } from './couple-metrics.js';
import { forgivenessLevel, forgivenessLevelOf, observedCommunication } from './observations.js';
import { type CoupleOutcomeFacts, FEW_COUPLES, practiceOutcomes } from './outcomes.js';
import { periodSummary } from './report.js';

const couple = (overrides: Partial<CoupleOutcomeFacts>): CoupleOutcomeFacts => ({
  forgiveness: null,
  relapsed: null,
  sessionsAttended: 0,
  trust: null,
  ...overrides,
});

describe('practice outcomes', () => {
  it('counts only couples that measured each figure, beside the guide’s figures', () => {
    const outcomes = practiceOutcomes([
      couple({
        forgiveness: 'high',
        relapsed: false,
        sessionsAttended: 10,
        trust: { start: 2, latest: 7 },
      }),
      couple({
        forgiveness: 'low',
        relapsed: true,
        sessionsAttended: 4,
        trust: { start: 3, latest: 5 },
      }),
      couple({ forgiveness: 'moderate', relapsed: null, sessionsAttended: 8 }),
      couple({}),
    ]);
    expect(outcomes.couples).toBe(4);
    expect(outcomes.forgiveness).toMatchObject({
      count: 2,
      couples: 3,
      guide: { low: 0.6, high: 0.7 },
    });
    expect(outcomes.forgiveness.share).toBeCloseTo(2 / 3);
    expect(outcomes.relapse).toMatchObject({
      count: 1,
      couples: 2,
      share: 0.5,
      guide: { low: 0.1, high: 0.15 },
    });
    expect(outcomes.sessions).toMatchObject({ median: 6, couples: 4, guide: { low: 8, high: 12 } });
    expect(outcomes.trust).toMatchObject({ medianStart: 2.5, medianLatest: 6, couples: 2 });
    expect(outcomes.trust.guide).toEqual({ start: { low: 2, high: 3 }, end: { low: 7, high: 8 } });
  });

  it('says when there are too few couples to read much into a figure', () => {
    const few = practiceOutcomes([couple({ relapsed: false })]);
    expect(few.relapse.few).toBe(true);
    const many = practiceOutcomes(
      Array.from({ length: FEW_COUPLES }, () => couple({ relapsed: false })),
    );
    expect(many.relapse).toMatchObject({ few: false, share: 0 });
    expect(practiceOutcomes([]).sessions.median).toBeNull();
  });
});

describe('the therapist’s own measures', () => {
  it('the latest of questionnaire and assessment stands; on the same day, the assessment', () => {
    const q = { on: '2026-11-01' as LocalDate, level: 'low' as const };
    const a = { on: '2026-11-01' as LocalDate, level: 'moderate' as const };
    expect(forgivenessLevel(q, a)).toEqual({ ...a, source: 'therapist' });
    expect(forgivenessLevel({ ...q, on: '2026-11-08' as LocalDate }, a)?.source).toBe(
      'questionnaire',
    );
    expect(forgivenessLevel(null, null)).toBeNull();
    expect([1, 2, 3, 4].map(forgivenessLevelOf)).toEqual(['low', 'moderate', 'high', null]);
  });

  it('observed conversations become a weekly series', () => {
    expect(
      observedCommunication([
        { on: '2026-11-03' as LocalDate, perWeek: 2 },
        { on: '2026-11-05' as LocalDate, perWeek: 4 },
      ]),
    ).toEqual([{ weekStart: '2026-11-02', value: 3, count: 2 }]);
  });
});

describe('both partners side by side', () => {
  it('gives each partner’s series, the band from the first week, and the gap', () => {
    const metric = coupleRatingMetric(
      'trust',
      [
        {
          memberId: 'a',
          displayName: 'Alex',
          points: [
            { weekStart: '2026-11-02' as LocalDate, value: 3 },
            { weekStart: '2026-11-09' as LocalDate, value: 4 },
          ],
        },
        {
          memberId: 'b',
          displayName: 'Sam',
          points: [{ weekStart: '2026-11-09' as LocalDate, value: 6 }],
        },
      ],
      '2026-11-01' as LocalDate,
      '2026-11-16' as LocalDate,
      0.05,
    );
    expect(metric.partners.map((p) => [p.first, p.latest, p.weeks])).toEqual([
      [3, 4, 2],
      [6, 6, 1],
    ]);
    expect(metric.band.map((week) => week.weekStart)).toEqual([
      '2026-11-02',
      '2026-11-09',
      '2026-11-16',
    ]);
    expect(metric.gap).toEqual([{ weekStart: '2026-11-09', a: 4, b: 6, gap: -2 }]);
  });
});

describe('a report’s period', () => {
  it('summarises only the weeks inside it', () => {
    const weekly = [
      { weekStart: '2026-10-26' as LocalDate, value: 2 },
      { weekStart: '2026-11-02' as LocalDate, value: 3 },
      { weekStart: '2026-11-09' as LocalDate, value: 5 },
      { weekStart: '2026-11-16' as LocalDate, value: 9 },
    ];
    expect(periodSummary(weekly, '2026-11-01' as LocalDate, '2026-11-15' as LocalDate)).toEqual({
      first: 3,
      latest: 5,
      change: 2,
      weeks: 2,
    });
    expect(periodSummary(weekly, '2027-01-01' as LocalDate, '2027-02-01' as LocalDate)).toEqual({
      first: null,
      latest: null,
      change: null,
      weeks: 0,
    });
  });
});

describe('assigned questionnaires', () => {
  const d = (date: string) => date as LocalDate;
  it('are due from their start until answered, and again each week or month', () => {
    expect(isAssignmentDue('once', d('2026-11-10'), null, d('2026-11-09'))).toBe(false);
    expect(isAssignmentDue('once', d('2026-11-10'), d('2026-11-01'), d('2026-11-10'))).toBe(true);
    expect(isAssignmentDue('once', d('2026-11-10'), d('2026-11-11'), d('2026-12-30'))).toBe(false);
    expect(isAssignmentDue('weekly', d('2026-11-10'), d('2026-11-11'), d('2026-11-17'))).toBe(
      false,
    );
    expect(isAssignmentDue('weekly', d('2026-11-10'), d('2026-11-11'), d('2026-11-18'))).toBe(true);
    expect(isAssignmentDue('monthly', d('2026-11-10'), d('2026-11-11'), d('2026-12-08'))).toBe(
      false,
    );
    expect(isAssignmentDue('monthly', d('2026-11-10'), d('2026-11-11'), d('2026-12-09'))).toBe(
      true,
    );
  });
});
