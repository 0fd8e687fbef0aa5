import { AGREEMENT_CATEGORIES, AGREEMENT_LIMITS, type AgreementCategory } from '@amend/core';
import { type FormEvent, useId, useState } from 'react';
import { errorMessage } from '../../app/api/errorMessage';
import { FormAlert } from '../../app/ui/FormAlert';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { TextAreaField } from '../../app/ui/TextAreaField';
import { TextField } from '../../app/ui/TextField';
import { useFormErrors } from '../../app/ui/useFormErrors';
import { t } from '../../i18n';
import type { AgreementTerms } from './types';

type Field = 'title' | 'practice' | 'category' | 'reviewOn' | 'sunsetSteps' | 'reason';

interface TermsFormProps {
  initial: AgreementTerms;
  /** Steps already taken together: shown, and kept as they are. */
  stepsTaken?: number;
  /** A change asks why; a first proposal does not. */
  askReason?: boolean;
  submitLabel: string;
  pendingLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (terms: AgreementTerms, reason: string) => void;
}

/** The terms of an agreement: for a first proposal, and for a change (a new version). */
export function TermsForm({
  initial,
  stepsTaken = 0,
  askReason = false,
  submitLabel,
  pendingLabel,
  pending,
  error,
  onSubmit,
}: TermsFormProps) {
  const [terms, setTerms] = useState<AgreementTerms>(initial);
  const [reason, setReason] = useState('');
  const { formRef, errorFor, check } = useFormErrors<Field>(error);
  const categoryId = useId();
  const sunsetId = useId();
  const set = <K extends keyof AgreementTerms>(key: K, value: AgreementTerms[K]) =>
    setTerms((previous) => ({ ...previous, [key]: value }));
  const setStep = (index: number, value: string) =>
    set(
      'sunsetSteps',
      terms.sunsetSteps.map((step, at) => (at === index ? value : step)),
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Partial<Record<Field, string>> = {};
    if (!terms.title.trim()) problems.title = t('agreements.form.titleMissing');
    if (!terms.practice.trim()) problems.practice = t('agreements.form.practiceMissing');
    if (!check(problems)) return;
    onSubmit({ ...terms, sunsetSteps: terms.sunsetSteps.filter((step) => step.trim()) }, reason);
  };
  // The server's sentence (a 409 says the agreement changed meanwhile); field problems also sit
  // by their fields.
  const formLevel = error ? errorMessage(error) : null;

  return (
    <form ref={formRef} className="stack" onSubmit={submit} noValidate>
      <FormAlert message={formLevel} />
      <TextField
        label={t('agreements.form.title')}
        value={terms.title}
        onValueChange={(value) => set('title', value)}
        maxLength={AGREEMENT_LIMITS.titleLength}
        error={errorFor('title')}
        required
      />
      <TextAreaField
        label={t('agreements.form.practice')}
        name="practice"
        hint={t('agreements.form.practiceHint')}
        value={terms.practice}
        onValueChange={(value) => set('practice', value)}
        maxLength={AGREEMENT_LIMITS.practiceLength}
        error={errorFor('practice')}
        required
      />
      <div className="field">
        <label className="field__label" htmlFor={categoryId}>
          {t('agreements.form.category')}
        </label>
        <select
          id={categoryId}
          className="input"
          value={terms.category}
          onChange={(event) => set('category', event.target.value as AgreementCategory)}
        >
          {AGREEMENT_CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {t(`agreements.category.${category}`)}
            </option>
          ))}
        </select>
      </div>
      <TextField
        label={t('agreements.form.reviewOn')}
        hint={t('agreements.form.reviewOnHint')}
        type="date"
        value={terms.reviewOn}
        onValueChange={(value) => set('reviewOn', value)}
        error={errorFor('reviewOn')}
        required
      />
      <fieldset className="field stack" aria-describedby={`${sunsetId}-hint`}>
        <legend className="field__label">{t('agreements.form.sunsetHeading')}</legend>
        <p className="field__hint" id={`${sunsetId}-hint`}>
          {t('agreements.form.sunsetHint')}
        </p>
        {stepsTaken > 0 ? (
          <p>{t('agreements.form.stepsTakenNote', { count: stepsTaken })}</p>
        ) : null}
        {errorFor('sunsetSteps') ? <p className="field__error">{errorFor('sunsetSteps')}</p> : null}
        <ol className="stack sunset-steps">
          {terms.sunsetSteps.map((step, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: steps are positions in an ordered path
            <li key={index} className="stack">
              <TextField
                label={t('agreements.form.step', { number: index + 1 })}
                value={step}
                onValueChange={(value) => setStep(index, value)}
                maxLength={AGREEMENT_LIMITS.sunsetStepLength}
                readOnly={index < stepsTaken}
              />
              {index >= stepsTaken ? (
                <div className="button-row">
                  <button
                    type="button"
                    className="button button--quiet"
                    onClick={() =>
                      set(
                        'sunsetSteps',
                        terms.sunsetSteps.filter((_, at) => at !== index),
                      )
                    }
                  >
                    {t('agreements.form.removeStep', { number: index + 1 })}
                  </button>
                </div>
              ) : null}
            </li>
          ))}
        </ol>
        {terms.sunsetSteps.length < AGREEMENT_LIMITS.sunsetSteps ? (
          <div className="button-row">
            <button
              type="button"
              className="button button--secondary"
              onClick={() => set('sunsetSteps', [...terms.sunsetSteps, ''])}
            >
              {t('agreements.form.addStep')}
            </button>
          </div>
        ) : null}
      </fieldset>
      {askReason ? (
        <TextAreaField
          label={t('agreements.form.reason')}
          name="reason"
          value={reason}
          onValueChange={setReason}
          maxLength={AGREEMENT_LIMITS.reasonLength}
          rows={2}
        />
      ) : null}
      <div className="button-row">
        <SubmitButton pending={pending} pendingLabel={pendingLabel}>
          {submitLabel}
        </SubmitButton>
      </div>
    </form>
  );
}
