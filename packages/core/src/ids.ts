import type { Brand } from './brand.js';

export type UserId = Brand<string, 'UserId'>;
export type CoupleId = Brand<string, 'CoupleId'>;
export type MemberId = Brand<string, 'MemberId'>;
export type InvitationId = Brand<string, 'InvitationId'>;
export type SessionId = Brand<string, 'SessionId'>;

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for any RFC 9562 UUID in its canonical text form. */
export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}
