import { daysBetween, type LocalDate } from '@amend/core';
import type { QuestionnaireProgress } from '../questionnaires/service.js';
import type { ProgressView, RatingMetricView } from './service.js';

/**
 * The dashboard as it goes over the wire: every weekly series is a plain array of numbers
 * aligned to one list of consecutive weeks, sent once as its first Monday and its length, with
 * null where a week has no value. A two-year dashboard was about 75 KB when every point carried
 * its own date and key names; most of a response was those repeated strings, and on a small
 * server the time to move a response grows with its size (bench/README.md). The numbers are the
 * ones packages/core computed (see service.ts); this only lines them up. The web turns them back
 * into what its charts need (packages/web/src/features/progress/wire.ts).
 */

type Series = (number | null)[];

interface PartnerWire {
  readonly memberId: string;
  readonly displayName: string;
  readonly isYou: boolean;
  /** The partner's value for each week of the axis. */
  readonly values: Series;
  readonly first: number | null;
  readonly latest: number | null;
  readonly weeks: number;
  readonly trend: { direction: string; slopePerWeek: number | null };
  /** `week` is the index into the axis; the week's value is in `values`. */
  readonly setbacks: { week: number; expected: number; drop: number }[];
}

interface RatingMetricWire {
  readonly scale: RatingMetricView['scale'];
  readonly unit: string;
  readonly partners: PartnerWire[];
  /** The guide's typical range for each week of the axis, or null when it has none at all. */
  readonly band: { low: Series; high: Series } | null;
  /** You minus your partner where both rated the week; null when there is no partner. */
  readonly gap: Series | null;
  readonly benchmark: RatingMetricView['benchmark'];
}

interface QuestionnaireWire {
  readonly id: string;
  readonly title: string;
  readonly scale: { min: number; max: number };
  /** Oldest first, one entry per response in each array. */
  readonly responses: { completedAt: string[]; total: Series; band: (string | null)[] };
  readonly latest: QuestionnaireProgress['latest'];
}

export interface ProgressWire {
  readonly weeksInRecovery: number;
  /** The Monday of the metrics' first week; week i is 7 × i days later. Null before any data. */
  readonly firstWeek: string | null;
  readonly weekCount: number;
  readonly metrics: Record<keyof ProgressView['metrics'], RatingMetricWire>;
  readonly relapse: ProgressView['relapse'];
  readonly attendance: {
    readonly total: number;
    readonly verified: number;
    /** Attendance has its own weeks: from the week the space began to this one. */
    readonly firstWeek: string | null;
    readonly cumulative: number[];
    readonly bandLow: Series;
    readonly bandHigh: Series;
    readonly benchmark: ProgressView['attendance']['benchmark'];
  };
  readonly questionnaires: QuestionnaireWire[];
  readonly agreementsHeld: ProgressView['agreementsHeld'];
  readonly signs: ProgressView['signs'];
}

/**
 * The guide's band is an interpolation between its start and end figures; two decimals draw
 * the same chart (the table shows one) in a fifth of the characters of a full double.
 */
function bandEdge(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Consecutive Mondays from `first`, with each week's index found by day arithmetic. */
class WeekAxis {
  constructor(
    readonly first: LocalDate | null,
    readonly count: number,
  ) {}

  static spanning(weeks: Iterable<string>): WeekAxis {
    let first: string | undefined;
    let last: string | undefined;
    for (const week of weeks) {
      if (first === undefined || week < first) first = week;
      if (last === undefined || week > last) last = week;
    }
    if (first === undefined || last === undefined) return new WeekAxis(null, 0);
    return new WeekAxis(
      first as LocalDate,
      daysBetween(first as LocalDate, last as LocalDate) / 7 + 1,
    );
  }

  indexOf(week: string): number {
    const days = this.first === null ? Number.NaN : daysBetween(this.first, week as LocalDate);
    // Every weekly figure core computes starts on a Monday; anything else is a bug upstream.
    if (!Number.isInteger(days / 7) || days < 0 || days / 7 >= this.count) {
      throw new Error(`week ${week} is not on the dashboard's axis from ${this.first}`);
    }
    return days / 7;
  }

  /** One slot per week, filled from `points` where they have a value. */
  align<T>(points: readonly T[], weekOf: (point: T) => string, valueIn: (point: T) => number) {
    const series: Series = new Array<number | null>(this.count).fill(null);
    for (const point of points) series[this.indexOf(weekOf(point))] = valueIn(point);
    return series;
  }
}

function ratingMetricWire(metric: RatingMetricView, axis: WeekAxis): RatingMetricWire {
  const hasPair = metric.partners.some((p) => p.isYou) && metric.partners.some((p) => !p.isYou);
  return {
    scale: metric.scale,
    unit: metric.unit,
    partners: metric.partners.map((partner) => ({
      memberId: partner.memberId,
      displayName: partner.displayName,
      isYou: partner.isYou,
      values: axis.align(
        partner.weekly,
        (point) => point.weekStart,
        (point) => point.value,
      ),
      first: partner.first,
      latest: partner.latest,
      weeks: partner.weeks,
      trend: partner.trend,
      setbacks: partner.setbacks.map((setback) => ({
        week: axis.indexOf(setback.weekStart),
        expected: setback.expected,
        drop: setback.drop,
      })),
    })),
    band:
      metric.band.length === 0
        ? null
        : {
            low: axis.align(
              metric.band,
              (point) => point.weekStart,
              (point) => bandEdge(point.low),
            ),
            high: axis.align(
              metric.band,
              (point) => point.weekStart,
              (point) => bandEdge(point.high),
            ),
          },
    gap: hasPair
      ? axis.align(
          metric.gap,
          (point) => point.weekStart,
          (point) => point.gap,
        )
      : null,
    benchmark: metric.benchmark,
  };
}

/** The weeks any metric has a figure for: partners' values, the band and the gap. */
function metricWeeks(metrics: readonly RatingMetricView[]): string[] {
  return metrics.flatMap((metric) => [
    ...metric.partners.flatMap((partner) => partner.weekly.map((point) => point.weekStart)),
    ...metric.band.map((point) => point.weekStart),
    ...metric.gap.map((point) => point.weekStart),
  ]);
}

/** The computed dashboard (service.ts) lined up on its weeks for the wire. */
export function toProgressWire(view: ProgressView): ProgressWire {
  const axis = WeekAxis.spanning(metricWeeks(Object.values(view.metrics)));
  const attendanceAxis = WeekAxis.spanning(view.attendance.weekly.map((week) => week.weekStart));
  const attendanceWeeks = view.attendance.weekly;
  // attendanceSeries has a point for every week from the first, so its counts line up as they are.
  if (attendanceAxis.count !== attendanceWeeks.length) {
    throw new Error('attendance weeks are not consecutive');
  }
  return {
    weeksInRecovery: view.weeksInRecovery,
    firstWeek: axis.first,
    weekCount: axis.count,
    metrics: {
      trust: ratingMetricWire(view.metrics.trust, axis),
      closeness: ratingMetricWire(view.metrics.closeness, axis),
      communication: ratingMetricWire(view.metrics.communication, axis),
    },
    relapse: view.relapse,
    attendance: {
      total: view.attendance.total,
      verified: view.attendance.verified,
      firstWeek: attendanceAxis.first,
      cumulative: attendanceWeeks.map((week) => week.cumulative),
      bandLow: attendanceAxis.align(
        attendanceWeeks.filter((week) => week.band !== null),
        (week) => week.weekStart,
        (week) => bandEdge(week.band?.low ?? 0),
      ),
      bandHigh: attendanceAxis.align(
        attendanceWeeks.filter((week) => week.band !== null),
        (week) => week.weekStart,
        (week) => bandEdge(week.band?.high ?? 0),
      ),
      benchmark: view.attendance.benchmark,
    },
    questionnaires: view.questionnaires.map((questionnaire) => ({
      id: questionnaire.id,
      title: questionnaire.title,
      scale: questionnaire.scale,
      responses: {
        completedAt: questionnaire.responses.map((response) => response.completedAt),
        total: questionnaire.responses.map((response) => response.total),
        band: questionnaire.responses.map((response) => response.band),
      },
      latest: questionnaire.latest,
    })),
    agreementsHeld: view.agreementsHeld,
    signs: view.signs,
  };
}
