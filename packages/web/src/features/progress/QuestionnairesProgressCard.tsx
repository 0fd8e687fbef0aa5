import { useId } from 'react';
import { Link } from 'wouter';
import { formatDate, t } from '../../i18n';
import { useTimeZone } from '../accounts/api';
import type { QuestionnaireProgress } from './types';
import { formatNumber } from './words';

function LatestScore({ questionnaire }: { questionnaire: QuestionnaireProgress }) {
  const timeZone = useTimeZone();
  const { latest } = questionnaire;
  if (latest === null) return <p>{t('progress.questionnaires.notYet')}</p>;
  const date = formatDate(latest.completedAt, timeZone);
  // The band's label comes with the responses; the latest names only its key.
  const band =
    questionnaire.responses.find((response) => response.completedAt === latest.completedAt)?.band ??
    latest.band;
  const change = latest.changeSinceBaseline?.classification;
  return (
    <>
      <p>
        {latest.total === null
          ? t('progress.questionnaires.notScored', { date })
          : t(band ? 'progress.questionnaires.latest' : 'progress.questionnaires.latestNoBand', {
              total: formatNumber(latest.total),
              band: band ?? '',
              date,
            })}{' '}
        {t('progress.questionnaires.responses', { count: questionnaire.responses.length })}
      </p>
      {change ? <p>{t(`progress.questionnaires.change.${change}`)}</p> : null}
    </>
  );
}

/** Your own questionnaire results, which your partner never sees. */
export function QuestionnairesProgressCard({
  questionnaires,
}: {
  questionnaires: readonly QuestionnaireProgress[];
}) {
  const headingId = useId();
  return (
    <section className="card stack metric" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('progress.questionnaires.heading')}</h2>
      <p className="small-print">{t('progress.questionnaires.private')}</p>
      {questionnaires.length === 0 ? (
        <p>{t('progress.questionnaires.none')}</p>
      ) : (
        <ul className="plain-list stack">
          {questionnaires.map((questionnaire) => (
            <li key={questionnaire.id} className="stack">
              <h3>{questionnaire.title}</h3>
              <LatestScore questionnaire={questionnaire} />
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href="/questionnaires">{t('progress.questionnaires.link')}</Link>
      </p>
    </section>
  );
}
