import {
  describeWait,
  failuresStillCounting,
  RetryLaterError,
  secondsToWait,
  signInDelayMs,
} from '@amend/core';
import { sql } from 'kysely';
import type { AppDeps } from '../../platform/deps.js';
import { hashToken } from '../../platform/tokens.js';

/**
 * Growing waits after wrong passwords and codes (the curve is in core: sign-in-delay.ts). Each
 * counter has a key: the e-mail address typed (hashed, and counted whether or not an account
 * has it, so the answer never tells who has an account), a browser the person has signed in
 * from before (so a stranger's wrong guesses never slow the owner's own browser), or an
 * account's re-authentication.
 */
export function emailDelayKey(emailNormalized: string): string {
  return `email:${hashToken(emailNormalized).toString('hex')}`;
}

export function knownDeviceDelayKey(deviceId: string): string {
  return `device:${deviceId}`;
}

export function reauthenticationDelayKey(userId: string): string {
  return `reauth:${userId}`;
}

/** Refuses, with the time left, while a wait is running for this key. */
export async function assertMayTry(deps: AppDeps, key: string): Promise<void> {
  const now = deps.now();
  const row = await deps.db
    .selectFrom('sign_in_delays')
    .select(['failures', 'last_failure_at', 'next_attempt_at'])
    .where('key', '=', key)
    .executeTakeFirst();
  if (!row || failuresStillCounting(row.failures, row.last_failure_at, now) === 0) return;
  const seconds = secondsToWait(row.next_attempt_at, now);
  if (seconds === 0) return;
  throw new RetryLaterError(
    'SIGN_IN_DELAYED',
    `To keep this account safe after several tries that did not work, please wait ${describeWait(seconds)} before trying again. Nothing is locked: once the wait is over, the right details work as usual.`,
    seconds,
  );
}

/** Counts one more wrong try and starts the wait that follows from it. */
export async function recordFailure(deps: AppDeps, key: string): Promise<void> {
  const now = deps.now();
  const existing = await deps.db
    .selectFrom('sign_in_delays')
    .select(['failures', 'last_failure_at'])
    .where('key', '=', key)
    .executeTakeFirst();
  const failures =
    failuresStillCounting(existing?.failures ?? 0, existing?.last_failure_at ?? null, now) + 1;
  const nextAttemptAt = new Date(now.getTime() + signInDelayMs(failures));
  // Two wrong tries at the same moment may count as one; the longer wait always wins.
  await deps.db
    .insertInto('sign_in_delays')
    .values({ key, failures, last_failure_at: now, next_attempt_at: nextAttemptAt })
    .onConflict((conflict) =>
      conflict.column('key').doUpdateSet({
        failures,
        last_failure_at: now,
        next_attempt_at: sql`GREATEST(sign_in_delays.next_attempt_at, ${nextAttemptAt})`,
      }),
    )
    .execute();
}

export async function clearFailures(deps: AppDeps, key: string): Promise<void> {
  await deps.db.deleteFrom('sign_in_delays').where('key', '=', key).execute();
}
