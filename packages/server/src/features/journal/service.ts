import { createHash, timingSafeEqual } from 'node:crypto';
import { DomainError, JOURNAL_PAGE_SIZE_DEFAULT, mayUseJournal, type UserId } from '@amend/core';
import type { AppDeps, RequestOrigin } from '../../platform/deps.js';
import { newId } from '../../platform/tokens.js';
import { type AuditAction, recordAuditEvent } from '../audit/store.js';
import {
  type EntryView,
  fromBase64Url,
  type KeyringInput,
  type KeyringView,
  type PassphraseWrapInput,
  passphraseWrapRow,
  presentEntry,
  presentKeyring,
  type SealedEntryInput,
  sameKeyring,
  sealedEntry,
} from './presenters.js';
import * as store from './store.js';

/**
 * The private journal. Everything here handles bytes the browser encrypted; nothing in this file
 * (or in the audit trail it writes) can see what an entry says. Journals belong to a person:
 * no space is needed, and nobody else, partner included, can reach one.
 */

function proofHash(proof: string): Buffer {
  return createHash('sha256').update(fromBase64Url(proof, 'rewrapProof')).digest();
}

/** Audit events say that something happened to the journal, never what it says. */
function audit(
  deps: AppDeps,
  userId: string,
  action: AuditAction,
  origin: RequestOrigin,
  details: Record<string, string | number> = {},
): Promise<void> {
  return recordAuditEvent(
    deps.db,
    { action, actorUserId: userId, subjectUserId: userId, origin, details },
    deps.now(),
  );
}

/** The store only ever looks in the person's own journal; the policy is a second lock on that. */
function ownedBy<T extends { owner_user_id: string }>(userId: string, row: T | null): T | null {
  return row && mayUseJournal({ userId: userId as UserId }, row.owner_user_id as UserId)
    ? row
    : null;
}

const NO_SUCH_ENTRY = 'There is no journal entry of yours with that id.';

export async function readKeyring(
  deps: AppDeps,
  userId: string,
  origin: RequestOrigin,
): Promise<KeyringView | null> {
  const keyring = await store.findKeyring(deps.db, userId);
  // Fetching the wrapped keys is the first step of unlocking, so it is what the access log shows.
  if (keyring) await audit(deps, userId, 'journal.keyring_read', origin);
  return keyring ? presentKeyring(keyring) : null;
}

/**
 * Sets up the journal once. Sending the same keyring again (a retry) answers as before; a
 * different one is refused, because replacing a keyring would lock away every entry.
 */
export async function setUpJournal(
  deps: AppDeps,
  userId: string,
  input: KeyringInput,
  origin: RequestOrigin,
): Promise<{ keyring: KeyringView; created: boolean }> {
  const at = deps.now();
  const row: store.KeyringRow = {
    user_id: userId,
    format: input.format,
    kdf: input.passphrase.kdf,
    ...passphraseWrapRow(input.passphrase),
    recovery_kdf: input.recovery.kdf,
    recovery_salt: fromBase64Url(input.recovery.salt, 'recovery.salt'),
    recovery_iv: fromBase64Url(input.recovery.iv, 'recovery.iv'),
    recovery_wrapped_key: fromBase64Url(input.recovery.wrappedKey, 'recovery.wrappedKey'),
    rewrap_proof_hash: proofHash(input.rewrapProof),
    version: 1,
    created_at: at,
    updated_at: at,
  };
  if (await store.insertKeyring(deps.db, row)) {
    await audit(deps, userId, 'journal.set_up', origin);
    return { keyring: presentKeyring(row), created: true };
  }
  const existing = await store.findKeyring(deps.db, userId);
  if (existing && sameKeyring(existing, row)) {
    return { keyring: presentKeyring(existing), created: false };
  }
  throw new DomainError(
    'JOURNAL_EXISTS',
    'Your journal is already set up. Unlock it with your passphrase or your recovery key.',
  );
}

/**
 * A new passphrase: only the passphrase wrapping of the data key changes; entries stay as they
 * are. The proof shows the browser unwrapped the real data key, so a session alone is not enough
 * to lock the owner out by replacing the wrapping with one nobody can open.
 */
export async function changePassphrase(
  deps: AppDeps,
  userId: string,
  input: { version: number; rewrapProof: string; passphrase: PassphraseWrapInput },
  origin: RequestOrigin,
): Promise<KeyringView> {
  const keyring = await store.findKeyring(deps.db, userId);
  if (!keyring) throw new DomainError('NOT_FOUND', 'You have not set up a journal yet.');
  const presented = proofHash(input.rewrapProof);
  if (!timingSafeEqual(presented, keyring.rewrap_proof_hash)) {
    throw new DomainError(
      'JOURNAL_KEY_MISMATCH',
      'This change was not made with your journal’s key, so nothing was changed. Unlock your journal and try again.',
    );
  }
  const updated = await store.rewrapKeyring(
    deps.db,
    userId,
    input.version,
    passphraseWrapRow(input.passphrase),
    deps.now(),
  );
  if (!updated) {
    throw new DomainError(
      'JOURNAL_KEYRING_CHANGED',
      'Your journal passphrase was changed somewhere else in the meantime, so nothing was changed here. Unlock with the newest passphrase and try again.',
    );
  }
  await audit(deps, userId, 'journal.passphrase_changed', origin, { version: updated.version });
  return presentKeyring(updated);
}

/** Deletes the keyring and every entry: the way to start again when both keys are forgotten. */
export async function deleteJournal(
  deps: AppDeps,
  userId: string,
  origin: RequestOrigin,
): Promise<void> {
  if (!(await store.deleteJournal(deps.db, userId))) {
    throw new DomainError('NOT_FOUND', 'You have no journal to delete.');
  }
  await audit(deps, userId, 'journal.deleted', origin);
}

function parseCursor(cursor: string | undefined): { createdAt: Date; id: string } | null {
  if (cursor === undefined) return null;
  const [time = '', id = ''] = cursor.split('_');
  const createdAt = new Date(time);
  if (Number.isNaN(createdAt.getTime())) {
    throw new DomainError('VALIDATION_FAILED', 'That page of the journal does not exist.', [
      { field: 'before', message: 'Use the nextCursor of the page before.' },
    ]);
  }
  return { createdAt, id: id.toLowerCase() };
}

export async function listEntries(
  deps: AppDeps,
  userId: string,
  before: string | undefined,
): Promise<{ entries: EntryView[]; nextCursor: string | null }> {
  const rows = await store.listEntries(
    deps.db,
    userId,
    parseCursor(before),
    JOURNAL_PAGE_SIZE_DEFAULT + 1,
  );
  const page = rows
    .slice(0, JOURNAL_PAGE_SIZE_DEFAULT)
    .flatMap((row) => ownedBy(userId, row) ?? []);
  const last = page.at(-1);
  const hasMore = rows.length > JOURNAL_PAGE_SIZE_DEFAULT;
  return {
    entries: page.map(presentEntry),
    nextCursor: hasMore && last ? `${last.created_at.toISOString()}_${last.id}` : null,
  };
}

/** Retried posts with the same idempotency key are stored once and answered with that entry. */
export async function createEntry(
  deps: AppDeps,
  userId: string,
  input: SealedEntryInput & { idempotencyKey?: string | undefined },
  origin: RequestOrigin,
): Promise<{ entry: EntryView; created: boolean }> {
  const key = input.idempotencyKey?.toLowerCase() ?? null;
  if (key) {
    const earlier = ownedBy(
      userId,
      await store.findEntry(deps.db, userId, { idempotencyKey: key }),
    );
    if (earlier) return { entry: presentEntry(earlier), created: false };
  }
  if (!(await store.findKeyring(deps.db, userId))) {
    throw new DomainError(
      'JOURNAL_NOT_SET_UP',
      'Set up your journal first: entries are locked with a key it creates.',
    );
  }
  const at = deps.now();
  const inserted = await store.insertEntry(deps.db, {
    owner_user_id: userId,
    id: newId(),
    ...sealedEntry(input),
    idempotency_key: key,
    created_at: at,
    updated_at: at,
  });
  // Null only when a simultaneous retry with the same key got there first.
  const entry =
    inserted ?? (key ? await store.findEntry(deps.db, userId, { idempotencyKey: key }) : null);
  if (!entry) throw new Error('a journal entry was neither inserted nor found by its key');
  if (inserted) await audit(deps, userId, 'journal.entry_created', origin, { entryId: entry.id });
  return { entry: presentEntry(entry), created: inserted !== null };
}

export async function changeEntry(
  deps: AppDeps,
  userId: string,
  entryId: string,
  input: SealedEntryInput,
  origin: RequestOrigin,
): Promise<EntryView> {
  const existing = ownedBy(userId, await store.findEntry(deps.db, userId, { id: entryId }));
  if (!existing) throw new DomainError('NOT_FOUND', NO_SUCH_ENTRY);
  const updated = await store.updateEntry(deps.db, userId, entryId, sealedEntry(input), deps.now());
  if (!updated) throw new DomainError('NOT_FOUND', NO_SUCH_ENTRY);
  await audit(deps, userId, 'journal.entry_changed', origin, { entryId });
  return presentEntry(updated);
}

export async function deleteEntry(
  deps: AppDeps,
  userId: string,
  entryId: string,
  origin: RequestOrigin,
): Promise<void> {
  const existing = ownedBy(userId, await store.findEntry(deps.db, userId, { id: entryId }));
  if (!existing || !(await store.deleteEntry(deps.db, userId, entryId))) {
    throw new DomainError('NOT_FOUND', NO_SUCH_ENTRY);
  }
  await audit(deps, userId, 'journal.entry_deleted', origin, { entryId });
}
