import { DomainError } from '@amend/core';
import type { AppDeps, RequestOrigin } from '../../platform/deps.js';
import { recordAuditEvent } from '../audit/store.js';
import {
  assertMayTry,
  clearFailures,
  reauthenticationDelayKey,
  recordFailure,
} from '../sessions/sign-in-delays.js';
import * as store from './store.js';

/**
 * Changing how someone signs in (e-mail, password, two-step settings, passkeys) needs their
 * current password in the same request: a browser left signed in is not enough to take the
 * account over. Wrong passwords here slow down like wrong passwords at sign-in.
 */
export async function confirmCurrentPassword(
  deps: AppDeps,
  userId: string,
  password: string,
  origin: RequestOrigin,
  field = 'password',
): Promise<store.UserRow> {
  const key = reauthenticationDelayKey(userId);
  await assertMayTry(deps, key);
  const user = await store.findUserById(deps.db, userId);
  if (!user) throw new DomainError('UNAUTHENTICATED', 'Please sign in to continue.');
  if (!(await deps.hasher.verify(user.passwordHash, password))) {
    await recordFailure(deps, key);
    await recordAuditEvent(
      deps.db,
      {
        action: 'account.reauthentication_failed',
        actorUserId: userId,
        subjectUserId: userId,
        origin,
      },
      deps.now(),
    );
    throw new DomainError(
      'REAUTHENTICATION_FAILED',
      'That is not your current password, so nothing was changed. Enter the password you use to sign in.',
      [{ field, message: 'This is not your current password.' }],
    );
  }
  await clearFailures(deps, key);
  return user;
}
