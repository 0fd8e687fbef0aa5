import { KEPT_MARKS } from '@amend/core';
import { type FormEvent, useState } from 'react';
import { errorMessage } from '../../app/api/errorMessage';
import { FormAlert } from '../../app/ui/FormAlert';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { TextField } from '../../app/ui/TextField';
import { formatCalendarDate, formatDate, type MessageKey, t } from '../../i18n';
import { useCommitmentStep } from './api';
import type { Commitment, CommitmentWeekView } from './types';
import { nameOf } from './words';

function markWords(mark: CommitmentWeekView['yourMark']): string {
  return mark ? t(`honesty.commitments.marks.${mark}`) : t('honesty.commitments.notMarked');
}

/** The pattern at a glance (one mark per week), then the same weeks as a table. */
function Consistency({ commitment }: { commitment: Commitment }) {
  const { summary, weeks } = commitment;
  const chartLabel = t('honesty.commitments.chartLabel');
  return (
    <div className="stack">
      <p>
        {t('honesty.commitments.summary', {
          count: summary.weeks,
          kept: summary.kept,
          notKept: summary.notKept,
          unclear: summary.unclear,
        })}{' '}
        {summary.keptInARow > 0
          ? t('honesty.commitments.inARow', { count: summary.keptInARow })
          : null}
      </p>
      {weeks.length > 0 ? (
        <>
          <ol className="week-strip" aria-label={t('honesty.commitments.chartLabel')}>
            {weeks.map((week) => (
              <li key={week.week} className={`week-strip__week week-strip__week--${week.outcome}`}>
                <span aria-hidden="true">
                  {week.outcome === 'kept' ? '✓' : week.outcome === 'not_kept' ? '✗' : '?'}
                </span>
                <span className="visually-hidden">
                  {t('honesty.commitments.markWeek', { week: week.week })}{' '}
                  {t(`honesty.commitments.outcomes.${week.outcome}`)}
                </span>
              </li>
            ))}
          </ol>
          {/* Focusable, so keyboard users can scroll it sideways on a narrow screen. */}
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
          <section className="table-scroll" tabIndex={0} aria-label={chartLabel}>
            <table className="data-table">
              <caption className="visually-hidden">{t('honesty.commitments.chartLabel')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('honesty.commitments.weekHeader')}</th>
                  <th scope="col">{t('honesty.commitments.datesHeader')}</th>
                  <th scope="col">{t('honesty.commitments.yourHeader')}</th>
                  <th scope="col">{t('honesty.commitments.partnerHeader')}</th>
                  <th scope="col">{t('honesty.commitments.outcomeHeader')}</th>
                </tr>
              </thead>
              <tbody>
                {weeks.map((week) => (
                  <tr key={week.week}>
                    <th scope="row">{week.week}</th>
                    <td>
                      {t('honesty.commitments.weekDates', {
                        from: formatCalendarDate(week.startsOn),
                        to: formatCalendarDate(week.endsOn),
                      })}
                    </td>
                    <td>{markWords(week.yourMark)}</td>
                    <td>{markWords(week.partnerMark)}</td>
                    <td>
                      {t(`honesty.commitments.outcomes.${week.outcome}`)}
                      {week.gap ? ` · ${t('honesty.commitments.gap')}` : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      ) : null}
    </div>
  );
}

/** Marks one week from the viewer's own view; a later mark for the week replaces theirs. */
function MarkWeek({ commitment, week }: { commitment: Commitment; week: CommitmentWeekView }) {
  const step = useCommitmentStep(commitment.id);
  return (
    <fieldset className="stack">
      <legend>{t('honesty.commitments.markWeek', { week: week.week })}</legend>
      <div className="button-row">
        {KEPT_MARKS.map((mark) => (
          <button
            key={mark}
            type="button"
            className="button button--quiet"
            aria-pressed={week.yourMark === mark}
            disabled={step.isPending}
            onClick={() => step.mutate({ type: 'mark', week: week.week, mark })}
          >
            {t(`honesty.commitments.marks.${mark}`)}
          </button>
        ))}
      </div>
      <FormAlert message={step.error ? errorMessage(step.error) : null} />
    </fieldset>
  );
}

function Acknowledge({ commitment }: { commitment: Commitment }) {
  const [note, setNote] = useState('');
  const step = useCommitmentStep(commitment.id);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    step.mutate({ type: 'acknowledge', note: note.trim() });
  };
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <FormAlert message={step.error ? errorMessage(step.error) : null} />
      <TextField
        label={t('honesty.commitments.acknowledgeNoteLabel')}
        value={note}
        onValueChange={setNote}
        maxLength={1000}
      />
      <div className="button-row">
        <SubmitButton pending={step.isPending} variant="secondary">
          {t('honesty.commitments.acknowledge')}
        </SubmitButton>
      </div>
    </form>
  );
}

/** One commitment: what, how often, until when; each week's two views; acknowledgement. */
export function CommitmentItem({ commitment }: { commitment: Commitment }) {
  const { acknowledgement } = commitment;
  return (
    <article className="talking-item stack" id={`commitment-${commitment.id}`}>
      <h3>{commitment.what}</h3>
      <p className="muted">
        {t('honesty.commitments.line', {
          name: nameOf(commitment.author),
          howOften: t(`honesty.commitments.howOften.${commitment.howOften}` as MessageKey),
          until: formatCalendarDate(commitment.until),
        })}
      </p>
      {acknowledgement ? (
        <p>
          {acknowledgement.note
            ? t('honesty.commitments.acknowledgedNote', {
                date: formatDate(acknowledgement.at),
                note: acknowledgement.note,
              })
            : t('honesty.commitments.acknowledged', { date: formatDate(acknowledgement.at) })}
        </p>
      ) : null}
      <Consistency commitment={commitment} />
      {/* The week under way and the one before it: a week is judged once it is over. */}
      {commitment.weeks.slice(-2).map((week) => (
        <MarkWeek key={week.week} commitment={commitment} week={week} />
      ))}
      {commitment.mayAcknowledge ? <Acknowledge commitment={commitment} /> : null}
    </article>
  );
}
