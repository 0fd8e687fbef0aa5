import { useId } from 'react';
import { formatCalendarDate, t } from '../../i18n';
import { questionnaireChartModel } from './coupleCharts';
import { chartDates, lineParts, NamedChart } from './NamedChart';
import type { CoupleView } from './types';
import { formatScore } from './words';

type Partner = CoupleView['questionnaires'][number];
type Instrument = Partner['instruments'][number];

function cutoffWords(cutoff: Instrument['cutoffs'][number]) {
  return {
    meaning: cutoff.meaning,
    direction: t(
      cutoff.direction === 'below' ? 'therapist.couple.below' : 'therapist.couple.above',
    ),
    value: formatScore(cutoff.value),
  };
}

/** One questionnaire of one partner: the latest score, reliable change, cut-offs, the chart. */
function InstrumentScores({
  instrument,
  partner,
  order,
}: {
  instrument: Instrument;
  partner: Partner;
  order: readonly string[];
}) {
  const model = questionnaireChartModel(instrument, partner, order);
  const cutoff = instrument.cutoffs[0];
  const { start, end } = chartDates(model);
  return (
    <li className="stack">
      <h4>{instrument.title}</h4>
      <p>
        {instrument.latest === null || instrument.latest.total === null
          ? t('therapist.couple.noResponses', { title: instrument.title })
          : t('therapist.couple.latestScore', {
              title: instrument.title,
              total: formatScore(instrument.latest.total),
              band: instrument.latest.band ?? '–',
              date: formatCalendarDate(instrument.latest.completedAt.slice(0, 10)),
            })}{' '}
        {instrument.latest?.changeSinceBaseline
          ? t(`therapist.couple.reliable.${instrument.latest.changeSinceBaseline.classification}`)
          : null}
      </p>
      {instrument.cutoffs.length > 0 ? (
        <p className="small-print">
          {instrument.cutoffs
            .map((each) => t('therapist.couple.cutoff', cutoffWords(each)))
            .join(' ')}
        </p>
      ) : null}
      {model.weeks.length > 0 ? (
        <NamedChart
          model={model}
          title={instrument.title}
          caption={t('therapist.couple.chart.scores', {
            title: instrument.title,
            start,
            end,
            parts: lineParts(model),
          })}
          {...(cutoff
            ? { bandLabel: t('therapist.couple.chart.cutoffBand', cutoffWords(cutoff)) }
            : {})}
        />
      ) : null}
    </li>
  );
}

/**
 * Each sharing partner's questionnaire scores over time, side by side on a wide screen, with
 * reliable change and the clinical cut-offs; a partner who does not share them gets one line.
 */
export function QuestionnairesSection({ view }: { view: CoupleView }) {
  const headingId = useId();
  const order = view.partners.map((partner) => partner.memberId);
  const notSharing = view.partners.filter((p) => !p.consent.includes('questionnaires'));
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('therapist.couple.questionnairesHeading')}</h2>
      {view.questionnaires.length === 0 ? <p>{t('therapist.couple.questionnairesNone')}</p> : null}
      {notSharing.length > 0 && view.questionnaires.length > 0
        ? notSharing.map((partner) => (
            <p key={partner.memberId} className="muted">
              {t('therapist.couple.notSharing.questionnaires', { name: partner.displayName })}
            </p>
          ))
        : null}
      <div className="side-by-side">
        {view.questionnaires.map((partner) => (
          <div className="stack" key={partner.memberId}>
            <h3>{partner.displayName}</h3>
            <ul className="plain-list stack">
              {partner.instruments.map((instrument) => (
                <InstrumentScores
                  key={instrument.id}
                  instrument={instrument}
                  partner={partner}
                  order={order}
                />
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
