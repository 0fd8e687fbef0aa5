import {
  AES_GCM_IV_BYTES,
  type Argon2idParameters,
  formatRecoveryKey,
  JOURNAL_ARGON2ID_DEFAULTS,
  JOURNAL_DATA_KEY_BYTES,
  JOURNAL_ENTRY_MAX_CHARACTERS,
  JOURNAL_PAYLOAD_MAX_BYTES,
  JOURNAL_SALT_BYTES,
  normalizeRecoveryKey,
  paddedPayloadBytes,
  RECOVERY_KEY_LENGTH,
} from '@amend/core';

/**
 * The journal's key hierarchy, in the browser only (after Standard Notes): a random 256-bit data
 * key encrypts every entry with AES-GCM. The data key is stored on the server only wrapped:
 * once by a key derived from the passphrase with Argon2id, once by a key derived from the
 * recovery key with HKDF. A new passphrase re-wraps the data key; entries are never re-encrypted.
 * Pure functions over WebCrypto (globalThis.crypto.subtle), so Node runs them in tests as well.
 */

export type Bytes = Uint8Array<ArrayBuffer>;

/**
 * Derives 32 key bytes from a passphrase with Argon2id (argon2.ts), injected so the browser can
 * run it in a worker while tests run it directly.
 */
export type Argon2idDeriver = (
  passphrase: string,
  salt: Bytes,
  parameters: Argon2idParameters,
) => Promise<Bytes>;

const subtle = () => globalThis.crypto.subtle;
export type JournalKey = Awaited<ReturnType<ReturnType<typeof subtle>['importKey']>>;

// Associated data names what each ciphertext is, so one can never pass for another.
const DATA_KEY_LABEL = 'amend journal data key v1';
const ENTRY_LABEL = 'amend journal entry v1';
const RECOVERY_INFO = 'amend journal recovery key v1';
const PROOF_INFO = 'amend journal rewrap proof v1';
const ENTRY_FORMAT = 1;
const ENTRY_HEADER_BYTES = 5;

const encoder = new TextEncoder();

export type JournalCryptoProblem =
  | 'wrong-passphrase'
  | 'wrong-recovery-key'
  | 'malformed-recovery-key'
  | 'entry-too-long'
  | 'entry-unreadable';

/** A failure the person can act on (a mistyped key); carries which one. */
export class JournalCryptoError extends Error {
  constructor(readonly problem: JournalCryptoProblem) {
    super(`journal: ${problem}`);
    this.name = 'JournalCryptoError';
  }
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Bytes {
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

function randomBytes(length: number): Bytes {
  return globalThis.crypto.getRandomValues(new Uint8Array(length));
}

function aesKey(raw: Bytes, extractable = false): Promise<JournalKey> {
  return subtle().importKey('raw', raw, { name: 'AES-GCM' }, extractable, ['encrypt', 'decrypt']);
}

async function seal(key: JournalKey, plaintext: Bytes, label: string) {
  const iv = randomBytes(AES_GCM_IV_BYTES);
  const sealed = await subtle().encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(label) },
    key,
    plaintext,
  );
  return { iv: toBase64Url(iv), ciphertext: new Uint8Array(sealed) };
}

/** Null when the key is wrong or the bytes were changed: AES-GCM cannot tell which. */
async function open(key: JournalKey, iv: string, ciphertext: string, label: string) {
  try {
    const plain = await subtle().decrypt(
      { name: 'AES-GCM', iv: fromBase64Url(iv), additionalData: encoder.encode(label) },
      key,
      fromBase64Url(ciphertext),
    );
    return new Uint8Array(plain);
  } catch {
    return null;
  }
}

/** The wire shapes of the keyring, exactly as the server stores and returns them. */
export interface PassphraseWrap extends Argon2idParameters {
  readonly kdf: 'argon2id';
  readonly salt: string;
  readonly iv: string;
  readonly wrappedKey: string;
}
export interface RecoveryWrap {
  readonly kdf: 'hkdf-sha256';
  readonly salt: string;
  readonly iv: string;
  readonly wrappedKey: string;
}
export interface StoredKeyring {
  readonly format: number;
  readonly version: number;
  readonly passphrase: PassphraseWrap;
  readonly recovery: RecoveryWrap;
}
export interface NewKeyringRequest {
  readonly format: 1;
  readonly passphrase: PassphraseWrap;
  readonly recovery: RecoveryWrap;
  readonly rewrapProof: string;
}
export interface RewrapRequest {
  readonly version: number;
  readonly rewrapProof: string;
  readonly passphrase: PassphraseWrap;
}

/** What an unlocked journal holds in memory: the data key, which cannot be exported. */
export interface UnlockedJournal {
  readonly key: JournalKey;
}

async function passphraseKey(
  passphrase: string,
  salt: Bytes,
  parameters: Argon2idParameters,
  derive: Argon2idDeriver,
): Promise<JournalKey> {
  const bytes = await derive(passphrase, salt, parameters);
  try {
    return await aesKey(bytes);
  } finally {
    bytes.fill(0);
  }
}

/**
 * The recovery key already carries 125 random bits, far beyond guessing, so a slow derivation
 * would add nothing but waiting: HKDF-SHA256 turns it into a wrapping key.
 */
async function recoveryKeyKey(recoveryKey: string, salt: Bytes): Promise<JournalKey> {
  const material = await subtle().importKey(
    'raw',
    encoder.encode(recoveryKey.replaceAll('-', '')),
    'HKDF',
    false,
    ['deriveKey'],
  );
  return subtle().deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt, info: encoder.encode(RECOVERY_INFO) },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** A value only someone holding the data key can compute; the server keeps its SHA-256. */
async function rewrapProof(dataKey: Bytes): Promise<string> {
  const material = await subtle().importKey('raw', dataKey, 'HKDF', false, ['deriveBits']);
  const bits = await subtle().deriveBits(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: encoder.encode(PROOF_INFO) },
    material,
    256,
  );
  return toBase64Url(new Uint8Array(bits));
}

async function wrapForPassphrase(
  dataKey: Bytes,
  passphrase: string,
  parameters: Argon2idParameters,
  derive: Argon2idDeriver,
): Promise<PassphraseWrap> {
  const salt = randomBytes(JOURNAL_SALT_BYTES);
  const key = await passphraseKey(passphrase, salt, parameters, derive);
  const { iv, ciphertext } = await seal(key, dataKey, DATA_KEY_LABEL);
  return {
    kdf: 'argon2id',
    ...parameters,
    salt: toBase64Url(salt),
    iv,
    wrappedKey: toBase64Url(ciphertext),
  };
}

async function unlocked(dataKey: Bytes): Promise<UnlockedJournal> {
  return { key: await aesKey(dataKey) };
}

export interface CreatedKeyring {
  /** What to send to PUT /api/v1/journal/keyring once the recovery key is written down. */
  readonly request: NewKeyringRequest;
  /** Shown once, never sent anywhere. */
  readonly recoveryKey: string;
  readonly journal: UnlockedJournal;
}

/** A new journal: a random data key, wrapped for the passphrase and for a new recovery key. */
export async function createKeyring(
  passphrase: string,
  derive: Argon2idDeriver,
  parameters: Argon2idParameters = JOURNAL_ARGON2ID_DEFAULTS,
): Promise<CreatedKeyring> {
  const dataKey = randomBytes(JOURNAL_DATA_KEY_BYTES);
  try {
    const recoveryKey = formatRecoveryKey(randomBytes(RECOVERY_KEY_LENGTH));
    const recoverySalt = randomBytes(JOURNAL_SALT_BYTES);
    const recoveryWrap = await seal(
      await recoveryKeyKey(recoveryKey, recoverySalt),
      dataKey,
      DATA_KEY_LABEL,
    );
    return {
      request: {
        format: 1,
        passphrase: await wrapForPassphrase(dataKey, passphrase, parameters, derive),
        recovery: {
          kdf: 'hkdf-sha256',
          salt: toBase64Url(recoverySalt),
          iv: recoveryWrap.iv,
          wrappedKey: toBase64Url(recoveryWrap.ciphertext),
        },
        rewrapProof: await rewrapProof(dataKey),
      },
      recoveryKey,
      journal: await unlocked(dataKey),
    };
  } finally {
    dataKey.fill(0);
  }
}

async function unwrapWithPassphrase(
  keyring: StoredKeyring,
  passphrase: string,
  derive: Argon2idDeriver,
): Promise<Bytes> {
  const { salt, iv, wrappedKey, kdf: _kdf, ...parameters } = keyring.passphrase;
  const key = await passphraseKey(passphrase, fromBase64Url(salt), parameters, derive);
  const dataKey = await open(key, iv, wrappedKey, DATA_KEY_LABEL);
  if (!dataKey) throw new JournalCryptoError('wrong-passphrase');
  return dataKey;
}

async function unwrapWithRecoveryKey(keyring: StoredKeyring, typed: string): Promise<Bytes> {
  const recoveryKey = normalizeRecoveryKey(typed);
  if (!recoveryKey) throw new JournalCryptoError('malformed-recovery-key');
  const { salt, iv, wrappedKey } = keyring.recovery;
  const key = await recoveryKeyKey(recoveryKey, fromBase64Url(salt));
  const dataKey = await open(key, iv, wrappedKey, DATA_KEY_LABEL);
  if (!dataKey) throw new JournalCryptoError('wrong-recovery-key');
  return dataKey;
}

export async function unlockWithPassphrase(
  keyring: StoredKeyring,
  passphrase: string,
  derive: Argon2idDeriver,
): Promise<UnlockedJournal> {
  const dataKey = await unwrapWithPassphrase(keyring, passphrase, derive);
  try {
    return await unlocked(dataKey);
  } finally {
    dataKey.fill(0);
  }
}

/** The data key under a new passphrase, unwrapped with the current one or the recovery key. */
async function rewrapFrom(
  keyring: StoredKeyring,
  dataKey: Bytes,
  newPassphrase: string,
  derive: Argon2idDeriver,
  parameters: Argon2idParameters,
): Promise<{ request: RewrapRequest; journal: UnlockedJournal }> {
  try {
    return {
      request: {
        version: keyring.version,
        rewrapProof: await rewrapProof(dataKey),
        passphrase: await wrapForPassphrase(dataKey, newPassphrase, parameters, derive),
      },
      journal: await unlocked(dataKey),
    };
  } finally {
    dataKey.fill(0);
  }
}

/** Asks for the current passphrase, so an unlocked device left unattended is not enough. */
export async function changePassphrase(
  keyring: StoredKeyring,
  currentPassphrase: string,
  newPassphrase: string,
  derive: Argon2idDeriver,
  parameters: Argon2idParameters = JOURNAL_ARGON2ID_DEFAULTS,
) {
  const dataKey = await unwrapWithPassphrase(keyring, currentPassphrase, derive);
  return rewrapFrom(keyring, dataKey, newPassphrase, derive, parameters);
}

/** For a forgotten passphrase: the recovery key opens the journal and a new passphrase is set. */
export async function recoverWithRecoveryKey(
  keyring: StoredKeyring,
  recoveryKey: string,
  newPassphrase: string,
  derive: Argon2idDeriver,
  parameters: Argon2idParameters = JOURNAL_ARGON2ID_DEFAULTS,
) {
  const dataKey = await unwrapWithRecoveryKey(keyring, recoveryKey);
  return rewrapFrom(keyring, dataKey, newPassphrase, derive, parameters);
}

export interface SealedEntry {
  readonly iv: string;
  readonly ciphertext: string;
}

/**
 * Layout of what is encrypted: one format byte, the text's UTF-8 length (4 bytes, big-endian),
 * the text, then zeros up to a whole 256-byte block, so the ciphertext's size hints at an
 * entry's length without telling it.
 */
function encodeEntry(text: string): Bytes {
  if (text.length > JOURNAL_ENTRY_MAX_CHARACTERS) throw new JournalCryptoError('entry-too-long');
  const body = encoder.encode(text);
  const size = paddedPayloadBytes(ENTRY_HEADER_BYTES + body.length);
  if (size > JOURNAL_PAYLOAD_MAX_BYTES) throw new JournalCryptoError('entry-too-long');
  const payload = new Uint8Array(size);
  payload[0] = ENTRY_FORMAT;
  new DataView(payload.buffer).setUint32(1, body.length);
  payload.set(body, ENTRY_HEADER_BYTES);
  return payload;
}

function decodeEntry(payload: Bytes): string {
  if (payload.length < ENTRY_HEADER_BYTES || payload[0] !== ENTRY_FORMAT) {
    throw new JournalCryptoError('entry-unreadable');
  }
  const length = new DataView(payload.buffer).getUint32(1);
  if (ENTRY_HEADER_BYTES + length > payload.length)
    throw new JournalCryptoError('entry-unreadable');
  return new TextDecoder('utf-8', { fatal: true }).decode(
    payload.subarray(ENTRY_HEADER_BYTES, ENTRY_HEADER_BYTES + length),
  );
}

export async function encryptEntry(journal: UnlockedJournal, text: string): Promise<SealedEntry> {
  const { iv, ciphertext } = await seal(journal.key, encodeEntry(text), ENTRY_LABEL);
  return { iv, ciphertext: toBase64Url(ciphertext) };
}

export async function decryptEntry(journal: UnlockedJournal, entry: SealedEntry): Promise<string> {
  const payload = await open(journal.key, entry.iv, entry.ciphertext, ENTRY_LABEL);
  if (!payload) throw new JournalCryptoError('entry-unreadable');
  return decodeEntry(payload);
}
