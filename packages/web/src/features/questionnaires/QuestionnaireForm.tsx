import { type FormEvent, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../app/api/errorMessage';
import { FormAlert } from '../../app/ui/FormAlert';
import { StepProgress } from '../../app/ui/StepProgress';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { t } from '../../i18n';
import { newIdempotencyKey } from '../checkins/draft';
import { useCompleteQuestionnaire } from './api';
import { loadLocalAnswers } from './localDraft';
import { QuestionnaireQuestion } from './QuestionnaireQuestion';
import { ReviewAnswers } from './ReviewAnswers';
import type { Answers, AnswerValue, Questionnaire, ScoredResponse } from './types';
import { type SaveStatus, useDraftAutosave } from './useDraftAutosave';

interface QuestionnaireFormProps {
  userId: string;
  questionnaire: Questionnaire;
  draftAnswers: Answers;
  onFinished: (response: ScoredResponse) => void;
}

const SAVE_MESSAGES = {
  idle: null,
  saving: 'questionnaires.save.saving',
  saved: 'questionnaires.save.saved',
  retrying: 'questionnaires.save.retrying',
  rejected: 'questionnaires.save.rejected',
} as const satisfies Record<SaveStatus, string | null>;

/** Only answers to this questionnaire's items are kept from a saved draft. */
function knownAnswers(questionnaire: Questionnaire, draft: Answers): Answers {
  const answers: Answers = {};
  for (const item of questionnaire.items) {
    const value = draft[item.id];
    if (value !== undefined) answers[item.id] = value;
  }
  return answers;
}

/**
 * A questionnaire, one statement at a time, then a review and Finish. Answers are saved to
 * the server as they are given; coming back starts at the first unanswered statement.
 */
export function QuestionnaireForm({
  userId,
  questionnaire,
  draftAnswers,
  onFinished,
}: QuestionnaireFormProps) {
  const { items } = questionnaire;
  const reviewStep = items.length;
  // Answers kept in this tab are newer than the server's draft: they had not been saved yet.
  const [localAnswers] = useState(() => loadLocalAnswers(userId, questionnaire.id));
  const [answers, setAnswers] = useState(() =>
    knownAnswers(questionnaire, localAnswers ?? draftAnswers),
  );
  const [step, setStep] = useState(() => {
    if (Object.keys(answers).length === 0) return 0;
    const firstUnanswered = items.findIndex((item) => answers[item.id] === undefined);
    return firstUnanswered === -1 ? reviewStep : firstUnanswered;
  });
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [stepError, setStepError] = useState<string | undefined>(undefined);
  const autosave = useDraftAutosave(userId, questionnaire.id);
  const complete = useCompleteQuestionnaire(questionnaire.id);
  const formRef = useRef<HTMLFormElement>(null);
  const stepLabelRef = useRef<HTMLParagraphElement>(null);
  const item = items[step];

  // Answers that never reached the server are sent again on arrival.
  const { schedule } = autosave;
  useEffect(() => {
    if (localAnswers) schedule(knownAnswers(questionnaire, localAnswers));
  }, [localAnswers, questionnaire, schedule]);

  // After each move, focus the new position ("Question 3 of 12") so screen readers start there.
  const previousStep = useRef(step);
  useEffect(() => {
    if (previousStep.current === step) return;
    previousStep.current = step;
    stepLabelRef.current?.focus();
  }, [step]);

  // A problem on this step: focus the first answer, so its message is read out.
  useEffect(() => {
    if (stepError) formRef.current?.querySelector<HTMLElement>('fieldset input, .input')?.focus();
  }, [stepError]);

  // Finish disables its button while sending, dropping focus; bring it to what went wrong.
  useEffect(() => {
    if (complete.error) formRef.current?.querySelector<HTMLElement>('[role="alert"]')?.focus();
  }, [complete.error]);

  const answer = (itemId: string, value: AnswerValue | null) => {
    setStepError(undefined);
    if (complete.isError) complete.reset();
    const next = { ...answers };
    if (value === null) delete next[itemId];
    else next[itemId] = value;
    setAnswers(next);
    autosave.schedule(next);
  };

  const goTo = (next: number) => {
    setStepError(undefined);
    setStep(next);
  };

  const finish = async () => {
    await autosave.stop();
    complete.mutate(
      { answers, idempotencyKey },
      {
        onSuccess: (response) => {
          autosave.forget();
          onFinished(response);
        },
        onError: () => autosave.resume(),
      },
    );
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (item === undefined) {
      void finish();
      return;
    }
    if (answers[item.id] === undefined) {
      setStepError(
        item.kind === 'choice'
          ? t('questionnaires.chooseOrSkip')
          : t('questionnaires.numberInvalid', { min: item.min ?? '', max: item.max ?? '' }),
      );
      return;
    }
    goTo(step + 1);
  };

  const saveMessage = SAVE_MESSAGES[autosave.status];
  const pending = complete.isPending;

  return (
    <form ref={formRef} className="stack checkin" onSubmit={onSubmit} noValidate>
      <FormAlert message={complete.isError ? errorMessage(complete.error) : null} />
      <StepProgress
        label={
          item
            ? t('questionnaires.step', { step: step + 1, total: items.length })
            : t('questionnaires.reviewStep')
        }
        value={Math.min(step + 1, items.length)}
        max={items.length}
        labelRef={stepLabelRef}
      />
      {item ? (
        <QuestionnaireQuestion
          key={item.id}
          item={item}
          value={answers[item.id]}
          onChange={(value) => answer(item.id, value)}
          error={stepError}
        />
      ) : (
        <ReviewAnswers items={items} answers={answers} onChange={goTo} />
      )}
      <div className="button-row checkin__actions">
        {step > 0 ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => goTo(step - 1)}
            disabled={pending}
          >
            {t('questionnaires.back')}
          </button>
        ) : null}
        <SubmitButton pending={pending} pendingLabel={t('questionnaires.finishing')}>
          {item === undefined
            ? t('questionnaires.finish')
            : step === items.length - 1
              ? t('questionnaires.review')
              : t('questionnaires.next')}
        </SubmitButton>
      </div>
      {item && answers[item.id] === undefined ? (
        <div>
          <button type="button" className="button button--quiet" onClick={() => goTo(step + 1)}>
            {t('questionnaires.skip')}
          </button>
        </div>
      ) : null}
      <p className="status-line muted" role="status">
        {saveMessage ? t(saveMessage) : ''}
      </p>
    </form>
  );
}
