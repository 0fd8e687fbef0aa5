import { useSyncExternalStore } from 'react';
import type { UnlockedJournal } from './crypto';

/**
 * The unlocked journal lives here, in this tab's memory only: never in localStorage, session
 * storage, the query cache or the URL. It is dropped on sign-out, quick exit, a reload, and
 * after a few idle minutes, so a phone put down unlocked does not stay readable.
 */

/** How long without a tap, click or key press before the journal locks itself. */
export const JOURNAL_IDLE_LOCK_MS = 5 * 60_000;
const IDLE_CHECK_EVERY_MS = 15_000;
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'touchstart', 'scroll'] as const;

let unlocked: UnlockedJournal | null = null;
let lastActivityAt = 0;
let idleCheck: ReturnType<typeof setInterval> | null = null;
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

function noteActivity(): void {
  lastActivityAt = Date.now();
}

// Timers in a background tab are slowed down, so idleness is judged by the clock, and checked
// again the moment the tab is shown.
function lockIfIdle(): void {
  if (Date.now() - lastActivityAt >= JOURNAL_IDLE_LOCK_MS) lockJournal();
}

function onVisibilityChange(): void {
  if (document.visibilityState === 'visible') lockIfIdle();
}

function watchForIdleness(): void {
  if (idleCheck !== null) return;
  for (const name of ACTIVITY_EVENTS) {
    document.addEventListener(name, noteActivity, { capture: true, passive: true });
  }
  document.addEventListener('visibilitychange', onVisibilityChange);
  idleCheck = setInterval(lockIfIdle, IDLE_CHECK_EVERY_MS);
}

function stopWatching(): void {
  for (const name of ACTIVITY_EVENTS) {
    document.removeEventListener(name, noteActivity, { capture: true });
  }
  document.removeEventListener('visibilitychange', onVisibilityChange);
  if (idleCheck !== null) clearInterval(idleCheck);
  idleCheck = null;
}

export function unlockJournal(journal: UnlockedJournal): void {
  unlocked = journal;
  noteActivity();
  watchForIdleness();
  notify();
}

export function lockJournal(): void {
  stopWatching();
  if (unlocked === null) return;
  unlocked = null;
  notify();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The unlocked journal, or null; components re-render when it locks. */
export function useUnlockedJournal(): UnlockedJournal | null {
  return useSyncExternalStore(
    subscribe,
    () => unlocked,
    () => null,
  );
}
