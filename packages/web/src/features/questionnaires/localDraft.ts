import type { Answers } from './types';

// Answers not yet confirmed saved by the server are also kept for this browser tab
// (sessionStorage), so a reload or a dropped connection loses nothing. They are forgotten
// once saved, on finishing, on quick exit and on signing out.

const STORAGE_KEY = 'amend.questionnaireDrafts';

interface Stored {
  /** Whose answers these are, so another account in the same tab never sees them. */
  userId: string;
  drafts: Record<string, Answers>;
}

function isAnswers(value: unknown): value is Answers {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((v) => typeof v === 'string' || typeof v === 'number')
  );
}

function read(userId: string): Record<string, Answers> {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    if (raw === null) return {};
    const stored = JSON.parse(raw) as Partial<Stored>;
    if (stored.userId !== userId || typeof stored.drafts !== 'object' || !stored.drafts) return {};
    return stored.drafts;
  } catch {
    return {};
  }
}

function write(userId: string, drafts: Record<string, Answers>): void {
  try {
    if (Object.keys(drafts).length === 0) sessionStorage.removeItem(STORAGE_KEY);
    else sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ userId, drafts }));
  } catch {
    // Storage can be full or disabled (private modes); saving to the server still works.
  }
}

export function loadLocalAnswers(userId: string, questionnaireId: string): Answers | null {
  const answers = read(userId)[questionnaireId];
  return isAnswers(answers) ? answers : null;
}

export function keepLocalAnswers(userId: string, questionnaireId: string, answers: Answers): void {
  write(userId, { ...read(userId), [questionnaireId]: answers });
}

export function forgetLocalAnswers(userId: string, questionnaireId: string): void {
  const { [questionnaireId]: _forgotten, ...rest } = read(userId);
  write(userId, rest);
}

export function forgetQuestionnaireDrafts(): void {
  try {
    sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing to forget when storage is unavailable.
  }
}
