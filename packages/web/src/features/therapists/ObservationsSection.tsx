import { type FormEvent, useId, useState } from 'react';
import { errorMessage } from '../../app/api/errorMessage';
import { FormAlert } from '../../app/ui/FormAlert';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { TextField } from '../../app/ui/TextField';
import { formatCalendarDate, t, todayInTimeZone } from '../../i18n';
import { useRecordObservation } from './api';
import type { CoupleView } from './types';
import { formatScore } from './words';

const LEVELS = ['low', 'moderate', 'high'] as const;

/** The therapist's own measures: communication observed, forgiveness assessed. */
export function ObservationsSection({ view, timeZone }: { view: CoupleView; timeZone: string }) {
  const headingId = useId();
  const record = useRecordObservation(view.coupleId);
  const [observedOn, setObservedOn] = useState(() => todayInTimeZone(timeZone));
  const [perWeek, setPerWeek] = useState('');
  const [about, setAbout] = useState(view.partners[0]?.memberId ?? '');
  const [level, setLevel] = useState<(typeof LEVELS)[number]>('moderate');
  const names = new Map(view.partners.map((p) => [p.memberId, p.displayName]));

  const onCommunication = (event: FormEvent) => {
    event.preventDefault();
    const value = Number(perWeek);
    if (perWeek.trim() === '' || !Number.isInteger(value)) return;
    record.mutate({ kind: 'communication', observedOn, conversationsPerWeek: value });
  };
  const onForgiveness = (event: FormEvent) => {
    event.preventDefault();
    record.mutate({ kind: 'forgiveness', observedOn, level, aboutMemberId: about });
  };

  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('therapist.observation.heading')}</h2>
      <p>{t('therapist.observation.intro')}</p>
      {view.observedCommunication.length === 0 ? (
        <p>{t('therapist.couple.observedNone')}</p>
      ) : (
        <ul>
          {view.observedCommunication.map((point) => (
            <li key={point.weekStart}>
              {t('therapist.couple.observed', {
                date: formatCalendarDate(point.weekStart),
                value: formatScore(point.value),
              })}
            </li>
          ))}
        </ul>
      )}
      <ul>
        {view.observations
          .filter((o) => o.kind === 'forgiveness')
          .map((o) => (
            <li key={o.id}>
              {t('therapist.observation.forgivenessEntry', {
                date: formatCalendarDate(o.observedOn),
                name: names.get(o.aboutMemberId ?? '') ?? '',
                level: t(`therapist.observation.level.${LEVELS[o.value - 1] ?? 'moderate'}`),
              })}
            </li>
          ))}
      </ul>
      <FormAlert message={record.isError ? errorMessage(record.error) : null} />
      <TextField
        label={t('therapist.observation.observedOn')}
        type="date"
        name="observedOn"
        value={observedOn}
        onValueChange={setObservedOn}
      />
      <form className="stack" onSubmit={onCommunication} noValidate>
        <TextField
          label={t('therapist.observation.communication')}
          type="number"
          inputMode="numeric"
          min={0}
          max={21}
          name="conversationsPerWeek"
          value={perWeek}
          onValueChange={setPerWeek}
        />
        <div className="button-row">
          <SubmitButton pending={record.isPending} pendingLabel={t('therapist.sessions.pending')}>
            {t('therapist.observation.submitCommunication')}
          </SubmitButton>
        </div>
      </form>
      <form className="stack" onSubmit={onForgiveness} noValidate>
        <fieldset className="stack">
          <legend>{t('therapist.observation.about')}</legend>
          {view.partners.map((partner) => (
            <label className="radio-option" key={partner.memberId}>
              <input
                type="radio"
                name="about"
                checked={about === partner.memberId}
                onChange={() => setAbout(partner.memberId)}
              />
              <span>{partner.displayName}</span>
            </label>
          ))}
        </fieldset>
        <fieldset className="stack">
          <legend>{t('therapist.observation.forgiveness')}</legend>
          {LEVELS.map((option) => (
            <label className="radio-option" key={option}>
              <input
                type="radio"
                name="level"
                checked={level === option}
                onChange={() => setLevel(option)}
              />
              <span>{t(`therapist.observation.level.${option}`)}</span>
            </label>
          ))}
        </fieldset>
        <div className="button-row">
          <SubmitButton pending={record.isPending} pendingLabel={t('therapist.sessions.pending')}>
            {t('therapist.observation.submitForgiveness')}
          </SubmitButton>
        </div>
      </form>
      <p className="status-line" role="status">
        {record.isSuccess ? t('therapist.observation.saved') : ''}
      </p>
    </section>
  );
}
