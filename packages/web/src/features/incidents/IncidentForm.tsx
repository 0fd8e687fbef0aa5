import { type FormEvent, useState } from 'react';
import { errorMessage } from '../../app/api/errorMessage';
import { FormAlert } from '../../app/ui/FormAlert';
import { RadioGroup } from '../../app/ui/RadioGroup';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { TextAreaField } from '../../app/ui/TextAreaField';
import { TextField } from '../../app/ui/TextField';
import { type FieldErrors, useFormErrors } from '../../app/ui/useFormErrors';
import { t, todayInTimeZone } from '../../i18n';
import { useTimeZone } from '../accounts/api';
import { CoachedTextarea } from '../coach/CoachedTextarea';
import {
  ABOUT_CHOICES,
  type About,
  DESCRIPTION_MAX_LENGTH,
  DISCLOSURES,
  type Disclosure,
  INCIDENT_KINDS,
  type IncidentFactsInput,
  type IncidentKind,
  type IncidentVersion,
  REASON_MAX_LENGTH,
} from './types';

type Field = 'kind' | 'about' | 'disclosure' | 'occurredOn' | 'description' | 'reason';

export type IncidentFormSubmit =
  | { mode: 'report'; input: IncidentFactsInput & { about: About } }
  | { mode: 'correct'; input: IncidentFactsInput & { reason: string } };

interface IncidentFormProps {
  mode: 'report' | 'correct';
  /** The current facts, when correcting. */
  initial?: IncidentVersion;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  /** Resolves once saved; the form clears itself only then, so nothing typed is lost. */
  onSubmit: (submit: IncidentFormSubmit) => Promise<unknown>;
  onCancel?: () => void;
}

/** The facts of an incident: to report a new one, or to correct one you reported. */
export function IncidentForm({
  mode,
  initial,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: IncidentFormProps) {
  const { formRef, errorFor, check } = useFormErrors<Field>(error);
  const today = todayInTimeZone(useTimeZone());
  const [kind, setKind] = useState<IncidentKind | null>(initial?.kind ?? null);
  const [about, setAbout] = useState<About | null>(null);
  const [disclosure, setDisclosure] = useState<Disclosure | null>(initial?.disclosure ?? null);
  const [occurredOn, setOccurredOn] = useState(initial?.occurredOn ?? '');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [reason, setReason] = useState('');

  const reset = () => {
    setKind(null);
    setAbout(null);
    setDisclosure(null);
    setOccurredOn('');
    setDescription('');
    setReason('');
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors<Field> = {};
    if (kind === null) errors.kind = t('incidents.fields.kindRequired');
    if (mode === 'report' && about === null) errors.about = t('incidents.fields.aboutRequired');
    if (disclosure === null) errors.disclosure = t('incidents.fields.disclosureRequired');
    if (occurredOn === '') errors.occurredOn = t('incidents.fields.dateRequired');
    // ISO calendar dates compare correctly as strings.
    else if (occurredOn > today) errors.occurredOn = t('incidents.fields.dateFuture');
    if (description.length > DESCRIPTION_MAX_LENGTH) {
      errors.description = t('incidents.fields.tooLong', { max: DESCRIPTION_MAX_LENGTH });
    }
    if (mode === 'correct') {
      if (reason.trim() === '') errors.reason = t('incidents.fields.reasonRequired');
      else if (reason.length > REASON_MAX_LENGTH) {
        errors.reason = t('incidents.fields.tooLong', { max: REASON_MAX_LENGTH });
      }
    }
    if (!check(errors) || kind === null || disclosure === null) return;
    const facts: IncidentFactsInput = {
      kind,
      disclosure,
      occurredOn,
      ...(description.trim() ? { description: description.trim() } : {}),
    };
    const request: IncidentFormSubmit =
      mode === 'report'
        ? { mode, input: { ...facts, about: about ?? 'self' } }
        : { mode, input: { ...facts, reason: reason.trim() } };
    onSubmit(request).then(
      () => {
        if (mode === 'report') reset();
      },
      // The error is shown from the mutation's state; what was typed stays.
      () => undefined,
    );
  };

  return (
    <form ref={formRef} className="stack stack--loose" onSubmit={submit} noValidate>
      <FormAlert message={error ? errorMessage(error) : null} />
      <RadioGroup
        legend={t('incidents.fields.kindLegend')}
        name="kind"
        options={INCIDENT_KINDS.map((value) => ({ value, label: t(`incidents.kind.${value}`) }))}
        value={kind}
        onChange={setKind}
        error={errorFor('kind')}
        required
      />
      {mode === 'report' ? (
        <RadioGroup
          legend={t('incidents.fields.aboutLegend')}
          name="about"
          options={ABOUT_CHOICES.map((value) => ({
            value,
            label: t(`incidents.fields.aboutChoice.${value}`),
          }))}
          value={about}
          onChange={setAbout}
          error={errorFor('about')}
          required
        />
      ) : null}
      <RadioGroup
        legend={t('incidents.fields.disclosureLegend')}
        name="disclosure"
        options={DISCLOSURES.map((value) => ({
          value,
          label: t(`incidents.fields.disclosureChoice.${value}`),
        }))}
        value={disclosure}
        onChange={setDisclosure}
        error={errorFor('disclosure')}
        required
      />
      <TextField
        label={t('incidents.fields.date')}
        hint={t('incidents.fields.dateHint')}
        type="date"
        name="occurredOn"
        required
        max={today}
        value={occurredOn}
        onValueChange={setOccurredOn}
        error={errorFor('occurredOn')}
        className="input--date"
      />
      <CoachedTextarea
        label={t('incidents.fields.description')}
        hint={t('incidents.fields.descriptionHint')}
        name="description"
        value={description}
        onValueChange={setDescription}
        maxLength={DESCRIPTION_MAX_LENGTH}
        error={errorFor('description')}
      />
      {mode === 'correct' ? (
        <TextAreaField
          label={t('incidents.fields.reason')}
          hint={t('incidents.fields.reasonHint')}
          name="reason"
          value={reason}
          onValueChange={setReason}
          maxLength={REASON_MAX_LENGTH}
          error={errorFor('reason')}
          required
          rows={3}
        />
      ) : null}
      <div className="button-row">
        <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
        {onCancel ? (
          <button type="button" className="button button--quiet" onClick={onCancel}>
            {t('incidents.actions.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
