import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, NETWORK_ERROR } from '../../app/api/problem';
import { saveQuestionnaireDraft } from './api';
import { forgetLocalAnswers, keepLocalAnswers } from './localDraft';
import type { Answers } from './types';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'retrying' | 'rejected';

const DEBOUNCE_MS = 600;
const FIRST_RETRY_MS = 3000;
const LONGEST_RETRY_MS = 30000;

/** Network trouble and server hiccups are worth another try; a rejected answer is not. */
function isWorthRetrying(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  return error.code === NETWORK_ERROR || error.status === 429 || error.status >= 500;
}

/**
 * Saves the answers as the person goes: a little after each change, always the whole set
 * (the server replaces its draft). A failed save keeps the answers here and tries again,
 * waiting longer each time. `stop` waits for any save under way and then stops saving, so
 * a late draft never lands after the questionnaire is finished; `resume` undoes it.
 */
export function useDraftAutosave(userId: string, questionnaireId: string) {
  const [status, setStatus] = useState<SaveStatus>('idle');
  const pending = useRef<Answers | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef<Promise<void> | null>(null);
  const failures = useRef(0);
  const stopped = useRef(false);

  const run = useCallback(async (): Promise<void> => {
    if (inFlight.current) await inFlight.current;
    const answers = pending.current;
    if (stopped.current || answers === null) return;
    pending.current = null;
    setStatus('saving');
    const attempt = saveQuestionnaireDraft(questionnaireId, answers).then(
      () => {
        failures.current = 0;
        if (pending.current === null) {
          forgetLocalAnswers(userId, questionnaireId);
          setStatus('saved');
        }
      },
      (error: unknown) => {
        // Newer answers replace these; otherwise keep these for the next try.
        pending.current ??= answers;
        if (!isWorthRetrying(error)) {
          setStatus('rejected');
          return;
        }
        failures.current += 1;
        setStatus('retrying');
        const wait = Math.min(FIRST_RETRY_MS * 2 ** (failures.current - 1), LONGEST_RETRY_MS);
        clearTimeout(timer.current);
        timer.current = setTimeout(() => void run(), wait);
      },
    );
    inFlight.current = attempt.finally(() => {
      inFlight.current = null;
    });
    await inFlight.current;
  }, [userId, questionnaireId]);

  const schedule = useCallback(
    (answers: Answers) => {
      if (stopped.current) return;
      pending.current = answers;
      keepLocalAnswers(userId, questionnaireId, answers);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void run(), DEBOUNCE_MS);
    },
    [run, userId, questionnaireId],
  );

  const stop = useCallback(async () => {
    stopped.current = true;
    clearTimeout(timer.current);
    if (inFlight.current) await inFlight.current;
  }, []);

  /** Once finished, the answers are the server's to keep. */
  const forget = useCallback(() => {
    pending.current = null;
    forgetLocalAnswers(userId, questionnaireId);
  }, [userId, questionnaireId]);

  /** After a finish that did not go through, keep saving changes again. */
  const resume = useCallback(() => {
    stopped.current = false;
  }, []);

  // Leaving the page: send at once what is still waiting for the debounce.
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      const answers = pending.current;
      if (!stopped.current && answers !== null) {
        void saveQuestionnaireDraft(questionnaireId, answers).catch(() => undefined);
      }
    },
    [questionnaireId],
  );

  return { status, schedule, stop, resume, forget };
}
