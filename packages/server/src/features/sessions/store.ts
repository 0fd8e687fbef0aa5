import { sql } from 'kysely';
import type { AmendDb } from '../../db/database.js';

export interface SessionRow {
  readonly id: string;
  readonly userId: string;
  readonly lastSeenAt: Date;
}

export interface NewSession {
  readonly id: string;
  readonly userId: string;
  readonly tokenHash: Buffer;
  readonly createdAt: Date;
  readonly idleExpiresAt: Date;
  readonly absoluteExpiresAt: Date;
  readonly userAgent: string | null;
  readonly ipAddress: string | null;
  readonly deviceSummary: string;
  readonly signedInWith: SignInMethod;
}

export type SignInMethod = 'password' | 'totp' | 'recovery_code' | 'passkey' | 'sign_up';

export async function insertSession(db: AmendDb, session: NewSession): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id: session.id,
      user_id: session.userId,
      token_hash: session.tokenHash,
      created_at: session.createdAt,
      last_seen_at: session.createdAt,
      idle_expires_at: session.idleExpiresAt,
      absolute_expires_at: session.absoluteExpiresAt,
      user_agent: session.userAgent,
      ip_address: session.ipAddress,
      device_summary: session.deviceSummary,
      signed_in_with: session.signedInWith,
    })
    .execute();
}

/**
 * The live session with this token hash: neither idle nor past its absolute expiry. Every
 * signed-in request runs it (the authentication hook), so it is prepared once per connection
 * (db/prepared.ts).
 */
export async function findLiveSession(
  db: AmendDb,
  tokenHash: Buffer,
  now: Date,
): Promise<SessionRow | null> {
  const result = await sql<{
    id: string;
    user_id: string;
    last_seen_at: Date;
  }>`/* prepared: live-session */
    SELECT id, user_id, last_seen_at FROM sessions
    WHERE token_hash = ${tokenHash} AND idle_expires_at > ${now} AND absolute_expires_at > ${now}`.execute(
    db,
  );
  const row = result.rows[0];
  return row ? { id: row.id, userId: row.user_id, lastSeenAt: row.last_seen_at } : null;
}

export async function extendSession(
  db: AmendDb,
  sessionId: string,
  now: Date,
  idleExpiresAt: Date,
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: now, idle_expires_at: idleExpiresAt })
    .where('id', '=', sessionId)
    .execute();
}

export async function deleteSession(db: AmendDb, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

export async function deleteSessionsOfUser(db: AmendDb, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export interface ListedSession {
  readonly id: string;
  readonly createdAt: Date;
  readonly lastSeenAt: Date;
  readonly deviceSummary: string | null;
  readonly ipAddress: string | null;
  readonly signedInWith: string | null;
}

export async function listLiveSessions(
  db: AmendDb,
  userId: string,
  now: Date,
): Promise<ListedSession[]> {
  const rows = await db
    .selectFrom('sessions')
    .select(['id', 'created_at', 'last_seen_at', 'device_summary', 'ip_address', 'signed_in_with'])
    .where('user_id', '=', userId)
    .where('idle_expires_at', '>', now)
    .where('absolute_expires_at', '>', now)
    .orderBy('last_seen_at', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    deviceSummary: row.device_summary,
    ipAddress: row.ip_address,
    signedInWith: row.signed_in_with,
  }));
}

/** Ends one of the person's own sessions; false when they have no session with this id. */
export async function deleteOwnSession(
  db: AmendDb,
  userId: string,
  sessionId: string,
): Promise<boolean> {
  const deleted = await db
    .deleteFrom('sessions')
    .where('id', '=', sessionId)
    .where('user_id', '=', userId)
    .returning('id')
    .executeTakeFirst();
  return deleted !== undefined;
}

/** Ends every session of the person except `keepSessionId`; returns how many ended. */
export async function deleteOtherSessions(
  db: AmendDb,
  userId: string,
  keepSessionId: string,
): Promise<number> {
  const deleted = await db
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where('id', '!=', keepSessionId)
    .returning('id')
    .execute();
  return deleted.length;
}
