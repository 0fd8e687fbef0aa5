import {
  type CivilDate,
  civilFromDayNumber,
  dayNumberFromCivil,
  dayNumberOf,
  daysInMonth,
} from '../time/day-number.js';
import type { LocalDate } from '../time/local-date.js';

export type MetricId =
  | 'communication'
  | 'intimacy'
  | 'trust'
  | 'forgiveness'
  | 'relapse'
  | 'attendance';

/** One row of the program guide's metrics table, as data. */
export interface MetricBenchmark {
  id: MetricId;
  measure: string;
  recordedBy: string;
  timeframeMonths: { min: number; max: number };
  /** Where couples typically are at the start, in `unit`; null when the guide gives no level. */
  typicalStart: { low: number; high: number } | null;
  /** Where couples typically are after the timeframe, in `unit`; null when no level is given. */
  typicalEnd: { low: number; high: number } | null;
  /** Change relative to the person's own baseline, as a fraction (0.3 = +30 %). Intimacy. */
  relativeChange?: { low: number; high: number };
  /** Share of couples, as a fraction (0.6 = 60 %). Forgiveness and relapse. */
  share?: { low: number; high: number };
  unit: string;
  sourceNote: string;
}

// Said once so every row carries the same honest framing: these describe what the guide calls
// typical, they are not research norms, and a couple outside the band has not failed.
const GUIDE_NOTE =
  "The program guide's figure, not a published norm: shown as what the guide calls typical, " +
  'never as a verdict on a couple.';

export const GUIDE_BENCHMARKS: readonly MetricBenchmark[] = Object.freeze([
  {
    id: 'communication',
    measure: 'honest, open conversations per week',
    recordedBy: 'both partners (self-report log); therapist observation',
    timeframeMonths: { min: 3, max: 6 },
    typicalStart: { low: 1, high: 1 },
    // The guide says "4+"; an open band cannot be drawn, so 6 a week is Amend's upper edge.
    typicalEnd: { low: 4, high: 6 },
    unit: 'conversations per week',
    sourceNote: `${GUIDE_NOTE} The guide gives "from about 1 to 4+ a week"; the upper edge of 6 is Amend's choice for drawing the band.`,
  },
  {
    id: 'intimacy',
    measure: 'emotional intimacy: questionnaire score (monthly) and closeness rating (weekly)',
    recordedBy: 'each partner',
    timeframeMonths: { min: 6, max: 12 },
    // No absolute level: the guide's figure is relative to where each person started.
    typicalStart: null,
    typicalEnd: null,
    relativeChange: { low: 0.3, high: 0.5 },
    unit: 'points on the intimacy scale (relative to the person’s own baseline)',
    sourceNote: `${GUIDE_NOTE} The guide gives an improvement of 30–50 % on intimacy scales.`,
  },
  {
    id: 'trust',
    measure: 'trust rating on a 1–10 scale (weekly) and trust questionnaire (monthly)',
    recordedBy: 'each partner',
    timeframeMonths: { min: 6, max: 18 },
    typicalStart: { low: 2, high: 3 },
    typicalEnd: { low: 7, high: 8 },
    unit: 'rating (1–10)',
    sourceNote: `${GUIDE_NOTE} The guide gives an increase from 2–3 to 7–8.`,
  },
  {
    id: 'forgiveness',
    measure: 'forgiveness questionnaire (monthly) and therapist assessment',
    recordedBy: 'hurt partner; therapist',
    timeframeMonths: { min: 6, max: 12 },
    typicalStart: null,
    typicalEnd: null,
    share: { low: 0.6, high: 0.7 },
    unit: 'share of couples reaching moderate to high forgiveness',
    sourceNote: `${GUIDE_NOTE} The guide gives moderate to high forgiveness in 60–70 % of couples.`,
  },
  {
    id: 'relapse',
    measure: 'incidents: renewed contact, a new affair, a lie about the affair, a broken agreement',
    recordedBy: 'both partners (self-report and partner report)',
    timeframeMonths: { min: 12, max: 24 },
    typicalStart: null,
    typicalEnd: null,
    share: { low: 0.1, high: 0.15 },
    unit: 'share of couples with a relapse',
    sourceNote: `${GUIDE_NOTE} The guide gives a relapse in about 10–15 % of couples.`,
  },
  {
    id: 'attendance',
    measure: 'couples therapy sessions attended (cumulative)',
    recordedBy: 'therapist (verified); partners',
    timeframeMonths: { min: 3, max: 12 },
    typicalStart: { low: 0, high: 0 },
    typicalEnd: { low: 8, high: 12 },
    unit: 'sessions (cumulative)',
    sourceNote: `${GUIDE_NOTE} The guide gives an average of 8–12 sessions.`,
  },
] satisfies MetricBenchmark[]);

// Looked up once per week of every chart, so by key rather than by scanning the table.
const BENCHMARKS_BY_ID = new Map(GUIDE_BENCHMARKS.map((benchmark) => [benchmark.id, benchmark]));

export function benchmarkFor(id: MetricId): MetricBenchmark {
  const found = BENCHMARKS_BY_ID.get(id);
  // Unreachable for a well-typed caller; a clear error beats undefined for an untyped one.
  if (!found) throw new RangeError(`Unknown metric: ${String(id)}`);
  return found;
}

/**
 * The guide's typical range at a given month of recovery, or null where the metric has no band
 * (relapse, forgiveness share).
 *
 * Rule: at month 0 the band is the typical start range. The guide's timeframe is a spread of
 * couples, so the band fans out: its LOW edge reaches the end range's low value at the
 * timeframe's max months (the slow couples) and its HIGH edge reaches the end range's high value
 * at the timeframe's min months (the fast couples), linear in between, constant after. Months
 * before 0 are treated as 0.
 *
 * - trust: 2–3 at month 0 → 7–8 (low edge 7 at 18 months, high edge 8 at 6 months).
 * - communication: 1–1 a week → 4–6 a week (low 4 at 6 months, high 6 at 3 months).
 * - intimacy: relative to the person's own `baseline`: baseline at month 0 → baseline × 1.30 …
 *   × 1.50, ramped the same way (low at 12 months, high at 6). Null without a positive, finite
 *   baseline, since a relative change of nothing means nothing.
 * - attendance: cumulative sessions 0 → 8–12 (low 8 at 12 months, high 12 at 3 months).
 * - forgiveness and relapse: null; the guide gives a share of couples, not a level per person.
 */
export function typicalBand(
  id: MetricId,
  monthsSinceStart: number,
  baseline?: number,
): { low: number; high: number } | null {
  if (Number.isNaN(monthsSinceStart)) return null;
  const benchmark = benchmarkFor(id);
  let start = benchmark.typicalStart;
  let end = benchmark.typicalEnd;
  if (benchmark.relativeChange) {
    if (baseline === undefined || !Number.isFinite(baseline) || baseline <= 0) return null;
    start = { low: baseline, high: baseline };
    end = {
      low: baseline * (1 + benchmark.relativeChange.low),
      high: baseline * (1 + benchmark.relativeChange.high),
    };
  }
  if (!start || !end) return null;
  const months = Math.max(0, monthsSinceStart);
  const slowProgress = Math.min(1, months / benchmark.timeframeMonths.max);
  const fastProgress = Math.min(1, months / benchmark.timeframeMonths.min);
  return {
    low: start.low + (end.low - start.low) * slowProgress,
    high: start.high + (end.high - start.high) * fastProgress,
  };
}

/**
 * Months since `start` at `today`, for band lookup: whole calendar months plus the fraction of
 * the month in progress (so 15 January → 15 July is exactly 6, whatever the month lengths).
 * A start on the 29th–31st lands on the last day of shorter months. Negative when `today` is
 * before `start`.
 */
export function monthsBetween(start: LocalDate, today: LocalDate): number {
  const startDay = dayNumberOf(start);
  const todayDay = dayNumberOf(today);
  if (todayDay < startDay) return -monthsBetweenDays(todayDay, startDay);
  return monthsBetweenDays(startDay, todayDay);
}

/** monthsBetween on day numbers, `today` on or after `start`. */
function monthsBetweenDays(start: number, today: number): number {
  const from = civilFromDayNumber(start);
  const to = civilFromDayNumber(today);
  let whole = (to.year - from.year) * 12 + (to.month - from.month);
  if (addMonths(from, whole) > today) whole -= 1;
  const anchor = addMonths(from, whole);
  const next = addMonths(from, whole + 1);
  return whole + (today - anchor) / (next - anchor);
}

/** The day number `months` calendar months after `date`, clamped to a shorter month's end. */
function addMonths(date: CivilDate, months: number): number {
  const monthIndex = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  return dayNumberFromCivil(year, month, Math.min(date.day, daysInMonth(year, month)));
}
