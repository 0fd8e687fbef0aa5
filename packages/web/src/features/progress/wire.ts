import type { AgreementsHeld } from '../agreements/types';
import type {
  AttendanceSummary,
  MetricId,
  PartnerSeries,
  Progress,
  QuestionnaireProgress,
  RatingMetric,
  RelapseSummary,
  SignOfProgress,
} from './types';

// GET /api/v1/progress as the server sends it: each weekly series is a plain array of numbers
// aligned to one list of consecutive weeks, given once as its first Monday and its length, with
// null where a week has no value (packages/server/src/features/progress/wire.ts). Sending a date
// and key names with every point made a two-year dashboard about 75 KB; this is a fraction of
// that. `decodeProgress` only lines the server's numbers back up week by week for the charts,
// the table and the sentences: it computes none of its own.

type Series = (number | null)[];

export interface PartnerWire {
  memberId: string;
  displayName: string;
  isYou: boolean;
  values: Series;
  first: number | null;
  latest: number | null;
  weeks: number;
  trend: PartnerSeries['trend'];
  /** `week` indexes the weeks; the week's value is in `values`. */
  setbacks: { week: number; expected: number; drop: number }[];
}

export interface RatingMetricWire {
  scale: RatingMetric['scale'];
  unit: string;
  partners: PartnerWire[];
  band: { low: Series; high: Series } | null;
  /** You minus your partner where both rated the week; null when there is no partner. */
  gap: Series | null;
  benchmark: RatingMetric['benchmark'];
}

export interface QuestionnaireWire {
  id: string;
  title: string;
  scale: QuestionnaireProgress['scale'];
  responses: { completedAt: string[]; total: Series; band: (string | null)[] };
  latest: QuestionnaireProgress['latest'];
}

export interface ProgressWire {
  weeksInRecovery: number;
  /** The Monday of the first week; week i is 7 × i days later. Null before any data. */
  firstWeek: string | null;
  weekCount: number;
  metrics: Record<MetricId, RatingMetricWire>;
  relapse: RelapseSummary;
  attendance: {
    total: number;
    verified: number;
    firstWeek: string | null;
    cumulative: number[];
    bandLow: Series;
    bandHigh: Series;
    benchmark: AttendanceSummary['benchmark'];
  };
  questionnaires: QuestionnaireWire[];
  agreementsHeld: AgreementsHeld;
  signs: SignOfProgress[];
}

const DAY_MS = 86_400_000;

/** `count` Mondays "YYYY-MM-DD" from `first` (calendar dates, so worked out at UTC). */
export function weeksFrom(first: string | null, count: number): string[] {
  if (first === null) return [];
  const [year = 1970, month = 1, day = 1] = first.split('-').map(Number);
  const start = Date.UTC(year, month - 1, day);
  return Array.from({ length: count }, (_, index) =>
    new Date(start + 7 * index * DAY_MS).toISOString().slice(0, 10),
  );
}

/** The weeks (with their index) where a series has a value. */
function filled(
  weeks: readonly string[],
  series: Series,
): { week: string; index: number; value: number }[] {
  return weeks.flatMap((week, index) => {
    const value = series[index];
    return value === null || value === undefined ? [] : [{ week, index, value }];
  });
}

function decodePartner(partner: PartnerWire, weeks: readonly string[]): PartnerSeries {
  return {
    memberId: partner.memberId,
    displayName: partner.displayName,
    isYou: partner.isYou,
    weekly: filled(weeks, partner.values).map(({ week, value }) => ({ weekStart: week, value })),
    first: partner.first,
    latest: partner.latest,
    weeks: partner.weeks,
    trend: partner.trend,
    setbacks: partner.setbacks.map((setback) => ({
      weekStart: weeks[setback.week] ?? '',
      value: partner.values[setback.week] ?? Number.NaN,
      expected: setback.expected,
      drop: setback.drop,
    })),
  };
}

function decodeMetric(
  id: MetricId,
  metric: RatingMetricWire,
  weeks: readonly string[],
): RatingMetric {
  const partners = metric.partners.map((partner) => decodePartner(partner, weeks));
  const you = metric.partners.find((partner) => partner.isYou);
  const other = metric.partners.find((partner) => !partner.isYou);
  const { band } = metric;
  return {
    id,
    scale: metric.scale,
    unit: metric.unit,
    partners,
    band: band
      ? filled(weeks, band.low).flatMap(({ week, index, value: low }) => {
          const high = band.high[index];
          return high === null || high === undefined ? [] : [{ weekStart: week, low, high }];
        })
      : [],
    // The gap's two sides are the partners' own values that week.
    gap:
      metric.gap && you && other
        ? filled(weeks, metric.gap).map(({ week, index, value }) => ({
            weekStart: week,
            a: you.values[index] ?? Number.NaN,
            b: other.values[index] ?? Number.NaN,
            gap: value,
          }))
        : [],
    benchmark: metric.benchmark,
  };
}

function decodeAttendance(attendance: ProgressWire['attendance']): AttendanceSummary {
  const weeks = weeksFrom(attendance.firstWeek, attendance.cumulative.length);
  return {
    total: attendance.total,
    verified: attendance.verified,
    weekly: weeks.map((weekStart, index) => {
      const low = attendance.bandLow[index];
      const high = attendance.bandHigh[index];
      return {
        weekStart,
        cumulative: attendance.cumulative[index] ?? 0,
        band:
          low === null || low === undefined || high === null || high === undefined
            ? null
            : { low, high },
      };
    }),
    benchmark: attendance.benchmark,
  };
}

function decodeQuestionnaire(questionnaire: QuestionnaireWire): QuestionnaireProgress {
  const { responses } = questionnaire;
  return {
    id: questionnaire.id,
    title: questionnaire.title,
    scale: questionnaire.scale,
    responses: responses.completedAt.map((completedAt, index) => ({
      completedAt,
      total: responses.total[index] ?? null,
      band: responses.band[index] ?? null,
    })),
    latest: questionnaire.latest,
  };
}

/** The dashboard lined up week by week, in the shape its cards and charts take. */
export function decodeProgress(wire: ProgressWire): Progress {
  const weeks = weeksFrom(wire.firstWeek, wire.weekCount);
  return {
    weeksInRecovery: wire.weeksInRecovery,
    metrics: {
      trust: decodeMetric('trust', wire.metrics.trust, weeks),
      closeness: decodeMetric('closeness', wire.metrics.closeness, weeks),
      communication: decodeMetric('communication', wire.metrics.communication, weeks),
    },
    signs: wire.signs,
    relapse: wire.relapse,
    attendance: decodeAttendance(wire.attendance),
    questionnaires: wire.questionnaires.map(decodeQuestionnaire),
    agreementsHeld: wire.agreementsHeld,
  };
}
