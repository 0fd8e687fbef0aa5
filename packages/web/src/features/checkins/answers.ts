import { t } from '../../i18n';
import { parseCount } from './CountField';
import type { CheckinAnswers } from './draft';
import { type CheckIn, type CheckinInput, CONVERSATIONS_MAX, NOTE_MAX_LENGTH } from './types';

export type Field =
  | 'trust'
  | 'closeness'
  | 'honestConversations'
  | 'mood'
  | 'note'
  | 'noteVisibility';

/** The fields asked on each step, in order: one question at a time. */
export const STEPS: readonly (readonly Field[])[] = [
  ['trust'],
  ['closeness'],
  ['honestConversations'],
  ['mood'],
  ['note', 'noteVisibility'],
];

/** The step that asks for `field`, so a server error can take the person back to it. */
export function stepOf(field: string): number | null {
  const index = STEPS.findIndex((fields) => (fields as readonly string[]).includes(field));
  return index === -1 ? null : index;
}

export function answersFrom(checkin: CheckIn): CheckinAnswers {
  return {
    trust: checkin.trust,
    closeness: checkin.closeness,
    honestConversations: String(checkin.honestConversations),
    mood: checkin.mood,
    note: checkin.note ?? '',
    noteVisibility: checkin.noteVisibility,
  };
}

/** What is missing or out of range on one step, as messages to show beside the fields. */
export function problemsOnStep(
  step: number,
  answers: CheckinAnswers,
): Partial<Record<Field, string>> {
  const problems: Partial<Record<Field, string>> = {};
  for (const field of STEPS[step] ?? []) {
    if (field === 'trust' && answers.trust === null) {
      problems.trust = t('checkIn.trust.required');
    }
    if (field === 'closeness' && answers.closeness === null) {
      problems.closeness = t('checkIn.closeness.required');
    }
    if (field === 'honestConversations') {
      const count = parseCount(answers.honestConversations);
      if (answers.honestConversations.trim() === '') {
        problems.honestConversations = t('checkIn.conversations.required');
      } else if (count === null || count > CONVERSATIONS_MAX) {
        problems.honestConversations = t('checkIn.conversations.invalid');
      }
    }
    if (field === 'mood' && answers.mood === null) problems.mood = t('checkIn.mood.required');
    if (field === 'note' && answers.note.length > NOTE_MAX_LENGTH) {
      problems.note = t('checkIn.note.tooLong', {
        count: answers.note.length,
        max: NOTE_MAX_LENGTH,
      });
    }
  }
  return problems;
}

/** The body to send, once every step has been checked; null if something is still missing. */
export function toInput(answers: CheckinAnswers): CheckinInput | null {
  const honestConversations = parseCount(answers.honestConversations);
  if (
    answers.trust === null ||
    answers.closeness === null ||
    answers.mood === null ||
    honestConversations === null
  ) {
    return null;
  }
  const note = answers.note.trim();
  return {
    trust: answers.trust,
    closeness: answers.closeness,
    honestConversations,
    mood: answers.mood,
    // The server keeps an empty note as no note; leaving it out says the same thing.
    ...(note === '' ? {} : { note }),
    noteVisibility: answers.noteVisibility,
  };
}
