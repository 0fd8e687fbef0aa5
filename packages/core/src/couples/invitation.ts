export const INVITATION_LIFETIME_DAYS = 7;
const INVITATION_LIFETIME_MS = INVITATION_LIFETIME_DAYS * 86_400_000;

/**
 * Crockford's base32 alphabet: no I, L, O or U, so a code read aloud or copied by hand is hard to
 * get wrong. Eight characters carry 40 bits; sign-in and acceptance are rate-limited, so guessing
 * a live code is impractical within its seven days.
 */
export const INVITATION_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const INVITATION_CODE_LENGTH = 8;

/** Builds a code such as "7KQ2-M9XD" from random bytes supplied by the caller. */
export function formatInvitationCode(randomBytes: Uint8Array): string {
  if (randomBytes.length < INVITATION_CODE_LENGTH) {
    throw new RangeError(`an invitation code needs ${INVITATION_CODE_LENGTH} random bytes`);
  }
  let code = '';
  for (let index = 0; index < INVITATION_CODE_LENGTH; index += 1) {
    // 256 is a multiple of 32, so taking the low five bits keeps every character equally likely.
    code += INVITATION_CODE_ALPHABET[(randomBytes[index] ?? 0) & 31];
  }
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * Accepts what a person types: any case, spaces or dashes anywhere, and the letters people
 * confuse with digits (O→0, I/L→1). Returns the canonical "XXXX-XXXX" form, or null.
 */
export function normalizeInvitationCode(input: string): string | null {
  const cleaned = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (cleaned.length !== INVITATION_CODE_LENGTH) return null;
  for (const character of cleaned) {
    if (!INVITATION_CODE_ALPHABET.includes(character)) return null;
  }
  return `${cleaned.slice(0, 4)}-${cleaned.slice(4)}`;
}

export function invitationExpiry(createdAt: Date): Date {
  return new Date(createdAt.getTime() + INVITATION_LIFETIME_MS);
}

export interface InvitationState {
  readonly expiresAt: Date;
  readonly revokedAt: Date | null;
  readonly acceptedAt: Date | null;
  readonly declinedAt: Date | null;
}

export type InvitationStatus = 'pending' | 'expired' | 'revoked' | 'accepted' | 'declined';

/** What an invitation is now. A used or withdrawn invitation never becomes usable again. */
export function invitationStatus(invitation: InvitationState, now: Date): InvitationStatus {
  if (invitation.acceptedAt) return 'accepted';
  if (invitation.declinedAt) return 'declined';
  if (invitation.revokedAt) return 'revoked';
  if (now.getTime() >= invitation.expiresAt.getTime()) return 'expired';
  return 'pending';
}
