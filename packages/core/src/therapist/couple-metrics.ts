import { type MetricId, monthsBetween, typicalBand } from '../metrics/benchmarks.js';
import { type GapPoint, perceptionGap } from '../metrics/perception-gap.js';
import { detectSetbacks, type Setback } from '../metrics/setbacks.js';
import { type TrendDirection, trendOf } from '../metrics/trend.js';
import { aggregateWeekly, type WeeklyValue, weekStartOf } from '../metrics/weekly.js';
import { addDays, type LocalDate } from '../time/local-date.js';

export interface PartnerRatings {
  readonly memberId: string;
  readonly displayName: string;
  /** The partner's values by the Monday of their week (check-ins, or a therapist's observations). */
  readonly points: readonly { readonly weekStart: LocalDate; readonly value: number }[];
}

export interface CouplePartnerSeries {
  readonly memberId: string;
  readonly displayName: string;
  readonly weekly: WeeklyValue[];
  readonly first: number | null;
  readonly latest: number | null;
  readonly weeks: number;
  readonly trend: { direction: TrendDirection; slopePerWeek: number | null };
  readonly setbacks: Setback[];
}

export interface CoupleRatingMetric {
  readonly partners: CouplePartnerSeries[];
  /** The guide's typical range for each week from the first with data to the current one. */
  readonly band: { weekStart: LocalDate; low: number; high: number }[];
  /** Weeks both partners rated: a is the first partner listed, b the second. */
  readonly gap: GapPoint[];
}

/**
 * One of the guide's rated metrics for both partners side by side, as a therapist sees it: no
 * partner is "you". Only partners who share it are passed in; the gap needs two.
 */
export function coupleRatingMetric(
  metric: MetricId,
  partners: readonly PartnerRatings[],
  startedOn: LocalDate,
  currentWeek: LocalDate,
  minMeaningfulSlope: number,
): CoupleRatingMetric {
  const series = partners.map((partner) => {
    const weekly = aggregateWeekly(
      partner.points.map((point) => ({ date: point.weekStart, value: point.value })),
    );
    return {
      memberId: partner.memberId,
      displayName: partner.displayName,
      weekly,
      first: weekly[0]?.value ?? null,
      latest: weekly.at(-1)?.value ?? null,
      weeks: weekly.length,
      trend: trendOf(weekly, { minMeaningfulSlope }),
      setbacks: detectSetbacks(weekly),
    };
  });
  const firstWeek = series
    .map((partner) => partner.weekly[0]?.weekStart)
    .filter((week): week is LocalDate => week !== undefined)
    .sort()[0];
  const baseline = series[0]?.first ?? undefined;
  const band: CoupleRatingMetric['band'] = [];
  if (firstWeek) {
    for (let week = weekStartOf(firstWeek); week <= currentWeek; week = addDays(week, 7)) {
      const range = typicalBand(metric, monthsBetween(startedOn, week), baseline);
      if (range) band.push({ weekStart: week, ...range });
    }
  }
  const [a, b] = series;
  return { partners: series, band, gap: a && b ? perceptionGap(a.weekly, b.weekly) : [] };
}
