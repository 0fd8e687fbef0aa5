import { type FormEvent, useId, useState } from 'react';
import { errorMessage } from '../../app/api/errorMessage';
import { FormAlert } from '../../app/ui/FormAlert';
import { LoadFailed } from '../../app/ui/LoadFailed';
import { Loading } from '../../app/ui/Loading';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { TextAreaField } from '../../app/ui/TextAreaField';
import { TextField } from '../../app/ui/TextField';
import { formatCalendarDate, t, todayInTimeZone } from '../../i18n';
import { useAddSessionNote, useRecordSession, useTherapistSessions } from './api';
import type { CoupleView, TherapistSession } from './types';

type Partner = CoupleView['partners'][number];

function NoteForm({ coupleId, session }: { coupleId: string; session: TherapistSession }) {
  const add = useAddSessionNote(coupleId, session.id);
  const [text, setText] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') return;
    add.mutate(text.trim(), { onSuccess: () => setText('') });
  };
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <FormAlert message={add.isError ? errorMessage(add.error) : null} />
      <TextAreaField
        label={t('therapist.sessions.addNote')}
        name={`note-${session.id}`}
        maxLength={8000}
        rows={3}
        value={text}
        onValueChange={setText}
      />
      <div className="button-row">
        <SubmitButton pending={add.isPending} pendingLabel={t('therapist.sessions.pending')}>
          {t('therapist.sessions.noteSubmit')}
        </SubmitButton>
      </div>
    </form>
  );
}

function SessionItem({ coupleId, session }: { coupleId: string; session: TherapistSession }) {
  return (
    <article className="card stack">
      <p>
        <strong>
          {t('therapist.sessions.session', {
            date: formatCalendarDate(session.heldOn),
            kind: t(`therapist.sessions.kind.${session.kind}`),
            attendees: session.attendees.map((a) => a.displayName).join(', '),
          })}
        </strong>
      </p>
      <p className="muted">
        {session.recordedByYou
          ? t('therapist.sessions.verified')
          : t('therapist.sessions.selfReported')}
      </p>
      {session.notes.length > 0 ? (
        <div className="stack">
          <h4>{t('therapist.sessions.notesHeading')}</h4>
          <ul className="stack">
            {session.notes.map((note) => (
              <li key={note.id}>{note.text}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {session.recordedByYou ? <NoteForm coupleId={coupleId} session={session} /> : null}
    </article>
  );
}

function RecordSession({
  coupleId,
  partners,
  timeZone,
}: {
  coupleId: string;
  partners: Partner[];
  timeZone: string;
}) {
  const headingId = useId();
  const record = useRecordSession(coupleId);
  const [heldOn, setHeldOn] = useState(() => todayInTimeZone(timeZone));
  const [kind, setKind] = useState<'couple' | 'individual'>('couple');
  const [attendees, setAttendees] = useState<string[]>(() => partners.map((p) => p.memberId));
  const [note, setNote] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate(
      { heldOn, kind, attendees, ...(note.trim() ? { note: note.trim() } : {}) },
      { onSuccess: () => setNote('') },
    );
  };
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('therapist.sessions.recordHeading')}</h3>
      <p>{t('therapist.sessions.recordIntro')}</p>
      <form className="stack" onSubmit={onSubmit} noValidate>
        <FormAlert message={record.isError ? errorMessage(record.error) : null} />
        <TextField
          label={t('therapist.sessions.heldOn')}
          type="date"
          name="heldOn"
          value={heldOn}
          onValueChange={setHeldOn}
        />
        <fieldset className="stack">
          <legend>{t('therapist.sessions.kindLabel')}</legend>
          {(['couple', 'individual'] as const).map((option) => (
            <label className="radio-option" key={option}>
              <input
                type="radio"
                name="kind"
                checked={kind === option}
                onChange={() => setKind(option)}
              />
              <span>{t(`therapist.sessions.kind.${option}`)}</span>
            </label>
          ))}
        </fieldset>
        <fieldset className="stack">
          <legend>{t('therapist.sessions.attendees')}</legend>
          {partners.map((partner) => (
            <label className="radio-option" key={partner.memberId}>
              <input
                type="checkbox"
                checked={attendees.includes(partner.memberId)}
                onChange={(event) =>
                  setAttendees((current) =>
                    event.target.checked
                      ? [...current, partner.memberId]
                      : current.filter((id) => id !== partner.memberId),
                  )
                }
              />
              <span>{partner.displayName}</span>
            </label>
          ))}
        </fieldset>
        <TextAreaField
          label={t('therapist.sessions.note')}
          name="note"
          maxLength={8000}
          rows={3}
          value={note}
          onValueChange={setNote}
        />
        <div className="button-row">
          <SubmitButton pending={record.isPending} pendingLabel={t('therapist.sessions.pending')}>
            {t('therapist.sessions.submit')}
          </SubmitButton>
        </div>
        <p className="status-line" role="status">
          {record.isSuccess ? t('therapist.sessions.recorded') : ''}
        </p>
      </form>
    </section>
  );
}

/** The couple's sessions with the therapist's private notes, and a form to record one. */
export function SessionsSection({
  coupleId,
  partners,
  timeZone,
}: {
  coupleId: string;
  partners: Partner[];
  timeZone: string;
}) {
  const headingId = useId();
  const sessions = useTherapistSessions(coupleId);
  return (
    <section className="stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('therapist.sessions.heading')}</h2>
      {sessions.isPending ? <Loading label={t('therapist.couple.loading')} /> : null}
      {sessions.isError ? <LoadFailed onRetry={() => void sessions.refetch()} /> : null}
      {sessions.data?.length === 0 ? <p>{t('therapist.sessions.none')}</p> : null}
      {sessions.data && sessions.data.length > 0 ? (
        <ul className="plain-list stack">
          {sessions.data.map((session) => (
            <li key={session.id}>
              <SessionItem coupleId={coupleId} session={session} />
            </li>
          ))}
        </ul>
      ) : null}
      <RecordSession coupleId={coupleId} partners={partners} timeZone={timeZone} />
    </section>
  );
}
