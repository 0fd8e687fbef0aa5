import { useId } from 'react';
import { formatCalendarDate, formatDate, t } from '../../i18n';
import type { CoupleView, SharedAgreement } from './types';

type Partners = CoupleView['partners'];

function nameOf(partners: Partners, memberId: string): string {
  return partners.find((partner) => partner.memberId === memberId)?.displayName ?? '';
}

/** One agreement: its terms in force, each sharing partner's count, and their marks by week. */
function AgreementItem({
  agreement,
  partners,
  timeZone,
}: {
  agreement: SharedAgreement;
  partners: Partners;
  timeZone: string;
}) {
  const caption = t('therapist.couple.holdingCaption', { title: agreement.title });
  const review = formatCalendarDate(agreement.reviewOn);
  return (
    <li className="stack shared-answer">
      <h3>{agreement.title}</h3>
      <p className="small-print">{t(`therapist.couple.agreementState.${agreement.state}`)}</p>
      <p>{agreement.practice}</p>
      <p className="small-print">
        {agreement.inForceSince
          ? t('therapist.couple.agreementDates', {
              since: formatDate(agreement.inForceSince, timeZone),
              review,
            })
          : t('therapist.couple.agreementReview', { review })}{' '}
        {agreement.sunsetSteps.length > 0
          ? t('therapist.couple.sunsetPath', {
              taken: agreement.stepsTaken,
              count: agreement.sunsetSteps.length,
            })
          : null}
      </p>
      {agreement.partners.map((partner) => (
        <p key={partner.memberId}>
          {t('therapist.couple.held', {
            count: partner.marked,
            held: partner.held,
            name: nameOf(partners, partner.memberId),
          })}
        </p>
      ))}
      {agreement.weeks.length > 0 ? (
        <details className="disclosure">
          <summary>{caption}</summary>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
          <section className="table-scroll" tabIndex={0} aria-label={caption}>
            <table className="data-table">
              <caption className="visually-hidden">{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('progress.table.week')}</th>
                  {agreement.partners.map((partner) => (
                    <th scope="col" key={partner.memberId}>
                      {nameOf(partners, partner.memberId)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {agreement.weeks.map((week) => (
                  <tr key={week.weekStart}>
                    <th scope="row">{formatCalendarDate(week.weekStart)}</th>
                    {week.marks.map((mark) => (
                      <td key={mark.memberId}>
                        {t(`therapist.couple.mark.${mark.mark ?? 'none'}`)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </details>
      ) : null}
    </li>
  );
}

/** The couple's agreements, read-only, while a partner shares agreements and incidents. */
export function AgreementsSection({ view, timeZone }: { view: CoupleView; timeZone: string }) {
  const headingId = useId();
  const { agreements } = view;
  const notSharing = view.partners.filter((p) => !p.consent.includes('agreements_incidents'));
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('therapist.couple.agreementsHeading')}</h2>
      {agreements === null ? (
        <p>{t('therapist.couple.agreementsNone')}</p>
      ) : (
        <>
          <p className="small-print">{t('therapist.couple.agreementsIntro')}</p>
          {notSharing.map((partner) => (
            <p key={partner.memberId} className="muted">
              {t('therapist.couple.notSharing.agreements_incidents', { name: partner.displayName })}
            </p>
          ))}
          {agreements.length === 0 ? <p>{t('therapist.couple.agreementsEmpty')}</p> : null}
          <ul className="plain-list stack">
            {agreements.map((agreement) => (
              <AgreementItem
                key={agreement.id}
                agreement={agreement}
                partners={view.partners}
                timeZone={timeZone}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** Exercise answers a partner chose to share with the therapist, while they share their program. */
export function ExercisesSection({ view, timeZone }: { view: CoupleView; timeZone: string }) {
  const headingId = useId();
  const notSharing = view.partners.filter((p) => !p.consent.includes('program'));
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('therapist.couple.exercisesHeading')}</h2>
      {notSharing.map((partner) => (
        <p key={partner.memberId} className="muted">
          {t('therapist.couple.notSharing.program', { name: partner.displayName })}
        </p>
      ))}
      {view.exercises.length === 0 ? <p>{t('therapist.couple.exercisesNone')}</p> : null}
      <ul className="plain-list stack">
        {view.exercises.map((exercise) => (
          <li key={`${exercise.memberId}-${exercise.exerciseId}`} className="stack shared-answer">
            <h3>{exercise.title}</h3>
            <p className="small-print">
              {t('therapist.couple.exerciseMeta', {
                name: exercise.displayName,
                stage: exercise.stageTitle,
                date: formatDate(exercise.savedAt, timeZone),
              })}
            </p>
            <dl className="stack">
              {exercise.answers.map((answer) => (
                <div key={answer.label}>
                  <dt>
                    <strong>{answer.label}</strong>
                  </dt>
                  <dd>
                    {answer.lines.length === 1 ? (
                      <p className="shared-answer__lines">{answer.lines[0]}</p>
                    ) : (
                      <ul className="shared-answer__lines">
                        {answer.lines.map((line) => (
                          <li key={line}>{line}</li>
                        ))}
                      </ul>
                    )}
                  </dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
