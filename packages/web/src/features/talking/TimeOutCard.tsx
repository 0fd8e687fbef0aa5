import { TIME_OUT_REASON_MAX_LENGTH } from '@amend/core';
import { type FormEvent, useId, useState } from 'react';
import { errorMessage } from '../../app/api/errorMessage';
import { FormAlert } from '../../app/ui/FormAlert';
import { RadioGroup } from '../../app/ui/RadioGroup';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { TextField } from '../../app/ui/TextField';
import { type FieldErrors, useFormErrors } from '../../app/ui/useFormErrors';
import { t } from '../../i18n';
import { useCallTimeOut, useTimeOuts } from './api';
import { TimeOutNotice } from './TimeOutNotice';

const CHOICES = ['20', '60', '180', '1440'] as const;
type Choice = (typeof CHOICES)[number];

/** "I need a pause": the running pauses, and the form to ask for one with a time to return. */
export function TimeOutCard() {
  const headingId = useId();
  const timeOuts = useTimeOuts();
  const call = useCallTimeOut();
  const { formRef, errorFor, check } = useFormErrors<'minutes' | 'reason'>(call.error);
  const [minutes, setMinutes] = useState<Choice | null>(null);
  const [reason, setReason] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors<'minutes' | 'reason'> = {};
    if (minutes === null) errors.minutes = t('talking.timeOut.chooseTime');
    if (!check(errors) || minutes === null) return;
    call.mutate(
      { minutes: Number(minutes), ...(reason.trim() ? { reason: reason.trim() } : {}) },
      {
        onSuccess: () => {
          setMinutes(null);
          setReason('');
        },
      },
    );
  };

  const current = timeOuts.data?.current ?? [];
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('talking.timeOut.heading')}</h2>
      {current.map((timeOut) => (
        <TimeOutNotice key={timeOut.id} timeOut={timeOut} />
      ))}
      <p>{t('talking.timeOut.intro')}</p>
      <form ref={formRef} className="stack" onSubmit={submit} noValidate>
        <FormAlert message={call.error ? errorMessage(call.error) : null} />
        <RadioGroup
          legend={t('talking.timeOut.minutesLegend')}
          name="time-out-minutes"
          options={CHOICES.map((value) => ({
            value,
            label: t(`talking.timeOut.choices.${value}`),
          }))}
          value={minutes}
          onChange={setMinutes}
          error={errorFor('minutes')}
          required
        />
        <TextField
          label={t('talking.timeOut.reason')}
          hint={t('talking.timeOut.reasonHint')}
          value={reason}
          onValueChange={setReason}
          maxLength={TIME_OUT_REASON_MAX_LENGTH}
          error={errorFor('reason')}
        />
        <div className="button-row">
          <SubmitButton pending={call.isPending}>{t('talking.timeOut.submit')}</SubmitButton>
        </div>
      </form>
      {timeOuts.data ? (
        <p className="muted">{t('talking.timeOut.count', { count: timeOuts.data.counts.total })}</p>
      ) : null}
    </section>
  );
}
