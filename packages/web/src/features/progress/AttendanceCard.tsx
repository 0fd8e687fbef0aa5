import { useId, useMemo } from 'react';
import { Link } from 'wouter';
import { formatCalendarDate, t } from '../../i18n';
import { ChartLegend } from './ChartLegend';
import { buildAttendanceModel } from './chartModel';
import { MetricTable } from './MetricTable';
import { TrendChart } from './TrendChart';
import type { AttendanceSummary } from './types';
import { formatNumber } from './words';

/** Therapy sessions so far: a sentence, the running total over the guide's band, a table. */
export function AttendanceCard({ attendance }: { attendance: AttendanceSummary }) {
  const headingId = useId();
  const label = t('progress.attendance.lineLabel');
  const model = useMemo(() => buildAttendanceModel(attendance, label), [attendance, label]);
  const { typicalEnd } = attendance.benchmark;
  const first = attendance.weekly[0];
  const last = attendance.weekly.at(-1);
  return (
    <section className="card stack metric" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('progress.attendance.heading')}</h2>
      {attendance.total === 0 ? (
        <p>{t('progress.attendance.none')}</p>
      ) : (
        <p>
          {t('progress.attendance.summary', { count: attendance.total })}{' '}
          {t('progress.attendance.verified', { count: attendance.verified })}
        </p>
      )}
      {first && last ? (
        <>
          <figure className="chart">
            <figcaption className="chart__caption">
              {t(
                model.band
                  ? 'progress.attendance.chartSummaryWithBand'
                  : 'progress.attendance.chartSummary',
                {
                  start: formatCalendarDate(first.weekStart),
                  end: formatCalendarDate(last.weekStart),
                  latest: formatNumber(last.cumulative),
                },
              )}
            </figcaption>
            <TrendChart model={model} />
            <ChartLegend model={model} />
          </figure>
          <details className="disclosure">
            <summary>{t('progress.table.show')}</summary>
            <MetricTable model={model} title={label} />
          </details>
        </>
      ) : null}
      {typicalEnd ? (
        <p className="small-print">
          {t('progress.attendance.benchmark', {
            low: formatNumber(typicalEnd.low),
            high: formatNumber(typicalEnd.high),
          })}{' '}
          {attendance.benchmark.sourceNote}
        </p>
      ) : null}
      <p>
        <Link href="/sessions">{t('progress.attendance.link')}</Link>
      </p>
    </section>
  );
}
