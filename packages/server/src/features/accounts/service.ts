import {
  type AccountKind,
  DomainError,
  type FieldProblem,
  isPlausibleEmail,
  isValidTimeZone,
  normalizeDisplayName,
  normalizeEmail,
} from '@amend/core';
import type { AmendDb } from '../../db/database.js';
import type { AppDeps, RequestOrigin } from '../../platform/deps.js';
import { passwordProblem } from '../../platform/passwords.js';
import { hashToken, newId, newSecretToken } from '../../platform/tokens.js';
import { recordAuditEvent } from '../audit/store.js';
import { isDiscreet } from '../safety/discretion.js';
import { rememberDevice } from '../sessions/known-devices.js';
import { endAllSessions, type StartedSession, startSession } from '../sessions/service.js';
import { clearFailures, emailDelayKey } from '../sessions/sign-in-delays.js';
import { passwordResetMail } from './emails.js';
import * as store from './store.js';

export const PASSWORD_RESET_LIFETIME_MS = 60 * 60_000;

export interface PublicUser {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly timeZone: string;
  /** A person in a couple, or a therapist (who never joins a space). */
  readonly accountKind: AccountKind;
}

export function presentUser(user: store.UserRow): PublicUser {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    timeZone: user.timeZone,
    accountKind: user.accountKind,
  };
}

/**
 * How a kind of account other than a person's is made: its kind, the problems with its own
 * details (reported with the rest), and what to store beside the user row in the same transaction.
 */
export interface AccountKindSetup {
  readonly kind: AccountKind;
  readonly problems: readonly FieldProblem[];
  readonly store: (trx: AmendDb, userId: string, at: Date) => Promise<void>;
}

export function assertAcceptablePassword(password: string, field = 'password'): void {
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

/** An account made from a browser, and signed in on it. */
export interface SignedUpAccount {
  readonly user: PublicUser;
  readonly session: StartedSession;
  /** The cookie token that marks this browser as one the account is known on. */
  readonly deviceToken: string;
}

/** An account without a session (the demo's people): see signUpAndSignIn for a browser's. */
export async function signUp(
  deps: AppDeps,
  input: SignUpInput,
  origin: RequestOrigin,
  setup: AccountKindSetup | null = null,
): Promise<PublicUser> {
  return (await createAccount(deps, input, origin, setup, async () => undefined)).user;
}

/**
 * Sign-up from a browser. The account, its audit event, its first session and the browser's
 * known-device row are one transaction: if the database goes away part-way, none of them is
 * stored, so "nothing was saved" is true and the same sign-up can simply be sent again (it would
 * otherwise meet its own half-made account: "this e-mail address already has an account").
 */
export async function signUpAndSignIn(
  deps: AppDeps,
  input: SignUpInput,
  origin: RequestOrigin,
  setup: AccountKindSetup | null = null,
): Promise<SignedUpAccount> {
  const { user, alsoStored } = await createAccount(
    deps,
    input,
    origin,
    setup,
    async (trx, userId) => ({
      session: await startSession(deps, userId, origin, 'sign_up', trx),
      deviceToken: await rememberDevice(deps, userId, trx),
    }),
  );
  return { user, ...alsoStored };
}

async function createAccount<Also>(
  deps: AppDeps,
  input: SignUpInput,
  origin: RequestOrigin,
  setup: AccountKindSetup | null,
  alsoStore: (trx: AmendDb, userId: string) => Promise<Also>,
): Promise<{ user: PublicUser; alsoStored: Also }> {
  const problems: FieldProblem[] = [...(setup?.problems ?? [])];
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
    accountKind: setup?.kind ?? 'person',
  };
  const inserted = await deps.db.transaction().execute(async (trx) => {
    if (!(await store.insertUser(trx, user))) return null;
    await setup?.store(trx, user.id, now);
    await recordAuditEvent(
      trx,
      { action: 'account.created', actorUserId: user.id, subjectUserId: user.id, origin },
      now,
    );
    return { alsoStored: await alsoStore(trx, user.id) };
  });
  if (!inserted) {
    throw new DomainError(
      'EMAIL_TAKEN',
      'An account with this e-mail address already exists. Try signing in instead.',
      [{ field: 'email', message: 'This e-mail address already has an account.' }],
    );
  }
  return {
    user: {
      id: user.id,
      email: user.email,
      displayName,
      timeZone: user.timeZone,
      accountKind: user.accountKind,
    },
    alsoStored: inserted.alsoStored,
  };
}

/** Whether this account is a person's or a therapist's. */
export async function accountKindOf(deps: AppDeps, userId: string): Promise<AccountKind> {
  return (await currentUser(deps, userId)).accountKind;
}

/**
 * Same answer, and the same work, whether the address is unknown or the password is wrong, so
 * sign-in cannot be used to find out who has an account. Only the password: whether a second
 * step is needed is for the sign-in flow (sessions/sign-in.ts) to decide.
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
  // "Signed in" is recorded when the session starts: a second step may still be needed.
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
  await deps.mailer.send(
    passwordResetMail({
      to: user.email,
      displayName: user.displayName,
      link: link.toString(),
      discreet: await isDiscreet(deps, user.id),
    }),
  );
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
  // Whoever reads the account's mail is the owner: the waits from wrong passwords end here.
  const user = await store.findUserById(deps.db, userId);
  if (user) await clearFailures(deps, emailDelayKey(normalizeEmail(user.email)));
  await recordAuditEvent(
    deps.db,
    { action: 'account.password_reset', actorUserId: userId, subjectUserId: userId, origin },
    now,
  );
}
