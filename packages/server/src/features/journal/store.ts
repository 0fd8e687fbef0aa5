import type { Selectable } from 'kysely';
import type { AmendDb } from '../../db/database.js';
import type { JournalEntriesTable, JournalKeyringsTable } from '../../db/schema.js';

export type KeyringRow = Selectable<JournalKeyringsTable>;
export type EntryRow = Omit<Selectable<JournalEntriesTable>, 'idempotency_key'>;

/** The passphrase half of a keyring: what a passphrase change replaces. */
export interface PassphraseWrapRow {
  readonly kdf_memory_kib: number;
  readonly kdf_iterations: number;
  readonly kdf_parallelism: number;
  readonly passphrase_salt: Buffer;
  readonly passphrase_iv: Buffer;
  readonly passphrase_wrapped_key: Buffer;
}

export async function findKeyring(db: AmendDb, userId: string): Promise<KeyringRow | null> {
  const row = await db
    .selectFrom('journal_keyrings')
    .selectAll()
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row ?? null;
}

/** Inserts unless the person already has a keyring; returns false in that case. */
export async function insertKeyring(db: AmendDb, keyring: KeyringRow): Promise<boolean> {
  const inserted = await db
    .insertInto('journal_keyrings')
    .values(keyring)
    .onConflict((conflict) => conflict.column('user_id').doNothing())
    .returning('user_id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/**
 * Replaces the passphrase wrapping, only if the keyring is still at the version the browser
 * started from (so two devices changing the passphrase at once cannot silently overwrite each
 * other). Returns null when the version has moved on.
 */
export async function rewrapKeyring(
  db: AmendDb,
  userId: string,
  expectedVersion: number,
  wrap: PassphraseWrapRow,
  at: Date,
): Promise<KeyringRow | null> {
  const row = await db
    .updateTable('journal_keyrings')
    .set((eb) => ({ ...wrap, version: eb('version', '+', 1), updated_at: at }))
    .where('user_id', '=', userId)
    .where('version', '=', expectedVersion)
    .returningAll()
    .executeTakeFirst();
  return row ?? null;
}

/** Removes the keyring and, through the foreign key, every entry with it. */
export async function deleteJournal(db: AmendDb, userId: string): Promise<boolean> {
  const deleted = await db
    .deleteFrom('journal_keyrings')
    .where('user_id', '=', userId)
    .returning('user_id')
    .executeTakeFirst();
  return deleted !== undefined;
}

const ENTRY_COLUMNS = [
  'owner_user_id',
  'id',
  'iv',
  'ciphertext',
  'created_at',
  'updated_at',
] as const;

/**
 * One page of a person's entries, newest first, starting after `before` (the creation time and
 * id of the last entry of the previous page). Asks for one more than a page to know if there
 * are older ones.
 */
export async function listEntries(
  db: AmendDb,
  ownerUserId: string,
  before: { createdAt: Date; id: string } | null,
  limit: number,
): Promise<EntryRow[]> {
  let query = db
    .selectFrom('journal_entries')
    .select(ENTRY_COLUMNS)
    .where('owner_user_id', '=', ownerUserId);
  if (before) {
    query = query.where((eb) =>
      eb(eb.refTuple('created_at', 'id'), '<', eb.tuple(before.createdAt, before.id)),
    );
  }
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

/** One entry, looked for only in this person's journal (or by the key it was sent with). */
export async function findEntry(
  db: AmendDb,
  ownerUserId: string,
  by: { id: string } | { idempotencyKey: string },
): Promise<EntryRow | null> {
  let query = db
    .selectFrom('journal_entries')
    .select(ENTRY_COLUMNS)
    .where('owner_user_id', '=', ownerUserId);
  query =
    'id' in by
      ? query.where('id', '=', by.id)
      : query.where('idempotency_key', '=', by.idempotencyKey);
  return (await query.executeTakeFirst()) ?? null;
}

/** Inserts unless this idempotency key was used already; returns null in that case. */
export async function insertEntry(
  db: AmendDb,
  entry: EntryRow & { idempotency_key: string | null },
): Promise<EntryRow | null> {
  const row = await db
    .insertInto('journal_entries')
    .values(entry)
    .onConflict((conflict) =>
      conflict
        .columns(['owner_user_id', 'idempotency_key'])
        .where('idempotency_key', 'is not', null)
        .doNothing(),
    )
    .returning(ENTRY_COLUMNS)
    .executeTakeFirst();
  return row ?? null;
}

export async function updateEntry(
  db: AmendDb,
  ownerUserId: string,
  id: string,
  sealed: { iv: Buffer; ciphertext: Buffer },
  at: Date,
): Promise<EntryRow | null> {
  const row = await db
    .updateTable('journal_entries')
    .set({ iv: sealed.iv, ciphertext: sealed.ciphertext, updated_at: at })
    .where('owner_user_id', '=', ownerUserId)
    .where('id', '=', id)
    .returning(ENTRY_COLUMNS)
    .executeTakeFirst();
  return row ?? null;
}

export async function deleteEntry(db: AmendDb, ownerUserId: string, id: string): Promise<boolean> {
  const deleted = await db
    .deleteFrom('journal_entries')
    .where('owner_user_id', '=', ownerUserId)
    .where('id', '=', id)
    .returning('id')
    .executeTakeFirst();
  return deleted !== undefined;
}
