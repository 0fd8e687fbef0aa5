import { JOURNAL_ARGON2ID_BOUNDS } from '@amend/core';
import { expect } from 'vitest';
import { argon2idBytes } from '../../../web/src/features/journal/argon2.js';
import {
  changePassphrase,
  createKeyring,
  encryptEntry,
  type NewKeyringRequest,
  type RewrapRequest,
  type SealedEntry,
  type StoredKeyring,
  type UnlockedJournal,
} from '../../../web/src/features/journal/crypto.js';
import type { SignedUpPerson } from './factories.js';

/** The weakest Argon2id parameters the server accepts, so tests derive keys in milliseconds. */
export const FAST_ARGON2ID = {
  memoryKiB: JOURNAL_ARGON2ID_BOUNDS.memoryKiB.min,
  iterations: JOURNAL_ARGON2ID_BOUNDS.iterations.min,
  parallelism: 1,
};
export const JOURNAL_PASSPHRASE = 'lanterns over the quiet harbour';

export interface JournalOf {
  readonly journal: UnlockedJournal;
  readonly keyring: StoredKeyring;
  readonly recoveryKey: string;
}

/** Sets up a journal through the API, with the keyring made by the browser's own code. */
export async function setUpJournal(person: SignedUpPerson): Promise<JournalOf> {
  const created = await createKeyring(JOURNAL_PASSPHRASE, argon2idBytes, FAST_ARGON2ID);
  const response = await person.client.request('PUT', '/api/v1/journal/keyring', created.request);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return {
    journal: created.journal,
    keyring: { ...created.request, version: 1 },
    recoveryKey: created.recoveryKey,
  };
}

/** Encrypts `text` as the browser would and stores it; returns the stored entry. */
export async function writeEntry(
  person: SignedUpPerson,
  journal: UnlockedJournal,
  text: string,
  idempotencyKey?: string,
) {
  const sealed = await encryptEntry(journal, text);
  const response = await person.client.post('/api/v1/journal/entries', {
    ...sealed,
    ...(idempotencyKey ? { idempotencyKey } : {}),
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body.entry as { id: string; iv: string; ciphertext: string; createdAt: string };
}

export interface JournalRequests {
  readonly keyring: NewKeyringRequest;
  readonly entry: SealedEntry;
  readonly rewrap: RewrapRequest;
}

let requests: Promise<JournalRequests> | null = null;

/**
 * Ready-made request bodies for tests that only need a journal to exist (the authorization
 * matrix builds hundreds): a keyring, one entry and a passphrase change, made once by the
 * browser's code and reused by every person who needs them.
 */
export function journalRequests(): Promise<JournalRequests> {
  requests ??= (async () => {
    const created = await createKeyring(JOURNAL_PASSPHRASE, argon2idBytes, FAST_ARGON2ID);
    const keyring: StoredKeyring = { ...created.request, version: 1 };
    const changed = await changePassphrase(
      keyring,
      JOURNAL_PASSPHRASE,
      'a new matrix passphrase',
      argon2idBytes,
      FAST_ARGON2ID,
    );
    return {
      keyring: created.request,
      entry: await encryptEntry(created.journal, 'A private matrix journal entry.'),
      rewrap: changed.request,
    };
  })();
  return requests;
}
