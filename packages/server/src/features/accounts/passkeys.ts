import { DomainError, NEUTRAL_APP_NAME } from '@amend/core';
import {
  type AuthenticationResponseJSON,
  generateAuthenticationOptions,
  generateRegistrationOptions,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import type { AppDeps, RequestOrigin } from '../../platform/deps.js';
import { newId } from '../../platform/tokens.js';
import { recordAuditEvent } from '../audit/store.js';
import { isDiscreet } from '../safety/discretion.js';
import * as store from './passkey-store.js';
import { confirmCurrentPassword } from './reauthentication.js';
import { forgetRecoveryCodes, issueRecoveryCodes } from './recovery-codes.js';
import { isTotpEnabled } from './totp.js';

/** Five minutes to finish with the authenticator before the challenge runs out. */
export const PASSKEY_CHALLENGE_LIFETIME_MS = 5 * 60_000;
export const MAX_PASSKEYS = 10;

/**
 * The relying party is Amend as people reach it: PUBLIC_URL's host name is the RP ID and its
 * origin the only origin accepted. Browsers refuse passkeys on a bare IP address, so an
 * instance reached by IP simply cannot offer them.
 */
export function relyingParty(deps: AppDeps): { id: string; origin: string } {
  return { id: deps.config.publicUrl.hostname, origin: deps.config.publicUrl.origin };
}

const invalidPasskey = () =>
  new DomainError(
    'PASSKEY_INVALID',
    'Your device’s answer could not be checked, so nothing was changed. Please try again.',
  );

const expiredChallenge = () =>
  new DomainError(
    'PASSKEY_CHALLENGE_EXPIRED',
    'That took longer than five minutes, or the request was already used. Please start again.',
  );

async function newChallenge(
  deps: AppDeps,
  purpose: store.ChallengePurpose,
  userId: string | null,
  challenge: string,
): Promise<string> {
  const id = newId();
  const now = deps.now();
  await store.insertChallenge(deps.db, {
    id,
    userId,
    purpose,
    challenge,
    createdAt: now,
    expiresAt: new Date(now.getTime() + PASSKEY_CHALLENGE_LIFETIME_MS),
  });
  return id;
}

export interface PasskeyView {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
  readonly lastUsedAt: string | null;
}

function presentPasskey(row: store.PasskeyRow): PasskeyView {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  };
}

export async function listPasskeys(deps: AppDeps, userId: string): Promise<PasskeyView[]> {
  return (await store.listPasskeys(deps.db, userId)).map(presentPasskey);
}

export async function startPasskeyRegistration(
  deps: AppDeps,
  userId: string,
  password: string,
  origin: RequestOrigin,
): Promise<{ challengeId: string; options: PublicKeyCredentialCreationOptionsJSON }> {
  const user = await confirmCurrentPassword(deps, userId, password, origin);
  const existing = await store.listPasskeys(deps.db, userId);
  if (existing.length >= MAX_PASSKEYS) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `You already have ${MAX_PASSKEYS} passkeys, the most Amend keeps. Remove one you no longer use first.`,
    );
  }
  const options = await generateRegistrationOptions({
    // Shown by some passkey managers; in discreet mode it is the neutral name.
    rpName: (await isDiscreet(deps, userId)) ? NEUTRAL_APP_NAME : 'Amend',
    rpID: relyingParty(deps).id,
    userName: user.email,
    userDisplayName: user.displayName,
    // The account's id, not the e-mail address, identifies the person to the authenticator.
    userID: new TextEncoder().encode(user.id),
    attestationType: 'none',
    excludeCredentials: existing.map((passkey) => ({
      id: passkey.credentialId,
      transports: [...passkey.transports],
    })),
    authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
  });
  const challengeId = await newChallenge(deps, 'register', userId, options.challenge);
  return { challengeId, options };
}

export async function finishPasskeyRegistration(
  deps: AppDeps,
  userId: string,
  input: { challengeId: string; credential: RegistrationResponseJSON; name: string },
  origin: RequestOrigin,
): Promise<{ passkey: PasskeyView; recoveryCodes: string[] }> {
  const name = input.name.trim().replace(/\s+/g, ' ');
  if (name.length === 0 || [...name].length > 60) {
    throw new DomainError('VALIDATION_FAILED', 'Give this passkey a name of up to 60 characters.', [
      { field: 'name', message: 'Enter a name of up to 60 characters, such as “My phone”.' },
    ]);
  }
  const now = deps.now();
  const challenge = await store.takeChallenge(deps.db, input.challengeId, 'register', userId, now);
  if (!challenge) throw expiredChallenge();
  const party = relyingParty(deps);
  const verification = await verifyRegistrationResponse({
    response: input.credential,
    expectedChallenge: challenge,
    expectedOrigin: party.origin,
    expectedRPID: party.id,
    requireUserVerification: false,
  }).catch(() => null);
  if (!verification?.verified) throw invalidPasskey();
  const { credential } = verification.registrationInfo;
  const hadSecondFactor =
    (await store.countPasskeys(deps.db, userId)) > 0 || (await isTotpEnabled(deps, userId));
  const passkey = {
    id: newId(),
    userId,
    credentialId: credential.id,
    publicKey: Buffer.from(credential.publicKey),
    signCount: credential.counter,
    transports: credential.transports ?? [],
    name,
    createdAt: now,
  };
  if (!(await store.insertPasskey(deps.db, passkey))) {
    throw new DomainError('PASSKEY_INVALID', 'This passkey is already registered with Amend.');
  }
  const recoveryCodes = hadSecondFactor ? [] : await issueRecoveryCodes(deps, userId);
  await recordAuditEvent(
    deps.db,
    { action: 'account.passkey_added', actorUserId: userId, subjectUserId: userId, origin },
    now,
  );
  return {
    passkey: presentPasskey({ ...passkey, lastUsedAt: null }),
    recoveryCodes,
  };
}

export async function removePasskey(
  deps: AppDeps,
  userId: string,
  passkeyId: string,
  password: string,
  origin: RequestOrigin,
): Promise<void> {
  await confirmCurrentPassword(deps, userId, password, origin);
  if (!(await store.deletePasskey(deps.db, userId, passkeyId))) {
    throw new DomainError('NOT_FOUND', 'There is no such passkey on your account.');
  }
  if ((await store.countPasskeys(deps.db, userId)) === 0 && !(await isTotpEnabled(deps, userId))) {
    await forgetRecoveryCodes(deps, userId);
  }
  await recordAuditEvent(
    deps.db,
    { action: 'account.passkey_removed', actorUserId: userId, subjectUserId: userId, origin },
    deps.now(),
  );
}

export async function hasPasskeys(deps: AppDeps, userId: string): Promise<boolean> {
  return (await store.countPasskeys(deps.db, userId)) > 0;
}

/**
 * Options for navigator.credentials.get. For a second factor, the person's own passkeys are
 * listed; for signing in without a password, none are, and the browser offers the passkeys it
 * holds for Amend (discoverable credentials), which must verify the person (PIN or biometrics).
 */
export async function startPasskeyAssertion(
  deps: AppDeps,
  purpose: 'sign_in' | 'second_factor',
  userId: string | null,
): Promise<{ challengeId: string; options: PublicKeyCredentialRequestOptionsJSON }> {
  const allowCredentials =
    purpose === 'second_factor' && userId
      ? (await store.listPasskeys(deps.db, userId)).map((passkey) => ({
          id: passkey.credentialId,
          transports: [...passkey.transports],
        }))
      : [];
  const options = await generateAuthenticationOptions({
    rpID: relyingParty(deps).id,
    allowCredentials,
    userVerification: purpose === 'sign_in' ? 'required' : 'preferred',
  });
  const challengeId = await newChallenge(deps, purpose, userId, options.challenge);
  return { challengeId, options };
}

/**
 * Checks an assertion against its challenge and the stored public key; returns whose passkey it
 * was. `userId` (second factor) also requires the passkey to be that person's.
 */
export async function verifyPasskeyAssertion(
  deps: AppDeps,
  input: {
    challengeId: string;
    purpose: 'sign_in' | 'second_factor';
    userId: string | null;
    credential: AuthenticationResponseJSON;
  },
): Promise<{ userId: string } | null> {
  const now = deps.now();
  const challenge = await store.takeChallenge(
    deps.db,
    input.challengeId,
    input.purpose,
    input.userId,
    now,
  );
  if (!challenge) throw expiredChallenge();
  const passkey = await store.findPasskeyByCredentialId(deps.db, input.credential.id);
  if (!passkey || (input.userId !== null && passkey.userId !== input.userId)) return null;
  const party = relyingParty(deps);
  const verification = await verifyAuthenticationResponse({
    response: input.credential,
    expectedChallenge: challenge,
    expectedOrigin: party.origin,
    expectedRPID: party.id,
    credential: {
      id: passkey.credentialId,
      publicKey: new Uint8Array(passkey.publicKey),
      counter: passkey.signCount,
      transports: [...passkey.transports],
    },
    requireUserVerification: input.purpose === 'sign_in',
  }).catch(() => null);
  if (!verification?.verified) return null;
  await store.recordPasskeyUse(
    deps.db,
    passkey.id,
    verification.authenticationInfo.newCounter,
    now,
  );
  return { userId: passkey.userId };
}
