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

export function randomBytesFor(length: number): Uint8Array {
  return randomBytes(length);
}
