import { DomainError } from '@amend/core';
import type { AppDeps, RequestOrigin } from '../../platform/deps.js';
import { recordAuditEvent } from '../audit/store.js';
import { listPasskeys, type PasskeyView, relyingParty } from './passkeys.js';
import { confirmCurrentPassword } from './reauthentication.js';
import { countRecoveryCodesLeft, issueRecoveryCodes } from './recovery-codes.js';
import * as store from './two-factor-store.js';

export type SecondFactorMethod = 'totp' | 'recovery_code' | 'passkey';

/** What the person can use as a second step; empty when a password alone signs them in. */
export async function secondFactorMethods(
  deps: AppDeps,
  userId: string,
): Promise<SecondFactorMethod[]> {
  const [totp, passkeys, recoveryCodes] = await Promise.all([
    store.findTotp(deps.db, userId),
    listPasskeys(deps, userId),
    countRecoveryCodesLeft(deps, userId),
  ]);
  const methods: SecondFactorMethod[] = [];
  if (totp?.enabledAt) methods.push('totp');
  if (passkeys.length > 0) methods.push('passkey');
  if (methods.length > 0 && recoveryCodes > 0) methods.push('recovery_code');
  return methods;
}

export interface SecurityOverview {
  readonly totp: { readonly enabled: boolean; readonly enabledAt: string | null };
  readonly recoveryCodesLeft: number;
  readonly passkeys: PasskeyView[];
  /** Passkeys need Amend to be reached by a domain name (browsers refuse bare IP addresses). */
  readonly passkeysAvailable: boolean;
}

export async function securityOverview(deps: AppDeps, userId: string): Promise<SecurityOverview> {
  const [totp, passkeys, recoveryCodesLeft] = await Promise.all([
    store.findTotp(deps.db, userId),
    listPasskeys(deps, userId),
    countRecoveryCodesLeft(deps, userId),
  ]);
  const host = relyingParty(deps).id;
  return {
    totp: { enabled: Boolean(totp?.enabledAt), enabledAt: totp?.enabledAt?.toISOString() ?? null },
    recoveryCodesLeft,
    passkeys,
    passkeysAvailable: !/^[\d.]+$|^\[|:/.test(host),
  };
}

/** New codes replace every earlier one, used or not. */
export async function regenerateRecoveryCodes(
  deps: AppDeps,
  userId: string,
  password: string,
  origin: RequestOrigin,
): Promise<string[]> {
  await confirmCurrentPassword(deps, userId, password, origin);
  if ((await secondFactorMethods(deps, userId)).length === 0) {
    throw new DomainError(
      'TWO_FACTOR_NOT_ENABLED',
      'Recovery codes go with two-step sign-in. Turn on an authenticator app or add a passkey first.',
    );
  }
  const codes = await issueRecoveryCodes(deps, userId);
  await recordAuditEvent(
    deps.db,
    {
      action: 'account.recovery_codes_regenerated',
      actorUserId: userId,
      subjectUserId: userId,
      origin,
    },
    deps.now(),
  );
  return codes;
}
