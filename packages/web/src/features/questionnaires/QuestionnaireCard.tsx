import { useId } from 'react';
import { Link } from 'wouter';
import { formatDate, t } from '../../i18n';
import { LicenceNote } from './LicenceNote';
import type { QuestionnaireSummary } from './types';

/** One questionnaire on the list: what it is, whether it is due, and the way in. */
export function QuestionnaireCard({ questionnaire }: { questionnaire: QuestionnaireSummary }) {
  const headingId = useId();
  const { id, title, description, due, lastCompletedAt, draft, itemCount } = questionnaire;
  const href = `/questionnaires/${encodeURIComponent(id)}`;
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p>{description}</p>
      <p className="questionnaire-card__status">
        {due ? t('questionnaires.due') : t('questionnaires.notDue')}
        {lastCompletedAt
          ? ` · ${t('questionnaires.lastCompleted', { date: formatDate(lastCompletedAt) })}`
          : ''}
      </p>
      {questionnaire.assignment ? (
        <p className="callout">
          {t('therapist.assigned', {
            therapist: questionnaire.assignment.therapist,
            schedule: t(`therapist.schedule.${questionnaire.assignment.schedule}`),
          })}
        </p>
      ) : null}
      {lastCompletedAt === null ? <p>{t('questionnaires.baselineHint')}</p> : null}
      <div className="button-row">
        {draft ? (
          <Link href={href} className="button button--primary">
            {t('questionnaires.continue', { answered: draft.answeredCount, total: itemCount })}
            <span className="visually-hidden">: {title}</span>
          </Link>
        ) : (
          <Link href={href} className={`button button--${due ? 'primary' : 'secondary'}`}>
            {t(due ? 'questionnaires.start' : 'questionnaires.startAgain')}
            <span className="visually-hidden">: {title}</span>
          </Link>
        )}
      </div>
      <LicenceNote note={questionnaire.licenceNote} />
    </section>
  );
}
