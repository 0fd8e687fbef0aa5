import type { ChartModel } from '../progress/chartModel';
import { weeklyChartModel, weekOffsets } from '../progress/chartModel';
import { calendarDateToUtc } from '../progress/words';
import type { CoupleMetric, CoupleView } from './types';

// The progress dashboard's chart model, built for a therapist: no partner is "you". The first
// partner listed takes the solid line and round points, the second the dashed line and square
// points, and every line carries the partner's name (for the key and the table's columns).

type Instrument = CoupleView['questionnaires'][number]['instruments'][number];

/** The partner's place in the couple decides their line style on every chart of the page. */
function chartPartner(
  memberId: string,
  displayName: string,
  order: readonly string[],
): ChartModel['lines'][number]['partner'] {
  return { memberId, displayName, isYou: order.indexOf(memberId) <= 0 };
}

export function metricChartModel(metric: CoupleMetric, order: readonly string[]): ChartModel {
  return weeklyChartModel(metric, metric.partners, (partner) => ({
    partner: chartPartner(partner.memberId, partner.displayName, order),
    label: partner.displayName,
  }));
}

/** The Monday of a completion's calendar day, "YYYY-MM-DD", to place it on a weekly axis. */
function mondayOf(isoDateTime: string): string {
  const day = new Date(calendarDateToUtc(isoDateTime.slice(0, 10)));
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}

/**
 * One partner's scores on one questionnaire over time (the last in a week stands for the week),
 * with the first clinical cut-off drawn as the shaded range where its meaning holds.
 */
export function questionnaireChartModel(
  instrument: Instrument,
  partner: { memberId: string; displayName: string },
  order: readonly string[],
): ChartModel {
  const byWeek = new Map<string, number>();
  for (const response of instrument.responses) {
    if (response.total !== null) byWeek.set(mondayOf(response.completedAt), response.total);
  }
  const weeks = [...byWeek.keys()].sort();
  const cutoff = instrument.cutoffs[0];
  const { min, max } = instrument.scale;
  const band = cutoff
    ? {
        low: weeks.map(() => (cutoff.direction === 'below' ? min : cutoff.value)),
        high: weeks.map(() => (cutoff.direction === 'below' ? cutoff.value : max)),
      }
    : null;
  return {
    weeks,
    xs: weekOffsets(weeks),
    band,
    lines: [
      {
        partner: chartPartner(partner.memberId, partner.displayName, order),
        label: partner.displayName,
        values: weeks.map((week) => byWeek.get(week) ?? null),
        setbackIndexes: [],
      },
    ],
    yRange: [min, max],
  };
}
