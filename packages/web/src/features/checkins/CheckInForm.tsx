import { type FormEvent, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../app/api/errorMessage';
import { ApiError, isApiError, NETWORK_ERROR } from '../../app/api/problem';
import { FormAlert } from '../../app/ui/FormAlert';
import { StepProgress } from '../../app/ui/StepProgress';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { useFormErrors } from '../../app/ui/useFormErrors';
import { t } from '../../i18n';
import { queueWrite } from '../../offline/outbox';
import { answersFrom, type Field, problemsOnStep, STEPS, stepOf, toInput } from './answers';
import { useSaveCheckin } from './api';
import { CheckInQuestion } from './CheckInQuestion';
import {
  type CheckinAnswers,
  type CheckinDraft,
  EMPTY_ANSWERS,
  forgetCheckinDraft,
  loadDraft,
  newIdempotencyKey,
  saveDraft,
} from './draft';
import type { CheckIn, CheckinOverview } from './types';

interface CheckInFormProps {
  overview: CheckinOverview;
  userId: string;
  onSaved: (checkin: CheckIn, changed: boolean) => void;
  /** The connection was gone: the check-in waits on this device and is sent when it returns. */
  onSavedOffline: () => void;
}

/**
 * A new check-in starts empty, except the honest conversations, which start from what the
 * couple logged this week (both rated honest) when they logged any; the person can change it.
 */
function prefilledAnswers(overview: CheckinOverview) {
  const fromLog = overview.honestConversationsFromLog;
  return fromLog === null
    ? EMPTY_ANSWERS
    : { ...EMPTY_ANSWERS, honestConversations: String(fromLog) };
}

function startingDraft(overview: CheckinOverview, userId: string): CheckinDraft {
  const saved = loadDraft(userId, overview.currentWeek);
  if (saved) return { ...saved, step: Math.min(Math.max(saved.step, 0), STEPS.length - 1) };
  return {
    userId,
    weekStart: overview.currentWeek,
    step: 0,
    answers: overview.thisWeek ? answersFrom(overview.thisWeek) : prefilledAnswers(overview),
    idempotencyKey: newIdempotencyKey(),
  };
}

/** The weekly check-in, one question at a time; the draft survives a reload. */
export function CheckInForm({ overview, userId, onSaved, onSavedOffline }: CheckInFormProps) {
  const save = useSaveCheckin();
  const { formRef, errorFor, check } = useFormErrors<Field>(save.error);
  const [draft, setDraft] = useState(() => startingDraft(overview, userId));
  // Only what the person has touched is kept in storage, not a copy of what is already saved.
  const [touched, setTouched] = useState(false);
  const stepLabelRef = useRef<HTMLParagraphElement>(null);
  const { step, answers } = draft;
  const isLast = step === STEPS.length - 1;
  // Decided from the latest overview, so a check-in saved meanwhile in another tab is changed
  // rather than created twice.
  const existing = overview.thisWeek;

  // Filed under the current week, so answers typed as one week turns into the next are kept.
  const currentWeek = overview.currentWeek;
  useEffect(() => {
    if (touched) saveDraft({ ...draft, weekStart: currentWeek });
  }, [draft, touched, currentWeek]);

  // After moving between questions, focus the new one's position ("Question 2 of 5"), or the
  // field that needs attention if there is one, so screen readers start in the right place.
  const previousStep = useRef(step);
  useEffect(() => {
    if (previousStep.current === step) return;
    previousStep.current = step;
    const problem = formRef.current?.querySelector<HTMLElement>(
      '[aria-invalid="true"], fieldset[data-invalid] input',
    );
    (problem ?? stepLabelRef.current)?.focus();
  }, [step, formRef]);

  // A field the server rejected may be on another step: go back to the first such step.
  useEffect(() => {
    if (!(save.error instanceof ApiError)) return;
    const steps = Object.keys(save.error.fieldErrors)
      .map(stepOf)
      .filter((s): s is number => s !== null);
    if (steps.length > 0) setDraft((d) => ({ ...d, step: Math.min(...steps) }));
  }, [save.error]);

  const update = <K extends keyof CheckinAnswers>(key: K, value: CheckinAnswers[K]) => {
    setTouched(true);
    // A server message about this answer no longer applies once it has been changed.
    if (save.error instanceof ApiError && save.error.fieldErrors[key] !== undefined) save.reset();
    setDraft((d) => ({ ...d, answers: { ...d.answers, [key]: value } }));
  };

  const goTo = (next: number) => {
    setTouched(true);
    check({});
    setDraft((d) => ({ ...d, step: next }));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!check(problemsOnStep(step, answers))) return;
    if (!isLast) {
      goTo(step + 1);
      return;
    }
    // Every earlier step was checked on the way here, but a draft restored from storage may
    // skip some: send the person back to the first one still missing an answer.
    const firstMissing = STEPS.findIndex(
      (_, index) => Object.keys(problemsOnStep(index, answers)).length > 0,
    );
    const input = toInput(answers);
    if (firstMissing !== -1 || input === null) {
      goTo(Math.max(firstMissing, 0));
      return;
    }
    save.mutate(
      existing
        ? { kind: 'change', id: existing.id, input }
        : { kind: 'create', input, idempotencyKey: draft.idempotencyKey },
      {
        onSuccess: (checkin) => {
          forgetCheckinDraft();
          onSaved(checkin, existing !== null);
        },
        onError: (error) => {
          if (!isApiError(error, NETWORK_ERROR)) return;
          // Offline: keep it on this device with the same idempotency key, so however often it
          // is sent later (or if this try did arrive after all) it is stored once.
          void queueWrite({
            kind: 'checkin',
            method: existing ? 'PUT' : 'POST',
            path: existing ? `/checkins/${encodeURIComponent(existing.id)}` : '/checkins',
            body: { ...input },
            idempotencyKey: draft.idempotencyKey,
            userId,
            savedAt: new Date().toISOString(),
          }).then(() => {
            forgetCheckinDraft();
            onSavedOffline();
          });
        },
      },
    );
  };

  return (
    <form ref={formRef} className="stack checkin" onSubmit={onSubmit} noValidate>
      <FormAlert message={save.isError ? errorMessage(save.error) : null} />
      <StepProgress
        label={t('checkIn.step', { step: step + 1, total: STEPS.length })}
        value={step + 1}
        max={STEPS.length}
        labelRef={stepLabelRef}
      />
      <CheckInQuestion step={step} answers={answers} onChange={update} errorFor={errorFor} />
      <div className="button-row checkin__actions">
        {step > 0 ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => goTo(step - 1)}
            disabled={save.isPending}
          >
            {t('checkIn.back')}
          </button>
        ) : null}
        <SubmitButton pending={save.isPending}>
          {isLast ? t(existing ? 'checkIn.saveChanges' : 'checkIn.save') : t('checkIn.next')}
        </SubmitButton>
      </div>
    </form>
  );
}
