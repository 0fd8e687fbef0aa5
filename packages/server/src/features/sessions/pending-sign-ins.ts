import type { AppDeps } from '../../platform/deps.js';
import { hashToken, newId, newSecretToken } from '../../platform/tokens.js';

/** Five minutes to give the second factor after the password, and five tries at it. */
export const PENDING_SIGN_IN_LIFETIME_MS = 5 * 60_000;
export const PENDING_SIGN_IN_MAX_FAILURES = 5;

export interface PendingSignIn {
  readonly id: string;
  readonly userId: string;
  readonly delayKey: string;
}

export async function createPendingSignIn(
  deps: AppDeps,
  userId: string,
  delayKey: string,
): Promise<{ token: string; expiresAt: Date }> {
  const now = deps.now();
  const token = newSecretToken();
  const expiresAt = new Date(now.getTime() + PENDING_SIGN_IN_LIFETIME_MS);
  // Finished or abandoned attempts of this person are of no further use.
  await deps.db
    .deleteFrom('pending_sign_ins')
    .where('user_id', '=', userId)
    .where('expires_at', '<=', now)
    .execute();
  await deps.db
    .insertInto('pending_sign_ins')
    .values({
      id: newId(),
      user_id: userId,
      token_hash: hashToken(token),
      throttle_key: delayKey,
      created_at: now,
      expires_at: expiresAt,
    })
    .execute();
  return { token, expiresAt };
}

export async function findPendingSignIn(
  deps: AppDeps,
  token: string,
): Promise<PendingSignIn | null> {
  const row = await deps.db
    .selectFrom('pending_sign_ins')
    .select(['id', 'user_id', 'throttle_key'])
    .where('token_hash', '=', hashToken(token))
    .where('expires_at', '>', deps.now())
    .where('failed_attempts', '<', PENDING_SIGN_IN_MAX_FAILURES)
    .executeTakeFirst();
  return row ? { id: row.id, userId: row.user_id, delayKey: row.throttle_key } : null;
}

/** Counts a wrong code; after the last allowed one, the password has to be entered again. */
export async function recordPendingFailure(deps: AppDeps, id: string): Promise<void> {
  await deps.db
    .updateTable('pending_sign_ins')
    .set((eb) => ({ failed_attempts: eb('failed_attempts', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

/** Used once: returns false if another request finished this sign-in first. */
export async function finishPendingSignIn(deps: AppDeps, id: string): Promise<boolean> {
  const deleted = await deps.db
    .deleteFrom('pending_sign_ins')
    .where('id', '=', id)
    .returning('id')
    .executeTakeFirst();
  return deleted !== undefined;
}
