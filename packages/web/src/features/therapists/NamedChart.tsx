import { t } from '../../i18n';
import { Swatch, type SwatchKind } from '../progress/ChartLegend';
import type { ChartModel } from '../progress/chartModel';
import { MetricTable } from '../progress/MetricTable';
import { TrendChart } from '../progress/TrendChart';
import { formatShortDate } from '../progress/words';
import { formatScore } from './words';

/** "Alex from 3 to 6, Sam 5": each line's first and latest value, for the caption. */
export function lineParts(model: ChartModel): string {
  return new Intl.ListFormat('en', { type: 'conjunction' }).format(
    model.lines.flatMap((line) => {
      const values = line.values.filter((value): value is number => value !== null);
      const first = values[0];
      const latest = values.at(-1);
      if (first === undefined || latest === undefined) return [];
      const name = line.partner.displayName;
      return values.length === 1
        ? [t('therapist.couple.chart.one', { name, latest: formatScore(latest) })]
        : [
            t('therapist.couple.chart.moved', {
              name,
              first: formatScore(first),
              latest: formatScore(latest),
            }),
          ];
    }),
  );
}

export function chartDates(model: ChartModel): { start: string; end: string } {
  return {
    start: formatShortDate(model.weeks[0] ?? ''),
    end: formatShortDate(model.weeks.at(-1) ?? ''),
  };
}

/**
 * The dashboard's uPlot chart with a key in partners' names (a therapist is neither of them),
 * a caption that says in words what it shows, and every number in a table under a disclosure.
 */
export function NamedChart({
  model,
  caption,
  title,
  bandLabel,
}: {
  model: ChartModel;
  caption: string;
  title: string;
  /** What the shaded band means on this chart; the guide's typical range unless said. */
  bandLabel?: string;
}) {
  const items: { key: string; kind: SwatchKind; label: string }[] = model.lines.map((line) => ({
    key: line.partner.memberId,
    kind: line.partner.isYou ? 'you' : 'partner',
    label: t(
      line.partner.isYou ? 'therapist.couple.chart.solid' : 'therapist.couple.chart.dashed',
      {
        name: line.partner.displayName,
      },
    ),
  }));
  if (model.band) {
    items.push({
      key: 'band',
      kind: 'band',
      label: bandLabel ?? t('therapist.couple.chart.band'),
    });
  }
  if (model.lines.some((line) => line.setbackIndexes.length > 0)) {
    items.push({ key: 'setback', kind: 'setback', label: t('therapist.couple.chart.setback') });
  }
  // The typical-range column belongs to the guide's band; a cut-off is said in the key instead.
  const tableModel = bandLabel ? { ...model, band: null } : model;
  return (
    <>
      <figure className="chart">
        <figcaption className="chart__caption">{caption}</figcaption>
        <TrendChart model={model} />
        <ul className="plain-list chart-legend" aria-label={t('progress.chart.legendHeading')}>
          {items.map((item) => (
            <li key={item.key} className="chart-legend__item">
              <Swatch kind={item.kind} />
              <span>{item.label}</span>
            </li>
          ))}
        </ul>
      </figure>
      <details className="disclosure">
        <summary>{t('therapist.couple.chart.showTable')}</summary>
        <MetricTable model={tableModel} title={title} />
      </details>
    </>
  );
}
