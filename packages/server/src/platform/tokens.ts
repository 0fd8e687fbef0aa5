import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';

/** 256 random bits, URL-safe: for session cookies, invitation links and reset links. */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only this hash is stored, so a copy of the database cannot be used to sign in. */
export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

export function sameBytes(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Time-ordered UUIDs keep new rows together in indexes (PostgreSQL 15 has no uuidv7()). */
export function newId(): string {
  return uuidv7();
}

/**
 * The same UUID for the same (table, person, client key), so a write retried with its
 * idempotency key lands on the row it made the first time, for tables without a key column.
 * A name-based UUID (RFC 9562 version 8, from SHA-256): the person is part of the name, so
 * nobody's key can reach another person's row.
 */
export function keyedId(table: string, userId: string, idempotencyKey: string): string {
  const bytes = createHash('sha256')
    .update(`${table}\0${userId}\0${idempotencyKey.toLowerCase()}`, 'utf8')
    .digest()
    .subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x80;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function randomBytesFor(length: number): Uint8Array {
  return randomBytes(length);
}
