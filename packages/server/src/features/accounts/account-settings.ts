import { DomainError, isPlausibleEmail, normalizeEmail } from '@amend/core';
import type { AppDeps, RequestOrigin } from '../../platform/deps.js';
import { recordAuditEvent } from '../audit/store.js';
import { isDiscreet } from '../safety/discretion.js';
import { endOtherSessions } from '../sessions/service.js';
import { confirmCurrentPassword } from './reauthentication.js';
import { assertAcceptablePassword, type PublicUser, presentUser } from './service.js';
import * as store from './store.js';

/**
 * Changing the address needs the current password. The old address is told (in neutral words),
 * so someone who got into the account cannot quietly move it to an address of their own.
 */
export async function changeEmail(
  deps: AppDeps,
  userId: string,
  input: { password: string; email: string },
  origin: RequestOrigin,
): Promise<PublicUser> {
  if (!isPlausibleEmail(input.email)) {
    throw new DomainError('VALIDATION_FAILED', 'Enter an e-mail address like name@example.com.', [
      { field: 'email', message: 'Enter an e-mail address like name@example.com.' },
    ]);
  }
  const user = await confirmCurrentPassword(deps, userId, input.password, origin);
  const email = input.email.trim();
  const emailNormalized = normalizeEmail(email);
  const now = deps.now();
  if (emailNormalized !== normalizeEmail(user.email)) {
    if (!(await store.updateEmail(deps.db, userId, email, emailNormalized, now))) {
      throw new DomainError(
        'EMAIL_TAKEN',
        'Another account already uses this e-mail address. Choose a different one.',
        [{ field: 'email', message: 'This e-mail address already has an account.' }],
      );
    }
  } else {
    await store.updateEmail(deps.db, userId, email, emailNormalized, now);
  }
  await recordAuditEvent(
    deps.db,
    { action: 'account.email_changed', actorUserId: userId, subjectUserId: userId, origin },
    now,
  );
  if (emailNormalized !== normalizeEmail(user.email)) {
    await deps.mailer.send({
      to: user.email,
      subject: 'Your sign-in e-mail address was changed',
      text: [
        `Hello ${user.displayName},`,
        '',
        `The e-mail address for your account was changed to ${email}. Messages will go there from now on.`,
        '',
        'If you did not make this change, please contact the people who run this service as soon as you can.',
      ].join('\n'),
      discreet: await isDiscreet(deps, userId),
    });
  }
  return presentUser({ ...user, email });
}

/** A new password signs out every other device; this one stays signed in. */
export async function changePassword(
  deps: AppDeps,
  userId: string,
  currentSessionId: string,
  input: { currentPassword: string; newPassword: string },
  origin: RequestOrigin,
): Promise<void> {
  await confirmCurrentPassword(deps, userId, input.currentPassword, origin, 'currentPassword');
  assertAcceptablePassword(input.newPassword, 'newPassword');
  const now = deps.now();
  await store.updatePasswordHash(deps.db, userId, await deps.hasher.hash(input.newPassword), now);
  await endOtherSessions(deps, userId, currentSessionId);
  await recordAuditEvent(
    deps.db,
    { action: 'account.password_changed', actorUserId: userId, subjectUserId: userId, origin },
    now,
  );
}
