import { type FormEvent, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../app/api/errorMessage';
import { FormAlert } from '../../app/ui/FormAlert';
import { RadioGroup } from '../../app/ui/RadioGroup';
import { StepProgress } from '../../app/ui/StepProgress';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { t } from '../../i18n';
import { newIdempotencyKey } from '../checkins/draft';
import { useTakeSafetyScreen } from './api';
import type { SafetyAnswers, SafetyQuestions, SafetyScreenResult } from './types';

interface SafetyCheckFormProps {
  questions: SafetyQuestions;
  onFinished: (result: SafetyScreenResult) => void;
}

/**
 * One question at a time. Unlike the other questionnaires nothing is saved as it goes, neither
 * on the server nor in this browser: answers live only in this page until Finish, so a
 * half-done check leaves no trace on a device someone else may pick up.
 */
export function SafetyCheckForm({ questions, onFinished }: SafetyCheckFormProps) {
  const { items } = questions;
  const [answers, setAnswers] = useState<SafetyAnswers>({});
  const [step, setStep] = useState(0);
  const [stepError, setStepError] = useState<string | undefined>(undefined);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const take = useTakeSafetyScreen();
  const stepLabelRef = useRef<HTMLParagraphElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const item = items[step];
  const isLast = step === items.length - 1;

  // After each move, focus "Question 3 of 6" so screen readers start at the new question.
  const previousStep = useRef(step);
  useEffect(() => {
    if (previousStep.current === step) return;
    previousStep.current = step;
    stepLabelRef.current?.focus();
  }, [step]);

  useEffect(() => {
    if (stepError) formRef.current?.querySelector<HTMLElement>('fieldset input')?.focus();
  }, [stepError]);

  const finish = (finalAnswers: SafetyAnswers) => {
    if (Object.keys(finalAnswers).length === 0) {
      setStepError(t('safety.check.notFinished'));
      return;
    }
    take.mutate({ answers: finalAnswers, idempotencyKey }, { onSuccess: onFinished });
  };

  const goTo = (next: number) => {
    setStepError(undefined);
    if (take.isError) take.reset();
    if (next >= items.length) finish(answers);
    else setStep(next);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!item) return;
    if (answers[item.id] === undefined) {
      setStepError(t('safety.check.choose'));
      return;
    }
    goTo(step + 1);
  };

  if (!item) return null;
  return (
    <form ref={formRef} className="stack checkin" onSubmit={onSubmit} noValidate>
      <FormAlert message={take.isError ? errorMessage(take.error) : null} />
      <StepProgress
        label={t('safety.check.step', { step: step + 1, total: items.length })}
        value={step + 1}
        max={items.length}
        labelRef={stepLabelRef}
      />
      <RadioGroup
        key={item.id}
        legend={item.text}
        name={item.id}
        options={item.options.map((option) => ({ value: option.code, label: option.display }))}
        value={answers[item.id] ?? null}
        onChange={(code) => {
          setStepError(undefined);
          setAnswers({ ...answers, [item.id]: code });
        }}
        error={stepError}
      />
      <div className="button-row checkin__actions">
        {step > 0 ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => goTo(step - 1)}
            disabled={take.isPending}
          >
            {t('safety.check.back')}
          </button>
        ) : null}
        <SubmitButton pending={take.isPending} pendingLabel={t('safety.check.finishing')}>
          {isLast ? t('safety.check.finish') : t('safety.check.next')}
        </SubmitButton>
      </div>
      {answers[item.id] === undefined ? (
        <div>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => goTo(step + 1)}
            disabled={take.isPending}
          >
            {t('safety.check.skip')}
          </button>
        </div>
      ) : null}
    </form>
  );
}
