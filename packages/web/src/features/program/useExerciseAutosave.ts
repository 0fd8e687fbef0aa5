import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, NETWORK_ERROR } from '../../app/api/problem';
import { saveExerciseDraft } from './api';
import type { ExerciseValues } from './types';

export type DraftStatus = 'idle' | 'saving' | 'saved' | 'retrying' | 'rejected';

const DEBOUNCE_MS = 800;
const FIRST_RETRY_MS = 3000;
const LONGEST_RETRY_MS = 30000;

function isWorthRetrying(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  return error.code === NETWORK_ERROR || error.status === 429 || error.status >= 500;
}

/**
 * Saves an exercise's draft as the person writes, like the questionnaires do: a little after
 * each change, always the whole draft, retrying with longer waits when the network fails. Unlike
 * the questionnaires, nothing is kept in the browser's storage: these are letters and private
 * reflections, and a shared device should not hold them. `stop` waits for a save under way, so
 * a late draft never lands after the answer has been saved.
 */
export function useExerciseAutosave(exerciseId: string) {
  const [status, setStatus] = useState<DraftStatus>('idle');
  const [problem, setProblem] = useState<ApiError | null>(null);
  const pending = useRef<ExerciseValues | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef<Promise<void> | null>(null);
  const failures = useRef(0);
  const stopped = useRef(false);

  const run = useCallback(async (): Promise<void> => {
    if (inFlight.current) await inFlight.current;
    const values = pending.current;
    if (stopped.current || values === null) return;
    pending.current = null;
    setStatus('saving');
    const attempt = saveExerciseDraft(exerciseId, values).then(
      () => {
        failures.current = 0;
        setProblem(null);
        if (pending.current === null) setStatus('saved');
      },
      (error: unknown) => {
        pending.current ??= values;
        if (!isWorthRetrying(error)) {
          setProblem(error instanceof ApiError ? error : null);
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
  }, [exerciseId]);

  const schedule = useCallback(
    (values: ExerciseValues) => {
      if (stopped.current) return;
      pending.current = values;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void run(), DEBOUNCE_MS);
    },
    [run],
  );

  const stop = useCallback(async () => {
    stopped.current = true;
    clearTimeout(timer.current);
    pending.current = null;
    if (inFlight.current) await inFlight.current;
  }, []);

  const resume = useCallback(() => {
    stopped.current = false;
    setStatus('idle');
  }, []);

  // Leaving the page: send at once what is still waiting for the debounce.
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      const values = pending.current;
      if (!stopped.current && values !== null) {
        void saveExerciseDraft(exerciseId, values).catch(() => undefined);
      }
    },
    [exerciseId],
  );

  return { status, problem, schedule, stop, resume };
}
