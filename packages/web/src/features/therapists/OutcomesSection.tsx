import { useId } from 'react';
import { t } from '../../i18n';
import { usePracticeOutcomes } from './api';
import type { ShareOutcome } from './types';
import { formatScore } from './words';

const percent = (value: number) =>
  new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 }).format(value);
const range = (guide: { low: number; high: number } | null, format: (n: number) => string) =>
  guide ? `${format(guide.low)}–${format(guide.high)}` : t('therapist.outcomes.none');

function shareCell(outcome: ShareOutcome): string {
  return outcome.share === null
    ? t('therapist.outcomes.none')
    : t('therapist.outcomes.share', {
        percent: percent(outcome.share),
        count: outcome.count,
        couples: outcome.couples,
      });
}

/** The practice's outcomes in a table, each beside the guide's figure and its count. */
export function OutcomesSection() {
  const headingId = useId();
  const outcomes = usePracticeOutcomes();
  if (!outcomes.data || outcomes.data.couples === 0) return null;
  const { forgiveness, relapse, sessions, trust } = outcomes.data;
  const rows = [
    {
      key: 'forgiveness',
      yours: shareCell(forgiveness),
      counted: forgiveness.couples,
      guide: range(forgiveness.guide, percent),
    },
    {
      key: 'relapse',
      yours: shareCell(relapse),
      counted: relapse.couples,
      guide: range(relapse.guide, percent),
    },
    {
      key: 'sessions',
      yours: sessions.median === null ? t('therapist.outcomes.none') : formatScore(sessions.median),
      counted: sessions.couples,
      guide: range(sessions.guide, formatScore),
    },
    {
      key: 'trust',
      yours:
        trust.medianStart === null || trust.medianLatest === null
          ? t('therapist.outcomes.none')
          : `${formatScore(trust.medianStart)} → ${formatScore(trust.medianLatest)}`,
      counted: trust.couples,
      guide: `${range(trust.guide.start, formatScore)} → ${range(trust.guide.end, formatScore)}`,
    },
  ] as const;
  const anyFew = forgiveness.few || relapse.few || sessions.few || trust.few;
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('therapist.outcomes.heading')}</h2>
      <p>{t('therapist.outcomes.intro')}</p>
      {anyFew ? <p className="callout">{t('therapist.outcomes.few')}</p> : null}
      {/* Focusable, so keyboard users can scroll it sideways on a narrow screen. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className="table-scroll" tabIndex={0} aria-label={t('therapist.outcomes.heading')}>
        <table className="data-table">
          <caption className="visually-hidden">{t('therapist.outcomes.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('therapist.outcomes.measure')}</th>
              <th scope="col">{t('therapist.outcomes.yours')}</th>
              <th scope="col">{t('therapist.outcomes.counted')}</th>
              <th scope="col">{t('therapist.outcomes.guide')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{t(`therapist.outcomes.${row.key}`)}</th>
                <td>{row.yours}</td>
                <td>{row.counted}</td>
                <td>{row.guide}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}
