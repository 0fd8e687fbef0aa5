import { t } from '../../i18n';
import type { ChartModel } from './chartModel';

export type SwatchKind = 'you' | 'partner' | 'band' | 'setback';

/** A small drawing of each mark, matching the canvas; colours come from CSS classes. */
export function Swatch({ kind }: { kind: SwatchKind }) {
  return (
    <svg
      className={`swatch swatch--${kind}`}
      viewBox="0 0 32 16"
      aria-hidden="true"
      focusable="false"
    >
      {kind === 'you' ? (
        <>
          <line x1="1" y1="8" x2="31" y2="8" strokeWidth="2.5" />
          <circle cx="16" cy="8" r="4.5" />
        </>
      ) : null}
      {kind === 'partner' ? (
        <>
          <line x1="1" y1="8" x2="31" y2="8" strokeWidth="2.5" strokeDasharray="6 4" />
          <rect x="11.5" y="3.5" width="9" height="9" />
        </>
      ) : null}
      {kind === 'band' ? <rect x="1" y="2" width="30" height="12" rx="2" /> : null}
      {kind === 'setback' ? <path d="M7 3 H25 L16 15 Z" strokeWidth="2" /> : null}
    </svg>
  );
}

/** The key to the chart, in words as well as marks. */
export function ChartLegend({ model }: { model: ChartModel }) {
  const items: { key: string; kind: SwatchKind; label: string }[] = model.lines.map((line) => ({
    key: line.partner.memberId,
    kind: line.partner.isYou ? 'you' : 'partner',
    label: line.label
      ? t('progress.chart.line', { label: line.label })
      : line.partner.isYou
        ? t('progress.chart.you')
        : t('progress.chart.partner', { name: line.partner.displayName }),
  }));
  if (model.band) items.push({ key: 'band', kind: 'band', label: t('progress.chart.band') });
  if (model.lines.some((line) => line.setbackIndexes.length > 0)) {
    items.push({ key: 'setback', kind: 'setback', label: t('progress.chart.setback') });
  }
  return (
    <ul className="plain-list chart-legend" aria-label={t('progress.chart.legendHeading')}>
      {items.map((item) => (
        <li key={item.key} className="chart-legend__item">
          <Swatch kind={item.kind} />
          <span>{item.label}</span>
        </li>
      ))}
    </ul>
  );
}
