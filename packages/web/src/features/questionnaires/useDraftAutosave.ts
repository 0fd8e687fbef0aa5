import { useCallback } from 'react';
import { type AutosaveStatus, useAutosave } from '../../app/useAutosave';
import { saveQuestionnaireDraft } from './api';
import { forgetLocalAnswers, keepLocalAnswers } from './localDraft';
import type { Answers } from './types';

export type SaveStatus = AutosaveStatus;

/**
 * Saves the answers as the person goes (see useAutosave), and keeps them in this browser until
 * the server has them, so a reload or a lost connection loses nothing. `forget` is for once the
 * questionnaire is finished: the answers are then the server's to keep.
 */
export function useDraftAutosave(userId: string, questionnaireId: string) {
  const autosave = useAutosave<Answers>({
    key: questionnaireId,
    save: (answers) => saveQuestionnaireDraft(questionnaireId, answers),
    delayMs: 600,
    onScheduled: (answers) => keepLocalAnswers(userId, questionnaireId, answers),
    onSaved: () => forgetLocalAnswers(userId, questionnaireId),
  });
  const { discard, resume: resumeSaving } = autosave;
  const forget = useCallback(() => {
    discard();
    forgetLocalAnswers(userId, questionnaireId);
  }, [discard, userId, questionnaireId]);
  /** After a finish that did not go through, keep saving changes again. */
  const resume = useCallback(() => resumeSaving(), [resumeSaving]);
  return {
    status: autosave.status,
    schedule: autosave.schedule,
    stop: autosave.stop,
    resume,
    forget,
  };
}
