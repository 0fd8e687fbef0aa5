import type { AppDeps, RequestOrigin } from '../../platform/deps.js';
import { hashToken, newId, newSecretToken } from '../../platform/tokens.js';
import * as store from './store.js';

/** A session ends after a week without use, and after 30 days whatever happens. */
export const SESSION_IDLE_MS = 7 * 86_400_000;
export const SESSION_ABSOLUTE_MS = 30 * 86_400_000;
/** Sliding the idle expiry costs a write; once a minute per session is plenty. */
const TOUCH_INTERVAL_MS = 60_000;

export interface StartedSession {
  readonly token: string;
  readonly expiresAt: Date;
}

export async function startSession(
  deps: AppDeps,
  userId: string,
  origin: RequestOrigin,
): Promise<StartedSession> {
  const now = deps.now();
  const token = newSecretToken();
  const absoluteExpiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_MS);
  await store.insertSession(deps.db, {
    id: newId(),
    userId,
    tokenHash: hashToken(token),
    createdAt: now,
    idleExpiresAt: new Date(now.getTime() + SESSION_IDLE_MS),
    absoluteExpiresAt,
    userAgent: origin.userAgent?.slice(0, 400) ?? null,
    ipAddress: origin.ipAddress,
  });
  return { token, expiresAt: absoluteExpiresAt };
}

export interface AuthenticatedSession {
  readonly sessionId: string;
  readonly userId: string;
}

/** Resolves a cookie token to a live session, sliding its idle expiry. */
export async function resumeSession(
  deps: AppDeps,
  token: string,
): Promise<AuthenticatedSession | null> {
  const now = deps.now();
  const session = await store.findLiveSession(deps.db, hashToken(token), now);
  if (!session) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await store.extendSession(deps.db, session.id, now, new Date(now.getTime() + SESSION_IDLE_MS));
  }
  return { sessionId: session.id, userId: session.userId };
}

export async function endSession(deps: AppDeps, sessionId: string): Promise<void> {
  await store.deleteSession(deps.db, sessionId);
}

/** After a password reset every device must sign in again. */
export async function endAllSessions(deps: AppDeps, userId: string): Promise<void> {
  await store.deleteSessionsOfUser(deps.db, userId);
}
