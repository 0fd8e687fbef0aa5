import { useId, useMemo } from 'react';
import { t } from '../../i18n';
import { ChartLegend } from './ChartLegend';
import { buildChartModel } from './chartModel';
import { MetricTable } from './MetricTable';
import { TrendChart } from './TrendChart';
import type { MetricId, RatingMetric } from './types';
import {
  chartSummary,
  gapSentence,
  hasAnyData,
  partnerSentence,
  setbackSentence,
  youFirst,
} from './words';

interface MetricCardProps {
  id: MetricId;
  metric: RatingMetric;
  /** The Monday of the person's current week, to say "this week" when it is. */
  thisWeek: string;
}

/** One metric: what the numbers say in words, the chart, the dips, and the table. */
export function MetricCard({ id, metric, thisWeek }: MetricCardProps) {
  const headingId = useId();
  const model = useMemo(() => buildChartModel(metric), [metric]);
  const title = t(`progress.metrics.${id}.title`);
  const partners = youFirst(metric.partners);
  const gap = gapSentence(id, metric, thisWeek);
  const setbacks = partners.flatMap((partner) =>
    partner.setbacks.map((setback) => ({
      key: `${partner.memberId}-${setback.weekStart}`,
      text: setbackSentence(partner, setback),
    })),
  );
  const { benchmark } = metric;

  return (
    <section className="card stack metric" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {partners.map((partner) => (
        <p key={partner.memberId}>{partnerSentence(id, partner)}</p>
      ))}
      {gap ? <p className="callout">{gap}</p> : null}
      {id === 'communication' ? (
        <p className="small-print">{t('progress.metrics.communication.source')}</p>
      ) : null}
      {hasAnyData(metric) ? (
        <>
          <figure className="chart">
            <figcaption className="chart__caption">
              {chartSummary(id, metric, model.weeks)}
            </figcaption>
            <TrendChart model={model} />
            <ChartLegend model={model} />
          </figure>
          {model.band ? (
            <p className="small-print">
              <strong>{t('progress.band.label')}.</strong>{' '}
              {t('progress.band.timeframe', {
                min: benchmark.timeframeMonths.min,
                max: benchmark.timeframeMonths.max,
              })}{' '}
              {benchmark.sourceNote}
            </p>
          ) : null}
          {setbacks.length > 0 ? (
            <div className="stack setbacks">
              <h3>{t('progress.setbacks.heading')}</h3>
              <ul className="setbacks__list">
                {setbacks.map((setback) => (
                  <li key={setback.key}>{setback.text}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <details className="disclosure">
            <summary>{t('progress.table.show')}</summary>
            <MetricTable model={model} title={title} />
          </details>
        </>
      ) : null}
    </section>
  );
}
