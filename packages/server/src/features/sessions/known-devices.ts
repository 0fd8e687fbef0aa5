import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AmendDb } from '../../db/database.js';
import type { AppDeps } from '../../platform/deps.js';
import { hashToken, newId, newSecretToken } from '../../platform/tokens.js';

/**
 * A browser someone has signed in from before carries a long-lived, HttpOnly cookie naming it.
 * It is not a session and signs no one in; it only lets sign-in recognise the browser, so that
 * (1) wrong passwords typed elsewhere never slow this browser down, and (2) signing in here
 * sends no "new sign-in" e-mail. Only a SHA-256 of its token is kept.
 */
export const DEVICE_COOKIE = 'amend_device';
const DEVICE_COOKIE_PATH = '/api/v1/sessions';
// Browsers cap cookie lifetimes at 400 days.
const DEVICE_COOKIE_MAX_AGE_SECONDS = 400 * 86_400;

export interface KnownDevice {
  readonly id: string;
  readonly userId: string;
}

export function readDeviceToken(request: FastifyRequest): string | null {
  const value = request.cookies[DEVICE_COOKIE];
  return value && value.length <= 128 ? value : null;
}

export function setDeviceCookie(reply: FastifyReply, deps: AppDeps, token: string): void {
  reply.setCookie(DEVICE_COOKIE, token, {
    path: DEVICE_COOKIE_PATH,
    httpOnly: true,
    sameSite: 'lax',
    secure: deps.config.publicUrl.protocol === 'https:',
    maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS,
  });
}

/** The browser, if it is known for the account with this (normalised) e-mail address. */
export async function findKnownDeviceForEmail(
  deps: AppDeps,
  token: string | null,
  emailNormalized: string,
): Promise<KnownDevice | null> {
  if (!token) return null;
  const row = await deps.db
    .selectFrom('known_devices')
    .innerJoin('users', 'users.id', 'known_devices.user_id')
    .select(['known_devices.id', 'known_devices.user_id'])
    .where('known_devices.token_hash', '=', hashToken(token))
    .where('users.email_normalized', '=', emailNormalized)
    .executeTakeFirst();
  return row ? { id: row.id, userId: row.user_id } : null;
}

export async function findKnownDeviceForUser(
  deps: AppDeps,
  token: string | null,
  userId: string,
): Promise<KnownDevice | null> {
  if (!token) return null;
  const row = await deps.db
    .selectFrom('known_devices')
    .select(['id', 'user_id'])
    .where('token_hash', '=', hashToken(token))
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row ? { id: row.id, userId: row.user_id } : null;
}

export async function touchKnownDevice(deps: AppDeps, deviceId: string): Promise<void> {
  await deps.db
    .updateTable('known_devices')
    .set({ last_seen_at: deps.now() })
    .where('id', '=', deviceId)
    .execute();
}

/** Remembers this browser for the account; returns the cookie token to set. */
export async function rememberDevice(
  deps: AppDeps,
  userId: string,
  /** A transaction to store it in, when it is part of a larger change (a sign-up). */
  db: AmendDb = deps.db,
): Promise<string> {
  const token = newSecretToken();
  const now = deps.now();
  await db
    .insertInto('known_devices')
    .values({
      id: newId(),
      user_id: userId,
      token_hash: hashToken(token),
      created_at: now,
      last_seen_at: now,
    })
    .execute();
  return token;
}
