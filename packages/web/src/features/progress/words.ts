import { formatCalendarDate, LOCALE, t, todayInTimeZone } from '../../i18n';
import type { MetricId, PartnerSeries, RatingMetric, Setback } from './types';

// Sentences for the dashboard, built only from the server's numbers (first, latest, weeks,
// gap, setbacks): the app words them and does no analysis of its own.

const oneDecimal = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });
const signedTwoDecimals = new Intl.NumberFormat(LOCALE, {
  maximumFractionDigits: 2,
  signDisplay: 'exceptZero',
});
const shortDate = new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});
const listFormat = new Intl.ListFormat(LOCALE, { type: 'conjunction' });

/** 5, 4.5 — weekly values can be averages, so at most one decimal. */
export function formatNumber(n: number): string {
  return oneDecimal.format(n);
}

/** +0.25, −0.1 — for changes per week. */
export function formatSigned(n: number): string {
  return signedTwoDecimals.format(n);
}

/** Calendar date "YYYY-MM-DD" as milliseconds at UTC midnight (calendar dates have no zone). */
export function calendarDateToUtc(date: string): number {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}

/** "3 Mar", for chart axes: the Monday `weeksLater` weeks after `date`. */
export function formatShortDate(date: string, weeksLater = 0): string {
  const day = new Date(calendarDateToUtc(date));
  day.setUTCDate(day.getUTCDate() + 7 * weeksLater);
  return shortDate.format(day);
}

/** The Monday of the current week where the person is, "YYYY-MM-DD". */
export function currentWeekStart(timeZone: string | undefined): string {
  const today = new Date(calendarDateToUtc(todayInTimeZone(timeZone)));
  const daysSinceMonday = (today.getUTCDay() + 6) % 7;
  today.setUTCDate(today.getUTCDate() - daysSinceMonday);
  return today.toISOString().slice(0, 10);
}

export function youFirst(partners: readonly PartnerSeries[]): PartnerSeries[] {
  return [...partners].sort((a, b) => Number(b.isYou) - Number(a.isYou));
}

export function hasAnyData(metric: RatingMetric): boolean {
  return metric.partners.some((partner) => partner.weeks > 0 && partner.latest !== null);
}

/** "Your trust rating has moved from 3 to 5 over 10 weeks." */
export function partnerSentence(id: MetricId, partner: PartnerSeries): string {
  const who = partner.isYou ? 'you' : 'partner';
  const params = {
    noun: t(`progress.metrics.${id}.noun`),
    name: partner.displayName,
    weeks: partner.weeks,
    first: partner.first === null ? '' : formatNumber(partner.first),
    latest: partner.latest === null ? '' : formatNumber(partner.latest),
  };
  if (partner.latest === null || partner.weeks === 0) {
    return t(`progress.sentence.${who}.none`, params);
  }
  if (partner.weeks === 1 || partner.first === null) {
    return t(`progress.sentence.${who}.one`, params);
  }
  const kind = partner.first === partner.latest ? 'same' : 'moved';
  return t(`progress.sentence.${who}.${kind}`, params);
}

/** The sentence for the summary at the top: about you, or your partner if only they have data. */
export function leadSentence(id: MetricId, metric: RatingMetric): string | null {
  const partners = youFirst(metric.partners);
  const withData = partners.find((partner) => partner.latest !== null && partner.weeks > 0);
  const chosen = withData ?? partners[0];
  return chosen ? partnerSentence(id, chosen) : null;
}

/** "This week you rated trust 6 and Sam rated it 4: a gap of 2. The gap is where the work is." */
export function gapSentence(id: MetricId, metric: RatingMetric, thisWeek: string): string | null {
  const latest = metric.gap.at(-1);
  const partner = metric.partners.find((p) => !p.isYou);
  if (!latest || !partner) return null;
  const when =
    latest.weekStart === thisWeek
      ? t('progress.when.thisWeek')
      : t('progress.when.weekOf', { date: formatCalendarDate(latest.weekStart) });
  const params = {
    when,
    name: partner.displayName,
    a: formatNumber(latest.a),
    b: formatNumber(latest.b),
    gap: formatNumber(Math.abs(latest.gap)),
  };
  return latest.gap === 0
    ? t(`progress.metrics.${id}.gapNone`, params)
    : t(`progress.metrics.${id}.gap`, params);
}

/** The chart's accessible name: one sentence with the period and each partner's numbers. */
export function chartSummary(id: MetricId, metric: RatingMetric, weeks: readonly string[]) {
  const parts = youFirst(metric.partners).flatMap((partner) => {
    if (partner.latest === null || partner.weeks === 0) return [];
    const params = {
      name: partner.displayName,
      first: partner.first === null ? '' : formatNumber(partner.first),
      latest: formatNumber(partner.latest),
    };
    const moved = partner.weeks > 1 && partner.first !== null;
    const key = partner.isYou
      ? moved
        ? 'progress.chart.yoursMoved'
        : 'progress.chart.yoursOne'
      : moved
        ? 'progress.chart.theirsMoved'
        : 'progress.chart.theirsOne';
    return [t(key, params)];
  });
  const first = weeks[0];
  const last = weeks.at(-1);
  return t(metric.band.length > 0 ? 'progress.chart.summaryWithBand' : 'progress.chart.summary', {
    title: t(`progress.metrics.${id}.title`),
    start: first ? formatCalendarDate(first) : '',
    end: last ? formatCalendarDate(last) : '',
    parts: listFormat.format(parts),
  });
}

/** "Healing is not a straight line: your dip to 4 in the week of 3 March 2025 is part of …" */
export function setbackSentence(partner: PartnerSeries, setback: Setback): string {
  return t(partner.isYou ? 'progress.setbacks.you' : 'progress.setbacks.partner', {
    name: partner.displayName,
    value: formatNumber(setback.value),
    date: formatCalendarDate(setback.weekStart),
  });
}
