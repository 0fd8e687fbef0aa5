import { type FormEvent, useId, useState } from 'react';
import { Link } from 'wouter';
import { errorMessage } from '../../app/api/errorMessage';
import { FormAlert } from '../../app/ui/FormAlert';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { formatCalendarDate, t } from '../../i18n';
import { useAssign, useAssignments, useInstrumentsOnOffer } from './api';
import type { CoupleView } from './types';

const SCHEDULES = ['once', 'weekly', 'monthly'] as const;

/** Questionnaires the therapist asked for, and a form to ask a sharing partner for one. */
export function AssignmentsSection({ view }: { view: CoupleView }) {
  const headingId = useId();
  const partnerId = useId();
  const instrumentId = useId();
  const assignments = useAssignments(view.coupleId);
  const instruments = useInstrumentsOnOffer();
  const assign = useAssign(view.coupleId);
  const sharing = view.partners.filter((p) => p.consent.includes('questionnaires'));
  const [memberId, setMemberId] = useState(sharing[0]?.memberId ?? '');
  const [instrument, setInstrument] = useState('amend-trust');
  const [schedule, setSchedule] = useState<(typeof SCHEDULES)[number]>('monthly');
  const names = new Map(view.partners.map((p) => [p.memberId, p.displayName]));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    assign.mutate({ memberId, instrumentId: instrument, schedule });
  };
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('therapist.assignments.heading')}</h2>
      <p>{t('therapist.assignments.intro')}</p>
      {assignments.data?.length === 0 ? <p>{t('therapist.assignments.none')}</p> : null}
      <ul>
        {assignments.data?.map((row) => (
          <li key={row.id}>
            {t('therapist.assignments.entry', {
              name: names.get(row.memberId) ?? '',
              title: row.title,
              schedule: t(`therapist.schedule.${row.schedule}`),
              date: formatCalendarDate(row.startsOn),
            })}
          </li>
        ))}
      </ul>
      {sharing.length === 0 ? (
        <p>{t('therapist.assignments.nobody')}</p>
      ) : (
        <form className="stack" onSubmit={onSubmit} noValidate>
          <FormAlert message={assign.isError ? errorMessage(assign.error) : null} />
          <div className="field">
            <label className="field__label" htmlFor={partnerId}>
              {t('therapist.assignments.partner')}
            </label>
            <select id={partnerId} value={memberId} onChange={(e) => setMemberId(e.target.value)}>
              {sharing.map((p) => (
                <option key={p.memberId} value={p.memberId}>
                  {p.displayName}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor={instrumentId}>
              {t('therapist.assignments.instrument')}
            </label>
            <select
              id={instrumentId}
              value={instrument}
              onChange={(e) => setInstrument(e.target.value)}
            >
              {instruments.data?.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.own
                    ? t('therapist.assignments.ownOption', { title: option.title })
                    : option.title}
                </option>
              ))}
            </select>
          </div>
          <fieldset className="stack">
            <legend>{t('therapist.assignments.scheduleLabel')}</legend>
            {SCHEDULES.map((option) => (
              <label className="radio-option" key={option}>
                <input
                  type="radio"
                  name="schedule"
                  checked={schedule === option}
                  onChange={() => setSchedule(option)}
                />
                <span>{t(`therapist.schedule.${option}`)}</span>
              </label>
            ))}
          </fieldset>
          <div className="button-row">
            <SubmitButton pending={assign.isPending} pendingLabel={t('therapist.sessions.pending')}>
              {t('therapist.assignments.submit')}
            </SubmitButton>
          </div>
          <p className="status-line" role="status">
            {assign.isSuccess ? t('therapist.assignments.saved') : ''}
          </p>
        </form>
      )}
      <p>
        <Link href="/therapist/instruments">{t('therapist.assignments.importLink')}</Link>
      </p>
    </section>
  );
}
