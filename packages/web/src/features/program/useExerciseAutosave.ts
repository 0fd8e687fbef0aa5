import { useCallback } from 'react';
import { type AutosaveStatus, useAutosave } from '../../app/useAutosave';
import { saveExerciseDraft } from './api';
import type { ExerciseValues } from './types';

export type DraftStatus = AutosaveStatus;

/**
 * Saves an exercise's draft as the person writes, like the questionnaires do. Unlike the
 * questionnaires, nothing is kept in the browser's storage: these are letters and private
 * reflections, and a shared device should not hold them. `stop` also drops what waits, so a
 * late draft never lands after the answer has been saved.
 */
export function useExerciseAutosave(exerciseId: string) {
  const autosave = useAutosave<ExerciseValues>({
    key: exerciseId,
    save: (values) => saveExerciseDraft(exerciseId, values),
    delayMs: 800,
  });
  const { discard, stop: stopSaving, resume: resumeSaving } = autosave;
  const stop = useCallback(async () => {
    discard();
    await stopSaving();
  }, [discard, stopSaving]);
  const resume = useCallback(() => resumeSaving(true), [resumeSaving]);
  return {
    status: autosave.status,
    problem: autosave.problem,
    schedule: autosave.schedule,
    stop,
    resume,
  };
}
