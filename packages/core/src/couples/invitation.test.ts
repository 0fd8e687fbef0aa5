import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatInvitationCode,
  INVITATION_CODE_ALPHABET,
  invitationExpiry,
  invitationStatus,
  normalizeInvitationCode,
} from './invitation.js';

describe('invitation codes', () => {
  it('every generated code survives being typed back in any case and spacing', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 8, maxLength: 8 }), (bytes) => {
        const code = formatInvitationCode(bytes);
        expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
        expect(normalizeInvitationCode(code)).toBe(code);
        expect(normalizeInvitationCode(` ${code.toLowerCase().replace('-', ' ')} `)).toBe(code);
      }),
    );
  });

  it('uses only unambiguous characters', () => {
    expect(INVITATION_CODE_ALPHABET).not.toMatch(/[ILOU]/);
  });

  it('reads O as zero and I or L as one, because people confuse them', () => {
    expect(normalizeInvitationCode('oooo-iiii')).toBe('0000-1111');
    expect(normalizeInvitationCode('LLLL 0000')).toBe('1111-0000');
  });

  it('rejects codes of the wrong length or with foreign characters', () => {
    expect(normalizeInvitationCode('ABC-DEF')).toBeNull();
    expect(normalizeInvitationCode('ABCD-EFG!')).toBeNull();
    expect(normalizeInvitationCode('UUUU-UUUU')).toBeNull();
  });
});

describe('invitation status', () => {
  const createdAt = new Date('2026-01-01T12:00:00Z');
  const pending = {
    expiresAt: invitationExpiry(createdAt),
    revokedAt: null,
    acceptedAt: null,
    declinedAt: null,
  };

  it('expires exactly seven days after it was created', () => {
    expect(invitationStatus(pending, new Date('2026-01-08T11:59:59Z'))).toBe('pending');
    expect(invitationStatus(pending, new Date('2026-01-08T12:00:00Z'))).toBe('expired');
  });

  it('a revoked, accepted or declined invitation stays so, even before it would expire', () => {
    const now = new Date('2026-01-02T00:00:00Z');
    expect(invitationStatus({ ...pending, revokedAt: now }, now)).toBe('revoked');
    expect(invitationStatus({ ...pending, acceptedAt: now }, now)).toBe('accepted');
    expect(invitationStatus({ ...pending, declinedAt: now }, now)).toBe('declined');
  });
});
