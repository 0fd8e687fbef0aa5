import {
  AES_GCM_IV_BYTES,
  JOURNAL_ARGON2ID_BOUNDS,
  JOURNAL_CIPHERTEXT_MAX_BYTES,
  JOURNAL_CIPHERTEXT_MIN_BYTES,
  JOURNAL_REWRAP_PROOF_BYTES,
  JOURNAL_SALT_BYTES,
  JOURNAL_WRAPPED_KEY_BYTES,
} from '@amend/core';
import { Type } from 'typebox';
import { IsoDateTime, strictObject, Uuid } from '../../platform/http-schemas.js';

/** Characters of unpadded base64url that carry this many bytes. */
export function base64UrlLength(bytes: number): number {
  return Math.ceil((bytes * 4) / 3);
}

const BASE64URL_PATTERN = '^[A-Za-z0-9_-]+$';

function exactBytes(bytes: number, description: string) {
  const length = base64UrlLength(bytes);
  return Type.String({
    minLength: length,
    maxLength: length,
    pattern: BASE64URL_PATTERN,
    description: `${description}: ${bytes} bytes, base64url without padding`,
  });
}

const Salt = exactBytes(JOURNAL_SALT_BYTES, 'Random salt for the key derivation');
const Iv = exactBytes(AES_GCM_IV_BYTES, 'AES-GCM nonce');
const WrappedKey = exactBytes(
  JOURNAL_WRAPPED_KEY_BYTES,
  'The 256-bit data key encrypted with AES-GCM (with its tag)',
);
const RewrapProof = exactBytes(
  JOURNAL_REWRAP_PROOF_BYTES,
  'HKDF-SHA256 of the data key ("amend journal rewrap proof v1"); only its SHA-256 is stored',
);
export const Ciphertext = Type.String({
  minLength: base64UrlLength(JOURNAL_CIPHERTEXT_MIN_BYTES),
  maxLength: base64UrlLength(JOURNAL_CIPHERTEXT_MAX_BYTES),
  pattern: BASE64URL_PATTERN,
  description: `AES-GCM ciphertext of the padded entry, ${JOURNAL_CIPHERTEXT_MIN_BYTES}–${JOURNAL_CIPHERTEXT_MAX_BYTES} bytes, base64url without padding`,
});

const { memoryKiB, iterations, parallelism } = JOURNAL_ARGON2ID_BOUNDS;

export const PassphraseWrapSchema = strictObject(
  {
    kdf: Type.Literal('argon2id'),
    memoryKiB: Type.Integer({ minimum: memoryKiB.min, maximum: memoryKiB.max }),
    iterations: Type.Integer({ minimum: iterations.min, maximum: iterations.max }),
    parallelism: Type.Integer({ minimum: parallelism.min, maximum: parallelism.max }),
    salt: Salt,
    iv: Iv,
    wrappedKey: WrappedKey,
  },
  'The data key wrapped by a key derived from the journal passphrase with Argon2id',
);

export const RecoveryWrapSchema = strictObject(
  { kdf: Type.Literal('hkdf-sha256'), salt: Salt, iv: Iv, wrappedKey: WrappedKey },
  'The data key wrapped by a key derived from the recovery key with HKDF-SHA256',
);

export const KeyringBody = strictObject({
  format: Type.Literal(1, { description: 'The layout of what the browser encrypts' }),
  passphrase: PassphraseWrapSchema,
  recovery: RecoveryWrapSchema,
  rewrapProof: RewrapProof,
});

export const RewrapBody = strictObject({
  version: Type.Integer({
    minimum: 1,
    description: 'The keyring version this change was made from; a newer one answers 409',
  }),
  rewrapProof: RewrapProof,
  passphrase: PassphraseWrapSchema,
});

const KeyringSchema = Type.Object({
  format: Type.Integer(),
  version: Type.Integer(),
  passphrase: Type.Object({
    kdf: Type.Literal('argon2id'),
    memoryKiB: Type.Integer(),
    iterations: Type.Integer(),
    parallelism: Type.Integer(),
    salt: Type.String(),
    iv: Type.String(),
    wrappedKey: Type.String(),
  }),
  recovery: Type.Object({
    kdf: Type.Literal('hkdf-sha256'),
    salt: Type.String(),
    iv: Type.String(),
    wrappedKey: Type.String(),
  }),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});

export const KeyringEnvelope = Type.Object({
  keyring: Type.Union([KeyringSchema, Type.Null()], {
    description: 'null until the journal is set up',
  }),
});

export const EntryBody = strictObject({
  iv: Iv,
  ciphertext: Ciphertext,
  idempotencyKey: Type.Optional(
    Type.String({ format: 'uuid', description: 'Send the same key when retrying' }),
  ),
});
export const EntryChangeBody = strictObject({ iv: Iv, ciphertext: Ciphertext });
export const EntryParams = strictObject({ entryId: Uuid });

/** Where the next page starts: the last entry's creation time and id, as "<ISO time>_<uuid>". */
export const CURSOR_PATTERN =
  '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z_[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
export const EntriesQuery = strictObject({
  before: Type.Optional(
    Type.String({ pattern: CURSOR_PATTERN, maxLength: 61, description: 'nextCursor of a page' }),
  ),
});

const EntrySchema = Type.Object({
  id: Uuid,
  iv: Type.String(),
  ciphertext: Type.String(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export const EntryEnvelope = Type.Object({ entry: EntrySchema });
export const EntriesPage = Type.Object({
  entries: Type.Array(EntrySchema, { description: 'Newest first' }),
  nextCursor: Type.Union([Type.String(), Type.Null()], {
    description: 'Pass as ?before= for older entries; null when there are none',
  }),
});
