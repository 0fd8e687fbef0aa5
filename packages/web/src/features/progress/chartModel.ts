import type { PartnerSeries, RatingMetric } from './types';
import { calendarDateToUtc, youFirst } from './words';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

export interface ChartLine {
  partner: PartnerSeries;
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

export function buildChartModel(metric: RatingMetric): ChartModel {
  const partners = youFirst(metric.partners).filter((partner) => partner.weekly.length > 0);
  const weekSet = new Set<string>(metric.band.map((entry) => entry.weekStart));
  for (const partner of partners) for (const point of partner.weekly) weekSet.add(point.weekStart);
  const weeks = [...weekSet].sort();
  const firstWeek = weeks[0];
  const start = firstWeek === undefined ? 0 : calendarDateToUtc(firstWeek);
  const xs = weeks.map((week) => Math.round((calendarDateToUtc(week) - start) / WEEK_MS));

  const lines = partners.map((partner) => {
    const byWeek = new Map(partner.weekly.map((point) => [point.weekStart, point.value]));
    const setbackWeeks = new Set(partner.setbacks.map((setback) => setback.weekStart));
    return {
      partner,
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

  return { weeks, xs, band, lines, yRange: [metric.scale.min, Math.ceil(top)] };
}
