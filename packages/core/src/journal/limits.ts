/**
 * The private journal's limits, shared by the browser that encrypts entries and the server that
 * stores them without being able to read them. The server can only check sizes and formats of
 * opaque bytes, so these are the only rules it enforces.
 */

/** Longest entry a person can write, in characters (about 3,500 words). */
export const JOURNAL_ENTRY_MAX_CHARACTERS = 20_000;

/**
 * Entries are padded to a multiple of this many bytes before encryption, so the stored size
 * says roughly how long an entry is, never exactly.
 */
export const JOURNAL_PADDING_BLOCK_BYTES = 256;

/**
 * The largest padded plaintext: 20,000 UTF-16 code units are at most 60,000 UTF-8 bytes, plus a
 * five-byte header, rounded up to whole blocks, which stays under 64 KiB.
 */
export const JOURNAL_PAYLOAD_MAX_BYTES = 65_536;

/** AES-GCM appends a 16-byte authentication tag; its nonce (IV) is 12 bytes. */
export const AES_GCM_TAG_BYTES = 16;
export const AES_GCM_IV_BYTES = 12;

/** What the server accepts as an entry's ciphertext. */
export const JOURNAL_CIPHERTEXT_MIN_BYTES = JOURNAL_PADDING_BLOCK_BYTES + AES_GCM_TAG_BYTES;
export const JOURNAL_CIPHERTEXT_MAX_BYTES = JOURNAL_PAYLOAD_MAX_BYTES + AES_GCM_TAG_BYTES;

/** The data key is a 256-bit AES-GCM key; wrapped, it carries the tag as well. */
export const JOURNAL_DATA_KEY_BYTES = 32;
export const JOURNAL_WRAPPED_KEY_BYTES = JOURNAL_DATA_KEY_BYTES + AES_GCM_TAG_BYTES;
export const JOURNAL_SALT_BYTES = 16;
/** Proves, when the passphrase is changed, that the browser really holds the data key. */
export const JOURNAL_REWRAP_PROOF_BYTES = 32;

export interface Argon2idParameters {
  /** Memory in KiB. */
  readonly memoryKiB: number;
  readonly iterations: number;
  readonly parallelism: number;
}

/**
 * What new journals use: RFC 9106's second recommended setting (64 MiB, three passes), which
 * takes well under a second on a laptop and a few seconds on an older phone. Parameters are
 * stored with each keyring, so they can be raised later without locking anyone out.
 */
export const JOURNAL_ARGON2ID_DEFAULTS: Argon2idParameters = {
  memoryKiB: 65_536,
  iterations: 3,
  parallelism: 1,
};

/**
 * The weakest and strongest parameters the server will store. The floor is OWASP's minimum for
 * Argon2id (19 MiB, two passes), so a faulty or hostile client cannot quietly weaken a journal;
 * the ceiling keeps a phone from being asked for more memory than it has.
 */
export const JOURNAL_ARGON2ID_BOUNDS = {
  memoryKiB: { min: 19_456, max: 1_048_576 },
  iterations: { min: 2, max: 20 },
  parallelism: { min: 1, max: 4 },
} as const;

/** Entries come newest first, this many to a page unless the client asks for fewer. */
export const JOURNAL_PAGE_SIZE_DEFAULT = 20;
export const JOURNAL_PAGE_SIZE_MAX = 50;

/** Bytes a padded payload of `contentBytes` takes: whole blocks, never empty. */
export function paddedPayloadBytes(contentBytes: number): number {
  const blocks = Math.max(1, Math.ceil(contentBytes / JOURNAL_PADDING_BLOCK_BYTES));
  return blocks * JOURNAL_PADDING_BLOCK_BYTES;
}
