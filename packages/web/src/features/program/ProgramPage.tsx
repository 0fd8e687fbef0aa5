import { useId } from 'react';
import { Link } from 'wouter';
import { PageHeading } from '../../app/ui/PageHeading';
import { formatCalendarDate, t } from '../../i18n';
import { SpacePageWaiting } from '../space/NeedsSpace';
import { useProgram } from './api';
import { PartnerProgress } from './PartnerProgress';
import type { ProgramOverview } from './types';
import '../../styles/program.css';

function NextStep({ program }: { program: ProgramOverview }) {
  const headingId = useId();
  const next = program.next;
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('program.next.heading')}</h2>
      {next === null ? (
        <p>{t('program.next.allBegun')}</p>
      ) : next.ready ? (
        <p>{t('program.next.ready', { title: next.title })}</p>
      ) : (
        <>
          <p>
            {t('program.next.waiting', {
              date: formatCalendarDate(next.suggestedFrom),
              title: next.title,
            })}
          </p>
          {next.pacedBy ? <p>{t('program.next.why', { reason: next.pacedBy.reason })}</p> : null}
          <p className="muted">{t('program.next.notALock')}</p>
        </>
      )}
      {next ? (
        <div className="button-row">
          <Link
            href={`/program/${next.stageId}`}
            className={next.ready ? 'button button--primary' : 'button button--secondary'}
          >
            {t('program.next.open', { title: next.title })}
          </Link>
        </div>
      ) : null}
    </section>
  );
}

/** The path of eleven stages: where the person is, what is done, what is next. */
export function ProgramPage() {
  const pathId = useId();
  const program = useProgram();
  if (program.data === undefined) {
    return <SpacePageWaiting query={program} loadingLabel={t('program.loading')} />;
  }
  const data = program.data;
  return (
    <div className="stack stack--loose">
      <div className="stack">
        <PageHeading>{t('program.title')}</PageHeading>
        <p className="lead">{t('program.intro')}</p>
        <p>{t(`program.role.${data.role}`)}</p>
      </div>
      <NextStep program={data} />
      <section className="stack" aria-labelledby={pathId}>
        <h2 id={pathId}>{t('program.pathHeading')}</h2>
        <ol className="plain-list stage-path">
          {data.stages.map((stage) => {
            const here = data.current === stage.id;
            const suggested = data.next?.stageId === stage.id;
            return (
              <li
                key={stage.id}
                className={`stage-path__item stage-path__item--${stage.status}`}
                aria-current={here ? 'step' : undefined}
              >
                <span className="stage-path__marker" aria-hidden="true">
                  {stage.status === 'done' ? '✓' : stage.number}
                </span>
                <div className="stack stack--tight">
                  <Link href={`/program/${stage.id}`} className="stage-path__title">
                    {t('program.stageNumber', { n: stage.number })}: {stage.title}
                  </Link>
                  <p className="stage-path__status">
                    {here
                      ? `${t('program.here')} · `
                      : suggested
                        ? `${t('program.suggested')} · `
                        : ''}
                    {t(`program.status.${stage.status}`)}
                    {stage.exercisesOffered > 0
                      ? ` · ${t('program.exercisesDone', {
                          count: stage.exercisesDone,
                          total: stage.exercisesOffered,
                        })}`
                      : ''}
                  </p>
                  <p className="muted">{stage.purpose}</p>
                </div>
              </li>
            );
          })}
        </ol>
      </section>
      <PartnerProgress program={data} />
      <p>
        <Link href="/learn">{t('program.today.learnLink')}</Link>
      </p>
    </div>
  );
}
