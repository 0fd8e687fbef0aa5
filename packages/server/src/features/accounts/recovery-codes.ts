import { randomBytes } from 'node:crypto';
import type { AppDeps } from '../../platform/deps.js';
import { hashToken, newId } from '../../platform/tokens.js';
import * as store from './two-factor-store.js';

/** Ten codes of 16 characters from a 32-letter alphabet: 80 random bits each. */
export const RECOVERY_CODE_COUNT = 10;
const CODE_LENGTH = 16;
// Crockford's base32 alphabet: no i, l, o or u, so codes read aloud or copied by hand survive.
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

function newRecoveryCode(): string {
  const bytes = randomBytes(CODE_LENGTH);
  // 256 is a multiple of 32, so taking the low five bits keeps every letter equally likely.
  const letters = [...bytes].map((byte) => ALPHABET[byte & 31] ?? '0').join('');
  return letters.match(/.{4}/g)?.join('-') ?? letters;
}

/** Case, spaces and dashes do not matter; letters easily confused are read the way Crockford does. */
export function normalizeRecoveryCode(input: string): string {
  return input.toLowerCase().replace(/[\s-]/g, '').replace(/o/g, '0').replace(/[il]/g, '1');
}

export function looksLikeRecoveryCode(input: string): boolean {
  return new RegExp(`^[${ALPHABET}]{${CODE_LENGTH}}$`).test(normalizeRecoveryCode(input));
}

/** Replaces any earlier codes with a fresh set and returns them: the only time they are shown. */
export async function issueRecoveryCodes(deps: AppDeps, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await store.replaceRecoveryCodes(
    deps.db,
    userId,
    codes.map((code) => ({ id: newId(), codeHash: hashToken(normalizeRecoveryCode(code)) })),
    deps.now(),
  );
  return codes;
}

export async function forgetRecoveryCodes(deps: AppDeps, userId: string): Promise<void> {
  await store.replaceRecoveryCodes(deps.db, userId, [], deps.now());
}

/** True once for each code; a code already used, or never issued, is false. */
export async function useRecoveryCode(
  deps: AppDeps,
  userId: string,
  input: string,
): Promise<boolean> {
  if (!looksLikeRecoveryCode(input)) return false;
  const codeHash = hashToken(normalizeRecoveryCode(input));
  return store.consumeRecoveryCode(deps.db, userId, codeHash, deps.now());
}

export function countRecoveryCodesLeft(deps: AppDeps, userId: string): Promise<number> {
  return store.countUnusedRecoveryCodes(deps.db, userId);
}
