import { useId } from 'react';
import { Link } from 'wouter';
import { errorMessage } from '../../app/api/errorMessage';
import { FormAlert } from '../../app/ui/FormAlert';
import { PageHeading } from '../../app/ui/PageHeading';
import { formatCalendarDate, hasMessage, t } from '../../i18n';
import { SpacePageWaiting } from '../space/NeedsSpace';
import { useStage, useStageAction } from './api';
import { ExerciseCard } from './ExerciseCard';
import { AnswerView } from './ExerciseFields';
import { RichText } from './RichText';
import type { StageView } from './types';
import '../../styles/program.css';

function StageStatus({ view }: { view: StageView }) {
  const action = useStageAction(view.stage.id);
  return (
    <div className="stack stack--tight">
      {view.status === 'not_started' ? <p>{t('program.stage.notStarted')}</p> : null}
      {view.status === 'in_progress' && view.startedOn ? (
        <p>{t('program.stage.begun', { date: formatCalendarDate(view.startedOn) })}</p>
      ) : null}
      {view.status === 'done' && view.doneOn ? (
        <p>{t('program.stage.done', { date: formatCalendarDate(view.doneOn) })}</p>
      ) : null}
      <FormAlert message={action.error ? errorMessage(action.error) : null} />
      <div className="button-row">
        {view.status === 'not_started' ? (
          <button
            type="button"
            className="button button--primary"
            disabled={action.isPending}
            onClick={() => action.mutate('begin')}
          >
            {action.isPending ? t('program.stage.saving') : t('program.stage.begin')}
          </button>
        ) : null}
        {view.status === 'in_progress' ? (
          <button
            type="button"
            className="button button--secondary"
            disabled={action.isPending}
            onClick={() => action.mutate('done')}
          >
            {action.isPending ? t('program.stage.saving') : t('program.stage.markDone')}
          </button>
        ) : null}
      </div>
    </div>
  );
}

function PartnerShared({ view }: { view: StageView }) {
  const headingId = useId();
  const partner = view.partner;
  if (!partner) return null;
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('program.stage.sharedHeading', { name: partner.displayName })}</h2>
      {partner.shared.length === 0 ? (
        <p>{t('program.stage.sharedNone', { name: partner.displayName })}</p>
      ) : (
        <ul className="plain-list stack">
          {partner.shared.map((answer) => (
            <li
              key={answer.exerciseId}
              className="stack stack--tight"
              data-shared={answer.exerciseId}
            >
              <h3>{answer.title}</h3>
              <AnswerView fields={answer.fields} values={answer.values} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** One stage: its purpose, reading, the exercises for this person, and what the partner shared. */
export function StagePage({ stageId }: { stageId: string }) {
  const readingId = useId();
  const exercisesId = useId();
  const learnId = useId();
  const stage = useStage(stageId);
  if (stage.data === undefined) {
    return (
      <SpacePageWaiting
        query={stage}
        loadingLabel={t('program.stage.loading')}
        notFound={
          <div className="stack">
            <p>{t('program.stage.notFound')}</p>
            <Link href="/program">{t('program.stage.back')}</Link>
          </div>
        }
      />
    );
  }
  const view = stage.data;
  const partnerName = view.partner?.displayName ?? null;
  return (
    <article className="stack stack--loose program-stage">
      <div className="stack">
        <p>
          <Link href="/program">{t('program.stage.back')}</Link>
        </p>
        <p className="muted">{t('program.stageNumber', { n: view.stage.number })}</p>
        <PageHeading>{view.stage.title}</PageHeading>
        <p className="lead">{view.stage.purpose}</p>
        {view.stage.minimumDays > 0 && view.stage.pacingReason ? (
          <p className="callout">
            {t('program.stage.pacing', {
              count: view.stage.minimumDays,
              reason: view.stage.pacingReason,
            })}
          </p>
        ) : null}
        <StageStatus view={view} />
      </div>
      <section className="stack" aria-labelledby={readingId}>
        <h2 id={readingId}>{t('program.stage.readingHeading')}</h2>
        <RichText blocks={view.stage.reading} />
        {view.stage.notes.map((note) => {
          const key = `program.stage.notes.${note.key}`;
          return (
            <div key={note.key} className="card stack stack--tight">
              <h3>{hasMessage(key) ? t(key) : note.key}</h3>
              <RichText blocks={note.body} headingLevel={4} />
            </div>
          );
        })}
      </section>
      <section className="stack" aria-labelledby={exercisesId}>
        <h2 id={exercisesId}>{t('program.stage.exercisesHeading')}</h2>
        {view.exercises.map((exercise) => {
          const target = exercise.respondsTo
            ? (view.partner?.shared.find((shared) => shared.exerciseId === exercise.respondsTo) ??
              null)
            : null;
          return (
            <ExerciseCard
              key={exercise.id}
              exercise={exercise}
              respondsTo={
                exercise.respondsTo && partnerName
                  ? {
                      title: exercise.respondsToTitle ?? exercise.respondsTo,
                      partnerName,
                      shared: target,
                    }
                  : null
              }
            />
          );
        })}
      </section>
      <PartnerShared view={view} />
      {view.stage.learn.length > 0 ? (
        <section className="stack" aria-labelledby={learnId}>
          <h2 id={learnId}>{t('program.stage.learnHeading')}</h2>
          <ul className="plain-list stack">
            {view.stage.learn.map((article) => (
              <li key={article.slug}>
                <Link href={`/learn/${article.slug}`}>{article.title}</Link>
                <p className="muted">{article.summary}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <nav className="stage-nav" aria-label={t('program.pathHeading')}>
        {view.stage.previous ? (
          <Link href={`/program/${view.stage.previous.id}`}>
            {t('program.stage.previous', { title: view.stage.previous.title })}
          </Link>
        ) : null}
        {view.stage.next ? (
          <Link href={`/program/${view.stage.next.id}`}>
            {t('program.stage.next', { title: view.stage.next.title })}
          </Link>
        ) : null}
      </nav>
    </article>
  );
}
