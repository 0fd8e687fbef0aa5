import { MOODS, type Mood, NOTE_VISIBILITIES, type NoteVisibility } from './types';

// The check-in in progress is kept for this browser tab only (sessionStorage), so a reload
// or a slip of the thumb loses nothing, and it is gone when the tab closes. It is cleared
// once saved, on quick exit and whenever the session changes.

const STORAGE_KEY = 'amend.checkinDraft';

/** The answers as typed; anything not yet answered is null (or empty). */
export interface CheckinAnswers {
  trust: number | null;
  closeness: number | null;
  /** Kept as typed, so a half-edited number is not lost; checked before sending. */
  honestConversations: string;
  mood: Mood | null;
  note: string;
  noteVisibility: NoteVisibility;
}

export interface CheckinDraft {
  /** Whose draft this is, so another account in the same tab never sees it. */
  userId: string;
  /** The week it was started in; a draft from an earlier week is dropped. */
  weekStart: string;
  step: number;
  answers: CheckinAnswers;
  /** Sent with the first save and again on any retry, so one check-in is never saved twice. */
  idempotencyKey: string;
}

export const EMPTY_ANSWERS: CheckinAnswers = {
  trust: null,
  closeness: null,
  honestConversations: '',
  mood: null,
  note: '',
  noteVisibility: 'private',
};

function isRating(value: unknown): value is number | null {
  return value === null || (typeof value === 'number' && Number.isInteger(value));
}

function isAnswers(value: unknown): value is CheckinAnswers {
  if (typeof value !== 'object' || value === null) return false;
  const a = value as Record<string, unknown>;
  return (
    isRating(a.trust) &&
    isRating(a.closeness) &&
    typeof a.honestConversations === 'string' &&
    (a.mood === null || (MOODS as readonly unknown[]).includes(a.mood)) &&
    typeof a.note === 'string' &&
    (NOTE_VISIBILITIES as readonly unknown[]).includes(a.noteVisibility)
  );
}

export function loadDraft(userId: string, weekStart: string): CheckinDraft | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    if (raw === null) return null;
    const draft = JSON.parse(raw) as Partial<CheckinDraft>;
    if (
      draft.userId !== userId ||
      draft.weekStart !== weekStart ||
      typeof draft.step !== 'number' ||
      typeof draft.idempotencyKey !== 'string' ||
      !isAnswers(draft.answers)
    ) {
      return null;
    }
    return draft as CheckinDraft;
  } catch {
    return null;
  }
}

export function saveDraft(draft: CheckinDraft): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(draft));
  } catch {
    // Storage can be full or disabled (private modes); the form still works without it.
  }
}

export function forgetCheckinDraft(): void {
  try {
    sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing to forget when storage is unavailable.
  }
}

/** A random UUID (v4), also where crypto.randomUUID is missing (plain http on a LAN). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
