import { DomainError } from '@amend/core';
import type { AmendDb } from '../../db/database.js';
import type { AppDeps, RequestOrigin } from '../../platform/deps.js';
import { hashToken, newId, newSecretToken } from '../../platform/tokens.js';
import { shortenAddress, summarizeUserAgent } from './device-summary.js';
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
  signedInWith: store.SignInMethod,
  /** A transaction to store it in, when the session is part of a larger change (a sign-up). */
  db: AmendDb = deps.db,
): Promise<StartedSession> {
  const now = deps.now();
  const token = newSecretToken();
  const absoluteExpiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_MS);
  await store.insertSession(db, {
    id: newId(),
    userId,
    tokenHash: hashToken(token),
    createdAt: now,
    idleExpiresAt: new Date(now.getTime() + SESSION_IDLE_MS),
    absoluteExpiresAt,
    userAgent: origin.userAgent?.slice(0, 400) ?? null,
    ipAddress: origin.ipAddress,
    deviceSummary: summarizeUserAgent(origin.userAgent),
    signedInWith,
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
  return keepSessionAlive(deps, session, now);
}

/**
 * Slides a live session's idle expiry (at most once a minute), for routes that found the
 * session in a statement of their own (see resolveSessionWith in authenticate.ts).
 */
export async function keepSessionAlive(
  deps: AppDeps,
  session: store.SessionRow,
  now: Date,
): Promise<AuthenticatedSession> {
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

/** Every other device signs in again (after a password change, or "sign out everywhere else"). */
export async function endOtherSessions(
  deps: AppDeps,
  userId: string,
  keepSessionId: string,
): Promise<number> {
  return store.deleteOtherSessions(deps.db, userId, keepSessionId);
}

export interface SessionView {
  readonly id: string;
  readonly current: boolean;
  readonly device: string;
  /** The network part of the address only, such as 203.0.113.x. */
  readonly network: string | null;
  readonly signedInWith: string | null;
  readonly createdAt: string;
  readonly lastSeenAt: string;
}

export async function listSessions(
  deps: AppDeps,
  userId: string,
  currentSessionId: string,
): Promise<SessionView[]> {
  const sessions = await store.listLiveSessions(deps.db, userId, deps.now());
  return sessions
    .map((session) => ({
      id: session.id,
      current: session.id === currentSessionId,
      device: session.deviceSummary ?? 'Unknown browser',
      network: shortenAddress(session.ipAddress),
      signedInWith: session.signedInWith,
      createdAt: session.createdAt.toISOString(),
      lastSeenAt: session.lastSeenAt.toISOString(),
    }))
    .sort((a, b) => Number(b.current) - Number(a.current));
}

/** Ends one of the person's sessions; someone else's session id is "not found", like any other. */
export async function endOwnSession(
  deps: AppDeps,
  userId: string,
  sessionId: string,
): Promise<void> {
  if (!(await store.deleteOwnSession(deps.db, userId, sessionId))) {
    throw new DomainError('NOT_FOUND', 'There is no such session on your account.');
  }
}
