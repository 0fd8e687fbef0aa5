import { useId } from 'react';
import { Link } from 'wouter';
import { t } from '../../i18n';
import { INCIDENT_KINDS, type RelapseSummary } from './types';
import { formatNumber } from './words';

/** Setbacks and incidents in numbers, with the guide's figure as context, never a verdict. */
export function RelapseCard({ relapse }: { relapse: RelapseSummary }) {
  const headingId = useId();
  const caption = t('progress.relapse.tableCaption');
  const { share } = relapse.benchmark;
  return (
    <section className="card stack metric" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('progress.relapse.heading')}</h2>
      {relapse.total === 0 ? (
        <p>{t('progress.relapse.none')}</p>
      ) : (
        <>
          <p>
            {t('progress.relapse.summary', {
              count: relapse.total,
              proactive: relapse.proactive,
            })}
            {relapse.weeksSinceLast === null
              ? null
              : ` ${t('progress.relapse.lastSeen', { count: relapse.weeksSinceLast })}`}
          </p>
          <p>{t('progress.relapse.pathNote')}</p>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
          <section className="table-scroll" tabIndex={0} aria-label={caption}>
            <table className="data-table">
              <caption className="visually-hidden">{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('progress.relapse.kindColumn')}</th>
                  <th scope="col">{t('progress.relapse.countColumn')}</th>
                </tr>
              </thead>
              <tbody>
                {INCIDENT_KINDS.map((kind) => (
                  <tr key={kind}>
                    <th scope="row">{t(`incidents.kind.${kind}`)}</th>
                    <td>{formatNumber(relapse.byKind[kind])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      )}
      {share ? (
        <p className="small-print">
          {t('progress.relapse.benchmark', {
            low: formatNumber(share.low * 100),
            high: formatNumber(share.high * 100),
          })}{' '}
          {relapse.benchmark.sourceNote}
        </p>
      ) : null}
      <p>
        <Link href="/incidents">{t('progress.relapse.link')}</Link>
      </p>
    </section>
  );
}
