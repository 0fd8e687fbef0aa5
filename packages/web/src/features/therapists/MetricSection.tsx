import { useId, useMemo } from 'react';
import { t } from '../../i18n';
import { metricChartModel } from './coupleCharts';
import { chartDates, lineParts, NamedChart } from './NamedChart';
import type { CoupleMetric, CoupleView } from './types';
import { formatScore } from './words';

/**
 * One of the guide's rated metrics for both partners: what the numbers say in words, the chart
 * over the guide's typical range with the perception gap, and the weeks in a table. A partner
 * who does not share check-ins is named in one calm line, with nothing of theirs.
 */
export function MetricSection({
  metric,
  partners,
}: {
  metric: CoupleMetric;
  partners: CoupleView['partners'];
}) {
  const headingId = useId();
  const title = t(`therapist.couple.metric.${metric.id}`);
  const model = useMemo(
    () =>
      metricChartModel(
        metric,
        partners.map((partner) => partner.memberId),
      ),
    [metric, partners],
  );
  const latestBand = metric.band.at(-1);
  const latestGap = metric.gap.at(-1);
  const notSharing = partners.filter((partner) => !partner.consent.includes('metrics'));
  const { start, end } = chartDates(model);
  return (
    <section className="card stack metric" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {metric.partners.map((partner) => (
        <p key={partner.memberId}>
          {partner.latest === null || partner.first === null
            ? t('therapist.couple.partnerNone', { name: partner.displayName })
            : t('therapist.couple.partnerLine', {
                name: partner.displayName,
                first: formatScore(partner.first),
                latest: formatScore(partner.latest),
                count: partner.weeks,
                trend: t(`therapist.caseload.trend.${partner.trend.direction}`),
              })}{' '}
          {t('therapist.couple.setbacks', {
            count: partner.setbacks.length,
            name: partner.displayName,
          })}
        </p>
      ))}
      {notSharing.map((partner) => (
        <p key={partner.memberId} className="muted">
          {t('therapist.couple.notSharing.metrics', { name: partner.displayName })}
        </p>
      ))}
      {latestGap ? (
        <p className="callout">
          {t('therapist.couple.gap', {
            nameA: metric.partners[0]?.displayName ?? '',
            nameB: metric.partners[1]?.displayName ?? '',
            a: formatScore(latestGap.a),
            b: formatScore(latestGap.b),
            gap: formatScore(Math.abs(latestGap.gap)),
          })}
        </p>
      ) : null}
      {model.lines.length > 0 ? (
        <NamedChart
          model={model}
          title={title}
          caption={t(
            model.band
              ? 'therapist.couple.chart.summaryWithBand'
              : 'therapist.couple.chart.summary',
            { title, start, end, parts: lineParts(model) },
          )}
        />
      ) : null}
      {latestBand && metric.partners.length > 0 ? (
        <p className="small-print">
          {t('therapist.couple.band', {
            low: formatScore(latestBand.low),
            high: formatScore(latestBand.high),
          })}
        </p>
      ) : null}
    </section>
  );
}
