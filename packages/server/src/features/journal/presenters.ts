import {
  DomainError,
  JOURNAL_CIPHERTEXT_MAX_BYTES,
  JOURNAL_CIPHERTEXT_MIN_BYTES,
} from '@amend/core';
import type { EntryRow, KeyringRow, PassphraseWrapRow } from './store.js';

/** Bytes on the wire are unpadded base64url; the server never interprets them further. */
export function toBase64Url(bytes: Buffer): string {
  return bytes.toString('base64url');
}

/**
 * Decodes what the schema already checked for alphabet and length, and refuses the encodings
 * that would not come back the same (stray bits in the last character), so that the bytes
 * stored are exactly the bytes sent.
 */
export function fromBase64Url(text: string, field: string): Buffer {
  const bytes = Buffer.from(text, 'base64url');
  if (bytes.toString('base64url') !== text) {
    throw new DomainError('VALIDATION_FAILED', 'Some of what was sent is not valid base64url.', [
      { field, message: 'This is not valid unpadded base64url.' },
    ]);
  }
  return bytes;
}

export interface PassphraseWrapInput {
  readonly kdf: 'argon2id';
  readonly memoryKiB: number;
  readonly iterations: number;
  readonly parallelism: number;
  readonly salt: string;
  readonly iv: string;
  readonly wrappedKey: string;
}

export interface KeyringInput {
  readonly format: 1;
  readonly passphrase: PassphraseWrapInput;
  readonly recovery: {
    readonly kdf: 'hkdf-sha256';
    readonly salt: string;
    readonly iv: string;
    readonly wrappedKey: string;
  };
  readonly rewrapProof: string;
}

export interface SealedEntryInput {
  readonly iv: string;
  readonly ciphertext: string;
}

/** The sealed entry as bytes, with the ciphertext's size checked against the shared limits. */
export function sealedEntry(input: SealedEntryInput): { iv: Buffer; ciphertext: Buffer } {
  const ciphertext = fromBase64Url(input.ciphertext, 'ciphertext');
  if (
    ciphertext.length < JOURNAL_CIPHERTEXT_MIN_BYTES ||
    ciphertext.length > JOURNAL_CIPHERTEXT_MAX_BYTES
  ) {
    throw new DomainError('VALIDATION_FAILED', 'That entry is not the size Amend stores.', [
      {
        field: 'ciphertext',
        message: `The ciphertext must be ${JOURNAL_CIPHERTEXT_MIN_BYTES}–${JOURNAL_CIPHERTEXT_MAX_BYTES} bytes.`,
      },
    ]);
  }
  return { iv: fromBase64Url(input.iv, 'iv'), ciphertext };
}

export function passphraseWrapRow(wrap: PassphraseWrapInput): PassphraseWrapRow {
  return {
    kdf_memory_kib: wrap.memoryKiB,
    kdf_iterations: wrap.iterations,
    kdf_parallelism: wrap.parallelism,
    passphrase_salt: fromBase64Url(wrap.salt, 'passphrase.salt'),
    passphrase_iv: fromBase64Url(wrap.iv, 'passphrase.iv'),
    passphrase_wrapped_key: fromBase64Url(wrap.wrappedKey, 'passphrase.wrappedKey'),
  };
}

/** True when a retried set-up sent exactly the keyring already stored. */
export function sameKeyring(stored: KeyringRow, sent: KeyringRow): boolean {
  const bytes = [
    'passphrase_salt',
    'passphrase_iv',
    'passphrase_wrapped_key',
    'recovery_salt',
    'recovery_iv',
    'recovery_wrapped_key',
    'rewrap_proof_hash',
  ] as const;
  return (
    stored.version === 1 &&
    stored.kdf_memory_kib === sent.kdf_memory_kib &&
    stored.kdf_iterations === sent.kdf_iterations &&
    stored.kdf_parallelism === sent.kdf_parallelism &&
    bytes.every((column) => stored[column].equals(sent[column]))
  );
}

export interface KeyringView {
  readonly format: number;
  readonly version: number;
  readonly passphrase: PassphraseWrapInput;
  readonly recovery: KeyringInput['recovery'];
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Everything the browser needs to unlock; never the proof's hash. */
export function presentKeyring(row: KeyringRow): KeyringView {
  return {
    format: row.format,
    version: row.version,
    passphrase: {
      kdf: 'argon2id',
      memoryKiB: row.kdf_memory_kib,
      iterations: row.kdf_iterations,
      parallelism: row.kdf_parallelism,
      salt: toBase64Url(row.passphrase_salt),
      iv: toBase64Url(row.passphrase_iv),
      wrappedKey: toBase64Url(row.passphrase_wrapped_key),
    },
    recovery: {
      kdf: 'hkdf-sha256',
      salt: toBase64Url(row.recovery_salt),
      iv: toBase64Url(row.recovery_iv),
      wrappedKey: toBase64Url(row.recovery_wrapped_key),
    },
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export interface EntryView {
  readonly id: string;
  readonly iv: string;
  readonly ciphertext: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export function presentEntry(row: EntryRow): EntryView {
  return {
    id: row.id,
    iv: toBase64Url(row.iv),
    ciphertext: toBase64Url(row.ciphertext),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
