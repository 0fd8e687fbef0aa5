import { INVITATION_CODE_ALPHABET } from '../couples/invitation.js';

/**
 * A journal recovery key: 25 characters of Crockford's base32 in five groups of five, such as
 * "7KQ2M-9XD4B-…". Each character carries five random bits, 125 in all, so the key cannot be
 * guessed even by someone holding a copy of the database; the same alphabet as invitation codes
 * leaves out I, L, O and U, which are easy to misread when copied by hand.
 */
export const RECOVERY_KEY_ALPHABET = INVITATION_CODE_ALPHABET;
export const RECOVERY_KEY_LENGTH = 25;
export const RECOVERY_KEY_GROUP_LENGTH = 5;

function grouped(characters: string): string {
  const groups: string[] = [];
  for (let start = 0; start < characters.length; start += RECOVERY_KEY_GROUP_LENGTH) {
    groups.push(characters.slice(start, start + RECOVERY_KEY_GROUP_LENGTH));
  }
  return groups.join('-');
}

/** Builds a recovery key from at least 25 random bytes supplied by the caller. */
export function formatRecoveryKey(randomBytes: Uint8Array): string {
  if (randomBytes.length < RECOVERY_KEY_LENGTH) {
    throw new RangeError(`a recovery key needs ${RECOVERY_KEY_LENGTH} random bytes`);
  }
  let characters = '';
  for (let index = 0; index < RECOVERY_KEY_LENGTH; index += 1) {
    // 256 is a multiple of 32, so the low five bits make every character equally likely.
    characters += RECOVERY_KEY_ALPHABET[(randomBytes[index] ?? 0) & 31];
  }
  return grouped(characters);
}

/**
 * Accepts a recovery key as a person types it back: any case, spaces or dashes anywhere, and the
 * letters people confuse with digits (O→0, I/L→1). Returns the canonical grouped form, or null.
 */
export function normalizeRecoveryKey(input: string): string | null {
  const cleaned = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (cleaned.length !== RECOVERY_KEY_LENGTH) return null;
  for (const character of cleaned) {
    if (!RECOVERY_KEY_ALPHABET.includes(character)) return null;
  }
  return grouped(cleaned);
}

/** The last group, which a person types back to show they have written the key down. */
export function lastRecoveryKeyGroup(recoveryKey: string): string {
  return recoveryKey.slice(-RECOVERY_KEY_GROUP_LENGTH);
}
