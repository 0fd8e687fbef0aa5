import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, NETWORK_ERROR } from './api/problem';

export type AutosaveStatus = 'idle' | 'saving' | 'saved' | 'retrying' | 'rejected';

const FIRST_RETRY_MS = 3000;
const LONGEST_RETRY_MS = 30000;

/** Network trouble and server hiccups are worth another try; a rejected answer is not. */
function isWorthRetrying(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  return error.code === NETWORK_ERROR || error.status === 429 || error.status >= 500;
}

export interface AutosaveOptions<T> {
  /** Names what is being saved; leaving it (or the page) sends what still waits. */
  readonly key: string;
  /** Sends the whole value; the server replaces its draft with it. */
  readonly save: (value: T) => Promise<unknown>;
  readonly delayMs: number;
  /** A value was accepted for saving (not while stopped). */
  readonly onScheduled?: (value: T) => void;
  /** A save went through and nothing newer is waiting. */
  readonly onSaved?: () => void;
}

/**
 * Saves a draft as the person goes: a little after each change, always the whole value. A failed
 * save keeps the value and tries again, waiting longer each time; a refusal stops and says why.
 * `stop` waits for any save under way and then stops saving, so a late draft never lands after
 * the finished one; `resume` undoes it, `discard` drops what waits.
 */
export function useAutosave<T>({ key, save, delayMs, onScheduled, onSaved }: AutosaveOptions<T>) {
  const [status, setStatus] = useState<AutosaveStatus>('idle');
  const [problem, setProblem] = useState<ApiError | null>(null);
  const pending = useRef<T | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef<Promise<void> | null>(null);
  const failures = useRef(0);
  const stopped = useRef(false);
  // The latest callbacks, so the timers set earlier call what this render passed.
  const latest = useRef({ save, onScheduled, onSaved });
  latest.current = { save, onScheduled, onSaved };

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new key starts a new draft.
  const run = useCallback(async (): Promise<void> => {
    if (inFlight.current) await inFlight.current;
    const value = pending.current;
    if (stopped.current || value === null) return;
    pending.current = null;
    setStatus('saving');
    const attempt = latest.current.save(value).then(
      () => {
        failures.current = 0;
        setProblem(null);
        if (pending.current === null) {
          latest.current.onSaved?.();
          setStatus('saved');
        }
      },
      (error: unknown) => {
        // Newer values replace this one; otherwise keep it for the next try.
        pending.current ??= value;
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
  }, [key]);

  const schedule = useCallback(
    (value: T) => {
      if (stopped.current) return;
      pending.current = value;
      latest.current.onScheduled?.(value);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void run(), delayMs);
    },
    [run, delayMs],
  );

  const stop = useCallback(async () => {
    stopped.current = true;
    clearTimeout(timer.current);
    if (inFlight.current) await inFlight.current;
  }, []);

  const discard = useCallback(() => {
    pending.current = null;
  }, []);

  /** Saving again; `resetStatus` clears what the last save said. */
  const resume = useCallback((resetStatus = false) => {
    stopped.current = false;
    if (resetStatus) setStatus('idle');
  }, []);

  // Leaving: send at once what is still waiting for the delay.
  // biome-ignore lint/correctness/useExhaustiveDependencies: flushes when the draft's key changes.
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      const value = pending.current;
      if (!stopped.current && value !== null) {
        void latest.current.save(value).catch(() => undefined);
      }
    },
    [key],
  );

  return { status, problem, schedule, stop, discard, resume };
}
