import { findPasswordProblem } from '@amend/core';
import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import pLimit from 'p-limit';

/** OWASP's Argon2id recommendation: 19 MiB of memory, two passes, one lane. */
const ARGON2_OPTIONS = {
  // Algorithm.Argon2id; a const enum cannot be imported under isolated modules.
  algorithm: 2,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

// zxcvbn's list of frequently used passwords (about 49,000, from real breaches), lower-cased.
const COMMON_PASSWORDS = new Set(dictionary['passwords-common'].map((word) => word.toLowerCase()));

export function isCommonPassword(candidate: string): boolean {
  return COMMON_PASSWORDS.has(candidate.toLowerCase());
}

export function passwordProblem(password: string) {
  return findPasswordProblem(password, isCommonPassword);
}

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(storedHash: string, password: string): Promise<boolean>;
  /** Spends the same effort as a real check, so "no such account" takes as long as a wrong password. */
  verifyAgainstNothing(password: string): Promise<void>;
}

/**
 * Hashing runs on libuv's thread pool; a limit keeps a burst of sign-ins from occupying every
 * thread and memory at once, so other requests keep flowing.
 */
export function createPasswordHasher(maxConcurrent: number): PasswordHasher {
  const limit = pLimit(maxConcurrent);
  let decoy: Promise<string> | null = null;
  const hashPassword = (password: string) => limit(() => hash(password, ARGON2_OPTIONS));
  return {
    hash: hashPassword,
    verify: (storedHash, password) => limit(() => verify(storedHash, password).catch(() => false)),
    async verifyAgainstNothing(password) {
      decoy ??= hashPassword('amend-decoy-password-for-timing');
      const decoyHash = await decoy;
      await limit(() => verify(decoyHash, password).catch(() => false));
    },
  };
}
