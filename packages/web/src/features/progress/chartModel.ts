import type { AttendanceSummary, PartnerSeries, RatingMetric } from './types';
import { calendarDateToUtc, youFirst } from './words';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

export interface ChartLine {
  /** Who the line belongs to: their style, their column in the table, their key entry. */
  partner: Pick<PartnerSeries, 'memberId' | 'displayName' | 'isYou'>;
  /** A name for a line that is not a partner's own ratings (the sessions so far). */
  label?: string;
  /** One value per week of the chart; null where this partner did not check in. */
  values: (number | null)[];
  /** Indexes (into the chart's weeks) of the weeks the server marked as setbacks. */
  setbackIndexes: number[];
}

/** Everything the chart and its table need, lined up week by week. */
export interface ChartModel {
  /** Every week shown, "YYYY-MM-DD" Mondays, in order. */
  weeks: string[];
  /** Each week as a number of weeks after the first, so gaps between weeks stay visible. */
  xs: number[];
  band: { low: (number | null)[]; high: (number | null)[] } | null;
  lines: ChartLine[];
  yRange: [number, number];
}

/** Each week as a number of weeks after the first, so gaps between weeks stay visible. */
export function weekOffsets(weeks: readonly string[]): number[] {
  const firstWeek = weeks[0];
  const start = firstWeek === undefined ? 0 : calendarDateToUtc(firstWeek);
  return weeks.map((week) => Math.round((calendarDateToUtc(week) - start) / WEEK_MS));
}

/** What a weekly chart needs of a metric: its scale and the guide's band, week by week. */
interface WeeklyMetric {
  readonly scale: { readonly min: number; readonly max: number };
  readonly band: readonly { weekStart: string; low: number; high: number }[];
}

/** What a weekly chart needs of each partner: their weekly values and the setback weeks. */
interface WeeklySeries {
  readonly weekly: readonly { weekStart: string; value: number }[];
  readonly setbacks: readonly { weekStart: string }[];
}

/**
 * The partners' weekly lines over the guide's band, on every week either has (or the band
 * covers). `identify` says whose each line is: "you" on a couple's own dashboard, names in the
 * therapist portal. Partners with no weeks get no line.
 */
export function weeklyChartModel<Series extends WeeklySeries>(
  metric: WeeklyMetric,
  partners: readonly Series[],
  identify: (series: Series) => Pick<ChartLine, 'partner' | 'label'>,
): ChartModel {
  const charted = partners.filter((partner) => partner.weekly.length > 0);
  const weekSet = new Set<string>(metric.band.map((entry) => entry.weekStart));
  for (const partner of charted) for (const point of partner.weekly) weekSet.add(point.weekStart);
  const weeks = [...weekSet].sort();

  const lines = charted.map((partner) => {
    const byWeek = new Map(partner.weekly.map((point) => [point.weekStart, point.value]));
    const setbackWeeks = new Set(partner.setbacks.map((setback) => setback.weekStart));
    return {
      ...identify(partner),
      values: weeks.map((week) => byWeek.get(week) ?? null),
      setbackIndexes: weeks.flatMap((week, index) => (setbackWeeks.has(week) ? [index] : [])),
    };
  });

  const bandByWeek = new Map(metric.band.map((entry) => [entry.weekStart, entry]));
  const band =
    metric.band.length > 0
      ? {
          low: weeks.map((week) => bandByWeek.get(week)?.low ?? null),
          high: weeks.map((week) => bandByWeek.get(week)?.high ?? null),
        }
      : null;

  // The y axis is fixed to the metric's scale, so charts read the same from week to week; it
  // only grows if a value lies beyond it (ten or more honest conversations in a week).
  let top = metric.scale.max;
  for (const line of lines)
    for (const value of line.values) if (value !== null) top = Math.max(top, value);
  for (const value of band?.high ?? []) if (value !== null) top = Math.max(top, value);

  return { weeks, xs: weekOffsets(weeks), band, lines, yRange: [metric.scale.min, Math.ceil(top)] };
}

/** A couple's own dashboard: "you" first, with your line style. */
export function buildChartModel(metric: RatingMetric): ChartModel {
  return weeklyChartModel(metric, youFirst(metric.partners), (partner) => ({ partner }));
}

/**
 * Therapy sessions so far, week by week, drawn like a partner's line over the guide's band.
 * The line uses "your" style: solid, round points.
 */
export function buildAttendanceModel(attendance: AttendanceSummary, label: string): ChartModel {
  const weeks = attendance.weekly.map((week) => week.weekStart);
  const values = attendance.weekly.map((week) => week.cumulative);
  const hasBand = attendance.weekly.some((week) => week.band !== null);
  const band = hasBand
    ? {
        low: attendance.weekly.map((week) => week.band?.low ?? null),
        high: attendance.weekly.map((week) => week.band?.high ?? null),
      }
    : null;
  let top = 1;
  for (const value of values) top = Math.max(top, value);
  for (const value of band?.high ?? []) if (value !== null) top = Math.max(top, value);
  return {
    weeks,
    xs: weekOffsets(weeks),
    band,
    lines: [
      {
        partner: { memberId: 'sessions', displayName: label, isYou: true },
        label,
        values,
        setbackIndexes: [],
      },
    ],
    yRange: [0, Math.ceil(top)],
  };
}
