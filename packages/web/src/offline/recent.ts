import { isApiError, NETWORK_ERROR } from '../app/api/problem';
import { getSealed, putSealed } from './vault';

/**
 * Answers the app may show again without a connection: each successful fetch of these is kept
 * (encrypted, see vault.ts), and used only when the network cannot be reached. Kept small on
 * purpose: who is signed in, and the overviews the pages need that can save offline (check-ins,
 * conversations, trigger moments, time together).
 */
export type RecentAnswer = 'me' | 'checkins' | 'conversations' | 'triggers' | 'together';

function isOffline(error: unknown): boolean {
  return isApiError(error) && error.code === NETWORK_ERROR;
}

/** Fetches, keeps a copy, and falls back to the copy when offline. */
export async function withOfflineCopy<T>(name: RecentAnswer, fetch: () => Promise<T>): Promise<T> {
  try {
    const fresh = await fetch();
    // Keeping the copy must never hold up or fail the page (private windows may refuse storage).
    void putSealed('recent', name, fresh).catch(() => {});
    return fresh;
  } catch (error) {
    if (!isOffline(error)) throw error;
    const kept = await getSealed<T>('recent', name);
    if (kept === null) throw error;
    return kept;
  }
}
