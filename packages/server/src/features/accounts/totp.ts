import { DomainError, NEUTRAL_APP_NAME } from '@amend/core';
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import type { AppDeps, RequestOrigin } from '../../platform/deps.js';
import { recordAuditEvent } from '../audit/store.js';
import { isDiscreet } from '../safety/discretion.js';
import { countPasskeys } from './passkey-store.js';
import { confirmCurrentPassword } from './reauthentication.js';
import { forgetRecoveryCodes, issueRecoveryCodes } from './recovery-codes.js';
import { createSecretBox } from './secret-box.js';
import * as store from './two-factor-store.js';

/** A setup that is not confirmed with a code within ten minutes has to start again. */
export const TOTP_SETUP_LIFETIME_MS = 10 * 60_000;
const TOTP_PERIOD_SECONDS = 30;
/** One 30-second step either side of now, for phones whose clock runs a little off. */
const TOTP_TOLERANCE_SECONDS = 30;

const secretBox = (deps: AppDeps) => createSecretBox(deps.cookieSecret, 'totp');

export function looksLikeTotpCode(input: string): boolean {
  return /^\d{6}$/.test(input.replace(/\s/g, ''));
}

/**
 * The step the code belongs to, or null when it is not right at this moment. Time comes from
 * deps.now(), so tests can move the clock.
 */
async function matchingStep(deps: AppDeps, secret: string, code: string): Promise<number | null> {
  const token = code.replace(/\s/g, '');
  if (!looksLikeTotpCode(token)) return null;
  const result = await verify({
    secret,
    token,
    epoch: Math.floor(deps.now().getTime() / 1000),
    period: TOTP_PERIOD_SECONDS,
    epochTolerance: TOTP_TOLERANCE_SECONDS,
  });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

export interface TotpSetup {
  /** The key to type into an app by hand (base32). */
  readonly secret: string;
  readonly uri: string;
  /** The same URI as a QR code, a PNG data: URL (the CSP allows data: images). */
  readonly qrCode: string;
}

export async function startTotpSetup(
  deps: AppDeps,
  userId: string,
  password: string,
  origin: RequestOrigin,
): Promise<TotpSetup> {
  const user = await confirmCurrentPassword(deps, userId, password, origin);
  const secret = generateSecret({ length: 20 });
  const saved = await store.savePendingTotp(
    deps.db,
    userId,
    secretBox(deps).seal(secret, userId),
    deps.now(),
  );
  if (!saved) {
    throw new DomainError(
      'TOTP_ALREADY_ENABLED',
      'Codes from an authenticator app are already on. To use a different app, turn them off first, then set them up again.',
    );
  }
  // The app lists the account under this name; in discreet mode it is the neutral one.
  const issuer = (await isDiscreet(deps, userId)) ? NEUTRAL_APP_NAME : 'Amend';
  const uri = generateURI({ issuer, label: user.email, secret });
  const qrCode = await QRCode.toDataURL(uri, { errorCorrectionLevel: 'M', margin: 2, width: 240 });
  return { secret, uri, qrCode };
}

/** Turns codes on once the person proves their app works; returns new recovery codes if any. */
export async function confirmTotpSetup(
  deps: AppDeps,
  userId: string,
  code: string,
  origin: RequestOrigin,
): Promise<{ recoveryCodes: string[] }> {
  const now = deps.now();
  const pending = await store.findTotp(deps.db, userId);
  if (pending?.enabledAt) {
    throw new DomainError(
      'TOTP_ALREADY_ENABLED',
      'Codes from an authenticator app are already on.',
    );
  }
  const secret = pending ? secretBox(deps).open(pending.secretEncrypted, userId) : null;
  if (!pending || !secret || now.getTime() - pending.createdAt.getTime() > TOTP_SETUP_LIFETIME_MS) {
    throw new DomainError(
      'TOTP_SETUP_EXPIRED',
      'This setup has timed out. Start again: enter your password and scan the new code.',
    );
  }
  const step = await matchingStep(deps, secret, code);
  if (step === null) {
    throw new DomainError(
      'VALIDATION_FAILED',
      'That code did not match. Type the six digits your app shows now; if it still does not work, check that the time on your phone is set automatically.',
      [{ field: 'code', message: 'This code did not match. Try the one your app shows now.' }],
    );
  }
  const hadSecondFactor = (await countPasskeys(deps.db, userId)) > 0;
  if (!(await store.enableTotp(deps.db, userId, now, step))) {
    throw new DomainError(
      'TOTP_ALREADY_ENABLED',
      'Codes from an authenticator app are already on.',
    );
  }
  const recoveryCodes = hadSecondFactor ? [] : await issueRecoveryCodes(deps, userId);
  await recordAuditEvent(
    deps.db,
    {
      action: 'account.two_factor_enabled',
      actorUserId: userId,
      subjectUserId: userId,
      origin,
      details: { method: 'totp' },
    },
    now,
  );
  return { recoveryCodes };
}

export async function disableTotp(
  deps: AppDeps,
  userId: string,
  password: string,
  origin: RequestOrigin,
): Promise<void> {
  await confirmCurrentPassword(deps, userId, password, origin);
  const current = await store.findTotp(deps.db, userId);
  if (!current?.enabledAt) {
    throw new DomainError(
      'TWO_FACTOR_NOT_ENABLED',
      'Codes from an authenticator app are not on, so there is nothing to turn off.',
    );
  }
  await store.deleteTotp(deps.db, userId);
  // Recovery codes stand in for a second factor; with none left they have nothing to stand for.
  if ((await countPasskeys(deps.db, userId)) === 0) await forgetRecoveryCodes(deps, userId);
  await recordAuditEvent(
    deps.db,
    {
      action: 'account.two_factor_disabled',
      actorUserId: userId,
      subjectUserId: userId,
      origin,
      details: { method: 'totp' },
    },
    deps.now(),
  );
}

export async function isTotpEnabled(deps: AppDeps, userId: string): Promise<boolean> {
  return Boolean((await store.findTotp(deps.db, userId))?.enabledAt);
}

/** Checks a code at sign-in; each code (each 30-second step) is accepted once only. */
export async function acceptTotpCode(
  deps: AppDeps,
  userId: string,
  code: string,
): Promise<boolean> {
  const current = await store.findTotp(deps.db, userId);
  if (!current?.enabledAt) return false;
  const secret = secretBox(deps).open(current.secretEncrypted, userId);
  if (!secret) return false;
  const step = await matchingStep(deps, secret, code);
  return step !== null && (await store.claimTotpStep(deps.db, userId, step));
}
