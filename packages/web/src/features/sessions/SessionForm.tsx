import { type FormEvent, useId, useState } from 'react';
import { errorMessage } from '../../app/api/errorMessage';
import { FormAlert } from '../../app/ui/FormAlert';
import { RadioGroup } from '../../app/ui/RadioGroup';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { TextField } from '../../app/ui/TextField';
import { type FieldErrors, useFormErrors } from '../../app/ui/useFormErrors';
import { t, todayInTimeZone } from '../../i18n';
import { useTimeZone } from '../accounts/api';
import type { Member } from '../space/types';
import { useRecordTherapySession } from './api';
import { SESSION_KINDS, type SessionKind } from './types';

type Field = 'heldOn' | 'kind' | 'attendees';

/** The people who attended: one checkbox per member of the space, you first. */
function AttendeesField({
  members,
  value,
  onChange,
  error,
}: {
  members: readonly Member[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  error: string | undefined;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  const sorted = [...members].sort((a, b) => Number(b.isYou) - Number(a.isYou));
  return (
    <fieldset
      className="field radio-group"
      aria-describedby={error ? errorId : undefined}
      data-invalid={error ? true : undefined}
    >
      <legend className="field__label">{t('sessions.form.attendeesLegend')}</legend>
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
      <div className="radio-group__options">
        {sorted.map((member) => (
          <label key={member.id} className="radio-option">
            <input
              type="checkbox"
              name="attendees"
              value={member.id}
              checked={value.includes(member.id)}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? [...value, member.id]
                    : value.filter((memberId) => memberId !== member.id),
                )
              }
            />
            <span>
              {member.isYou
                ? t('sessions.form.attendeeYou', { name: member.displayName })
                : member.displayName}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Record a therapy session. Each filled-in form is sent once, even if retried. */
export function SessionForm({ members }: { members: readonly Member[] }) {
  const headingId = useId();
  const record = useRecordTherapySession();
  const { formRef, errorFor, check } = useFormErrors<Field>(record.error);
  const today = todayInTimeZone(useTimeZone());
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [heldOn, setHeldOn] = useState('');
  const [kind, setKind] = useState<SessionKind | null>(null);
  const [attendees, setAttendees] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const errors: FieldErrors<Field> = {};
    if (heldOn === '') errors.heldOn = t('sessions.form.dateRequired');
    else if (heldOn > today) errors.heldOn = t('sessions.form.dateFuture');
    if (kind === null) errors.kind = t('sessions.form.kindRequired');
    if (attendees.length === 0) errors.attendees = t('sessions.form.attendeesRequired');
    if (!check(errors) || kind === null) return;
    record.mutate(
      { heldOn, kind, attendees, idempotencyKey },
      {
        onSuccess: () => {
          setHeldOn('');
          setKind(null);
          setAttendees([]);
          setIdempotencyKey(crypto.randomUUID());
          record.reset();
          setSaved(true);
        },
      },
    );
  };

  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('sessions.form.heading')}</h2>
      <p role="status" className="status-line">
        {saved ? t('sessions.form.saved') : null}
      </p>
      <form ref={formRef} className="stack stack--loose" onSubmit={submit} noValidate>
        <FormAlert message={record.isError ? errorMessage(record.error) : null} />
        <TextField
          label={t('sessions.form.date')}
          hint={t('sessions.form.dateHint')}
          type="date"
          name="heldOn"
          required
          max={today}
          value={heldOn}
          onValueChange={setHeldOn}
          error={errorFor('heldOn')}
          className="input--date"
        />
        <RadioGroup
          legend={t('sessions.form.kindLegend')}
          name="kind"
          options={SESSION_KINDS.map((value) => ({
            value,
            label: t(`sessions.form.kindChoice.${value}`),
          }))}
          value={kind}
          onChange={setKind}
          error={errorFor('kind')}
          required
        />
        <AttendeesField
          members={members}
          value={attendees}
          onChange={setAttendees}
          error={errorFor('attendees')}
        />
        <div className="button-row">
          <SubmitButton pending={record.isPending}>{t('sessions.form.submit')}</SubmitButton>
        </div>
      </form>
    </section>
  );
}
