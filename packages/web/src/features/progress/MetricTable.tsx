import { formatCalendarDate, t } from '../../i18n';
import type { ChartModel } from './chartModel';
import { formatNumber } from './words';

/** Every number behind the chart, week by week, for screen readers and anyone who prefers it. */
export function MetricTable({ model, title }: { model: ChartModel; title: string }) {
  const caption = t('progress.table.caption', { title });
  return (
    // Focusable, so keyboard users can scroll it sideways if it is ever wider than the screen.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="table-scroll" tabIndex={0} aria-label={caption}>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('progress.table.week')}</th>
            {model.lines.map((line) => (
              <th scope="col" key={line.partner.memberId}>
                {line.label ??
                  (line.partner.isYou ? t('progress.table.you') : line.partner.displayName)}
              </th>
            ))}
            {model.band ? <th scope="col">{t('progress.table.typical')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {model.weeks.map((week, index) => {
            const low = model.band?.low[index];
            const high = model.band?.high[index];
            return (
              <tr key={week}>
                <th scope="row">{formatCalendarDate(week)}</th>
                {model.lines.map((line) => {
                  const value = line.values[index];
                  return (
                    <td key={line.partner.memberId}>
                      {value === null || value === undefined ? (
                        <span className="muted">{t('progress.table.none')}</span>
                      ) : (
                        formatNumber(value)
                      )}
                    </td>
                  );
                })}
                {model.band ? (
                  <td>
                    {low === null || low === undefined || high === null || high === undefined
                      ? '—'
                      : t('progress.table.range', {
                          low: formatNumber(low),
                          high: formatNumber(high),
                        })}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
