import { DomainError, normalizeEmail } from '@amend/core';
import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/server';
import type { AppDeps, RequestOrigin } from '../../platform/deps.js';
import { startPasskeyAssertion, verifyPasskeyAssertion } from '../accounts/passkeys.js';
import { looksLikeRecoveryCode, useRecoveryCode } from '../accounts/recovery-codes.js';
import { currentUser, type PublicUser, verifyCredentials } from '../accounts/service.js';
import { acceptTotpCode, looksLikeTotpCode } from '../accounts/totp.js';
import { type SecondFactorMethod, secondFactorMethods } from '../accounts/two-factor.js';
import { recordAuditEvent } from '../audit/store.js';
import {
  findKnownDeviceForEmail,
  findKnownDeviceForUser,
  rememberDevice,
  touchKnownDevice,
} from './known-devices.js';
import { sendNewSignInNotice } from './new-sign-in-notice.js';
import {
  createPendingSignIn,
  findPendingSignIn,
  finishPendingSignIn,
  recordPendingFailure,
} from './pending-sign-ins.js';
import { type StartedSession, startSession } from './service.js';
import {
  assertMayTry,
  clearFailures,
  emailDelayKey,
  knownDeviceDelayKey,
  recordFailure,
} from './sign-in-delays.js';
import type { SignInMethod } from './store.js';

export type SignInOutcome =
  | {
      readonly kind: 'signed_in';
      readonly user: PublicUser;
      readonly session: StartedSession;
      /** Set when this browser is new for the account: the device cookie to give it. */
      readonly newDeviceToken: string | null;
    }
  | {
      readonly kind: 'second_factor';
      readonly token: string;
      readonly methods: SecondFactorMethod[];
      readonly expiresAt: Date;
    };

/**
 * Step one: e-mail and password. Wrong passwords count against the browser if the account knows
 * it, otherwise against the address typed (whether or not an account has it). With two-step
 * sign-in on, a right password only earns a short-lived token for step two.
 */
export async function signInWithPassword(
  deps: AppDeps,
  input: { email: string; password: string },
  origin: RequestOrigin,
  deviceToken: string | null,
): Promise<SignInOutcome> {
  const emailNormalized = normalizeEmail(input.email);
  const device = await findKnownDeviceForEmail(deps, deviceToken, emailNormalized);
  const delayKey = device ? knownDeviceDelayKey(device.id) : emailDelayKey(emailNormalized);
  await assertMayTry(deps, delayKey);
  let user: PublicUser;
  try {
    user = await verifyCredentials(deps, input.email, input.password, origin);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'INVALID_CREDENTIALS') {
      await recordFailure(deps, delayKey);
    }
    throw error;
  }
  const methods = await secondFactorMethods(deps, user.id);
  if (methods.length === 0) {
    return finishSignIn(deps, user, 'password', origin, deviceToken, delayKey);
  }
  const pending = await createPendingSignIn(deps, user.id, delayKey);
  return { kind: 'second_factor', token: pending.token, methods, expiresAt: pending.expiresAt };
}

const expiredSignIn = () =>
  new DomainError(
    'SIGN_IN_EXPIRED',
    'This sign-in has timed out, or had too many tries. Please enter your e-mail address and password again.',
  );

/** Options for the browser to ask for a passkey as the second step. */
export async function startSecondFactorPasskey(
  deps: AppDeps,
  token: string,
): Promise<{ challengeId: string; options: PublicKeyCredentialRequestOptionsJSON }> {
  const pending = await findPendingSignIn(deps, token);
  if (!pending) throw expiredSignIn();
  return startPasskeyAssertion(deps, 'second_factor', pending.userId);
}

export interface SecondFactorInput {
  readonly token: string;
  /** Six digits from an authenticator app, or a recovery code. */
  readonly code?: string | undefined;
  readonly passkey?:
    | { readonly challengeId: string; readonly credential: AuthenticationResponseJSON }
    | undefined;
}

/** Step two: a code from the app, a recovery code (each works once) or a passkey. */
export async function completeSecondFactor(
  deps: AppDeps,
  input: SecondFactorInput,
  origin: RequestOrigin,
  deviceToken: string | null,
): Promise<SignInOutcome> {
  const pending = await findPendingSignIn(deps, input.token);
  if (!pending) throw expiredSignIn();
  await assertMayTry(deps, pending.delayKey);
  const method = await checkSecondFactor(deps, pending.userId, input);
  if (!method) {
    await recordFailure(deps, pending.delayKey);
    await recordPendingFailure(deps, pending.id);
    await recordAuditEvent(
      deps.db,
      {
        action: 'account.second_factor_failed',
        actorUserId: null,
        subjectUserId: pending.userId,
        origin,
      },
      deps.now(),
    );
    throw new DomainError(
      'SECOND_FACTOR_INVALID',
      input.passkey
        ? 'That passkey could not be confirmed. Try again, or use a code instead.'
        : 'That code did not work. Type the six digits your app shows now, or one of your recovery codes that you have not used before.',
      input.passkey ? [] : [{ field: 'code', message: 'This code did not work.' }],
    );
  }
  if (!(await finishPendingSignIn(deps, pending.id))) throw expiredSignIn();
  if (method === 'recovery_code') {
    await recordAuditEvent(
      deps.db,
      {
        action: 'account.recovery_code_used',
        actorUserId: pending.userId,
        subjectUserId: pending.userId,
        origin,
      },
      deps.now(),
    );
  }
  const user = await currentUser(deps, pending.userId);
  return finishSignIn(deps, user, method, origin, deviceToken, pending.delayKey);
}

async function checkSecondFactor(
  deps: AppDeps,
  userId: string,
  input: SecondFactorInput,
): Promise<'totp' | 'recovery_code' | 'passkey' | null> {
  if (input.passkey) {
    const verified = await verifyPasskeyAssertion(deps, {
      challengeId: input.passkey.challengeId,
      purpose: 'second_factor',
      userId,
      credential: input.passkey.credential,
    });
    return verified ? 'passkey' : null;
  }
  const code = input.code ?? '';
  if (looksLikeTotpCode(code)) return (await acceptTotpCode(deps, userId, code)) ? 'totp' : null;
  if (looksLikeRecoveryCode(code)) {
    return (await useRecoveryCode(deps, userId, code)) ? 'recovery_code' : null;
  }
  return null;
}

/** Options for signing in with a passkey alone (a discoverable credential; no e-mail typed). */
export function startPasskeySignIn(
  deps: AppDeps,
): Promise<{ challengeId: string; options: PublicKeyCredentialRequestOptionsJSON }> {
  return startPasskeyAssertion(deps, 'sign_in', null);
}

/**
 * A passkey that verified the person (PIN, fingerprint or face) is something they have and
 * something they are or know, so it signs in on its own, without the password.
 */
export async function signInWithPasskey(
  deps: AppDeps,
  input: { challengeId: string; credential: AuthenticationResponseJSON },
  origin: RequestOrigin,
  deviceToken: string | null,
): Promise<SignInOutcome> {
  const verified = await verifyPasskeyAssertion(deps, {
    challengeId: input.challengeId,
    purpose: 'sign_in',
    userId: null,
    credential: input.credential,
  });
  if (!verified) {
    throw new DomainError(
      'INVALID_CREDENTIALS',
      'That passkey is not one Amend knows. Sign in with your e-mail address and password instead.',
    );
  }
  const user = await currentUser(deps, verified.userId);
  return finishSignIn(deps, user, 'passkey', origin, deviceToken, null);
}

async function finishSignIn(
  deps: AppDeps,
  user: PublicUser,
  method: SignInMethod,
  origin: RequestOrigin,
  deviceToken: string | null,
  delayKey: string | null,
): Promise<SignInOutcome> {
  if (delayKey) await clearFailures(deps, delayKey);
  const session = await startSession(deps, user.id, origin, method);
  const device = await findKnownDeviceForUser(deps, deviceToken, user.id);
  let newDeviceToken: string | null = null;
  if (device) {
    await touchKnownDevice(deps, device.id);
  } else {
    newDeviceToken = await rememberDevice(deps, user.id);
    await sendNewSignInNotice(deps, user, origin);
  }
  await recordAuditEvent(
    deps.db,
    {
      action: 'account.signed_in',
      actorUserId: user.id,
      subjectUserId: user.id,
      origin,
      details: { method, newDevice: device === null },
    },
    deps.now(),
  );
  return { kind: 'signed_in', user, session, newDeviceToken };
}
