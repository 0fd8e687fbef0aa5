import { TRIGGER_CATEGORIES, TRIGGER_NEED_MAX_LENGTH, WHAT_HELPED } from '@amend/core';
import { type FormEvent, useState } from 'react';
import { errorMessage } from '../../app/api/errorMessage';
import { FormAlert } from '../../app/ui/FormAlert';
import { RadioGroup } from '../../app/ui/RadioGroup';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { TextField } from '../../app/ui/TextField';
import { type FieldErrors, useFormErrors } from '../../app/ui/useFormErrors';
import { t } from '../../i18n';
import { failedOffline, keepToSendLater } from '../../offline/outbox';
import { useMe } from '../accounts/api';
import { useLogTrigger } from './api';

const INTENSITIES = ['1', '2', '3', '4', '5'] as const;
type Intensity = (typeof INTENSITIES)[number];
type Category = (typeof TRIGGER_CATEGORIES)[number];
type Helped = (typeof WHAT_HELPED)[number];
type Field = 'intensity' | 'category' | 'need';

/** A trigger moment in a few taps; private unless "tell my partner now" is ticked. */
export function TriggerForm() {
  const log = useLogTrigger();
  const userId = useMe().data?.id;
  const { formRef, errorFor, check } = useFormErrors<Field>(log.error);
  const [intensity, setIntensity] = useState<Intensity | null>(null);
  const [category, setCategory] = useState<Category | null>(null);
  const [helped, setHelped] = useState<Helped[]>([]);
  const [share, setShare] = useState(false);
  const [need, setNeed] = useState('');
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  // Sent now, or kept on this device to be sent when the connection is back.
  const [saved, setSaved] = useState<'no' | 'sent' | 'kept'>('no');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved('no');
    const errors: FieldErrors<Field> = {};
    if (intensity === null) errors.intensity = t('talking.triggers.chooseIntensity');
    if (category === null) errors.category = t('talking.triggers.chooseCategory');
    if (!check(errors) || intensity === null || category === null) return;
    const input = {
      intensity: Number(intensity),
      category,
      helped,
      ...(share ? { share: need.trim() ? { need: need.trim() } : {} } : {}),
    };
    const done = (how: 'sent' | 'kept') => {
      setIntensity(null);
      setCategory(null);
      setHelped([]);
      setShare(false);
      setNeed('');
      setIdempotencyKey(crypto.randomUUID());
      setSaved(how);
    };
    log.mutate(
      { ...input, idempotencyKey },
      {
        onSuccess: () => done('sent'),
        onError: (error) => {
          if (!failedOffline(error) || !userId) return;
          void keepToSendLater({
            kind: 'trigger',
            path: '/triggers',
            // Sent later, it keeps the time it was noted rather than the time it arrives.
            body: { ...input, occurredAt: new Date().toISOString() },
            idempotencyKey,
            userId,
          }).then(() => {
            log.reset();
            done('kept');
          });
        },
      },
    );
  };

  return (
    <form ref={formRef} className="stack" onSubmit={submit} noValidate>
      <FormAlert message={log.error ? errorMessage(log.error) : null} />
      <p role="status" className="status-line">
        {saved === 'sent' ? t('talking.triggers.saved') : null}
        {saved === 'kept' ? t('reminders.offline.savedOffline') : null}
      </p>
      <RadioGroup
        legend={t('talking.triggers.intensity')}
        name="trigger-intensity"
        options={INTENSITIES.map((value) => ({
          value,
          label: t(`talking.triggers.intensityScale.${value}`),
        }))}
        value={intensity}
        onChange={setIntensity}
        error={errorFor('intensity')}
        required
      />
      <RadioGroup
        legend={t('talking.triggers.category')}
        name="trigger-category"
        options={TRIGGER_CATEGORIES.map((value) => ({
          value,
          label: t(`talking.triggers.categories.${value}`),
        }))}
        value={category}
        onChange={setCategory}
        error={errorFor('category')}
        required
      />
      <fieldset className="field">
        <legend className="field__label">{t('talking.triggers.helped')}</legend>
        <div className="radio-group__options">
          {WHAT_HELPED.map((value) => (
            <label key={value} className="radio-option">
              <input
                type="checkbox"
                checked={helped.includes(value)}
                onChange={(event) =>
                  setHelped((chosen) =>
                    event.target.checked
                      ? [...chosen, value]
                      : chosen.filter((item) => item !== value),
                  )
                }
              />
              <span>{t(`talking.triggers.helpedChoices.${value}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label className="radio-option">
        <input
          type="checkbox"
          checked={share}
          onChange={(event) => setShare(event.target.checked)}
        />
        <span>{t('talking.triggers.shareNow')}</span>
      </label>
      {share ? (
        <TextField
          label={t('talking.triggers.need')}
          hint={t('talking.triggers.needHint')}
          value={need}
          onValueChange={setNeed}
          maxLength={TRIGGER_NEED_MAX_LENGTH}
          error={errorFor('need')}
        />
      ) : null}
      <div className="button-row">
        <SubmitButton pending={log.isPending}>{t('talking.triggers.submit')}</SubmitButton>
      </div>
    </form>
  );
}
