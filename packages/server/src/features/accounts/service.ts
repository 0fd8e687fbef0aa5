import {
  DomainError,
  type FieldProblem,
  isPlausibleEmail,
  isValidTimeZone,
  normalizeDisplayName,
  normalizeEmail,
} from '@amend/core';
import type { AppDeps, RequestOrigin } from '../../platform/deps.js';
import { passwordProblem } from '../../platform/passwords.js';
import { hashToken, newId, newSecretToken } from '../../platform/tokens.js';
import { recordAuditEvent } from '../audit/store.js';
import { endAllSessions } from '../sessions/service.js';
import * as store from './store.js';

export const PASSWORD_RESET_LIFETIME_MS = 60 * 60_000;

export interface PublicUser {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly timeZone: string;
}

export function presentUser(user: store.UserRow): PublicUser {
  return { id: user.id, email: user.email, displayName: user.displayName, timeZone: user.timeZone };
}

function assertAcceptablePassword(password: string, field = 'password'): void {
  const problem = passwordProblem(password);
  if (problem === 'too-short') {
    throw new DomainError('PASSWORD_TOO_SHORT', 'Use at least 8 characters for your password.', [
      { field, message: 'Use at least 8 characters.' },
    ]);
  }
  if (problem === 'too-long') {
    throw new DomainError('PASSWORD_TOO_LONG', 'Use at most 128 characters for your password.', [
      { field, message: 'Use at most 128 characters.' },
    ]);
  }
  if (problem === 'too-common') {
    throw new DomainError(
      'PASSWORD_TOO_COMMON',
      'That password is one of the most common ones, so it is easy to guess. Try a few unrelated words together.',
      [{ field, message: 'This password is too common. Try a few unrelated words together.' }],
    );
  }
}

export interface SignUpInput {
  readonly email: string;
  readonly password: string;
  readonly displayName: string;
  readonly timeZone: string;
}

export async function signUp(
  deps: AppDeps,
  input: SignUpInput,
  origin: RequestOrigin,
): Promise<PublicUser> {
  const problems: FieldProblem[] = [];
  if (!isPlausibleEmail(input.email)) {
    problems.push({ field: 'email', message: 'Enter an e-mail address like name@example.com.' });
  }
  const displayName = normalizeDisplayName(input.displayName);
  if (!displayName) {
    problems.push({ field: 'displayName', message: 'Enter a name of up to 60 characters.' });
  }
  if (!isValidTimeZone(input.timeZone)) {
    problems.push({ field: 'timeZone', message: 'Choose your time zone from the list.' });
  }
  if (problems.length > 0 || !displayName) {
    throw new DomainError('VALIDATION_FAILED', 'Some details need another look.', problems);
  }
  assertAcceptablePassword(input.password);

  const now = deps.now();
  const user = {
    id: newId(),
    email: input.email.trim(),
    emailNormalized: normalizeEmail(input.email),
    displayName,
    passwordHash: await deps.hasher.hash(input.password),
    timeZone: input.timeZone,
    createdAt: now,
  };
  if (!(await store.insertUser(deps.db, user))) {
    throw new DomainError(
      'EMAIL_TAKEN',
      'An account with this e-mail address already exists. Try signing in instead.',
      [{ field: 'email', message: 'This e-mail address already has an account.' }],
    );
  }
  await recordAuditEvent(
    deps.db,
    { action: 'account.created', actorUserId: user.id, subjectUserId: user.id, origin },
    now,
  );
  return { id: user.id, email: user.email, displayName, timeZone: user.timeZone };
}

/**
 * Same answer, and the same work, whether the address is unknown or the password is wrong, so
 * sign-in cannot be used to find out who has an account.
 */
export async function verifyCredentials(
  deps: AppDeps,
  email: string,
  password: string,
  origin: RequestOrigin,
): Promise<PublicUser> {
  const user = await store.findUserByEmail(deps.db, normalizeEmail(email));
  const valid = user ? await deps.hasher.verify(user.passwordHash, password) : false;
  if (!user) await deps.hasher.verifyAgainstNothing(password);
  if (!user || !valid) {
    if (user) {
      await recordAuditEvent(
        deps.db,
        { action: 'account.sign_in_failed', actorUserId: null, subjectUserId: user.id, origin },
        deps.now(),
      );
    }
    throw new DomainError(
      'INVALID_CREDENTIALS',
      'That e-mail address and password do not match. Check both and try again.',
    );
  }
  await recordAuditEvent(
    deps.db,
    { action: 'account.signed_in', actorUserId: user.id, subjectUserId: user.id, origin },
    deps.now(),
  );
  return presentUser(user);
}

export async function currentUser(deps: AppDeps, userId: string): Promise<PublicUser> {
  const user = await store.findUserById(deps.db, userId);
  if (!user) throw new DomainError('UNAUTHENTICATED', 'Please sign in to continue.');
  return presentUser(user);
}

/** Sends a one-hour reset link if the account exists; says nothing either way. */
export async function requestPasswordReset(
  deps: AppDeps,
  email: string,
  origin: RequestOrigin,
): Promise<void> {
  const user = await store.findUserByEmail(deps.db, normalizeEmail(email));
  if (!user) return;
  const now = deps.now();
  const token = newSecretToken();
  await store.insertPasswordReset(deps.db, {
    id: newId(),
    userId: user.id,
    tokenHash: hashToken(token),
    createdAt: now,
    expiresAt: new Date(now.getTime() + PASSWORD_RESET_LIFETIME_MS),
  });
  const link = new URL(`/reset-password?token=${encodeURIComponent(token)}`, deps.config.publicUrl);
  await deps.mailer.send({
    to: user.email,
    subject: 'Reset your Amend password',
    text: [
      `Hello ${user.displayName},`,
      '',
      'Someone asked to reset the password of your Amend account. If it was you, open this link within an hour:',
      '',
      link.toString(),
      '',
      'If it was not you, you can ignore this message; your password stays as it is.',
    ].join('\n'),
  });
  await recordAuditEvent(
    deps.db,
    {
      action: 'account.password_reset_requested',
      actorUserId: null,
      subjectUserId: user.id,
      origin,
    },
    now,
  );
}

export async function completePasswordReset(
  deps: AppDeps,
  token: string,
  newPassword: string,
  origin: RequestOrigin,
): Promise<void> {
  assertAcceptablePassword(newPassword);
  const now = deps.now();
  const passwordHash = await deps.hasher.hash(newPassword);
  const userId = await store.consumePasswordReset(deps.db, hashToken(token), now);
  if (!userId) {
    throw new DomainError(
      'RESET_TOKEN_INVALID',
      'This reset link has expired or was already used. Ask for a new one from the sign-in page.',
    );
  }
  await store.updatePasswordHash(deps.db, userId, passwordHash, now);
  await endAllSessions(deps, userId);
  await recordAuditEvent(
    deps.db,
    { action: 'account.password_reset', actorUserId: userId, subjectUserId: userId, origin },
    now,
  );
}
