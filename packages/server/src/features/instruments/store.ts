import { type InstrumentDefinition, type InstrumentOwnership, mayAddVersion } from '@amend/core';
import { sql } from 'kysely';
import type { AmendDb } from '../../db/database.js';
import { ownerColumnOf, ownershipOf } from './ownership.js';

export interface ImportedInstrumentRow {
  readonly definition: InstrumentDefinition;
  readonly sourceQuestionnaire: unknown;
  readonly importedBy: string | null;
  readonly importedAt: Date;
  readonly retiredAt: Date | null;
  readonly ownership: InstrumentOwnership;
}

function toRow(row: {
  definition: unknown;
  source_questionnaire: unknown;
  imported_by: string | null;
  imported_at: Date;
  retired_at: Date | null;
  owner_therapist_user_id: string | null;
}): ImportedInstrumentRow {
  return {
    // Written only by addVersion from a definition core has validated.
    definition: row.definition as InstrumentDefinition,
    sourceQuestionnaire: row.source_questionnaire,
    importedBy: row.imported_by,
    importedAt: row.imported_at,
    retiredAt: row.retired_at,
    ownership: ownershipOf(row.owner_therapist_user_id),
  };
}

const COLUMNS = [
  'definition',
  'source_questionnaire',
  'imported_by',
  'imported_at',
  'retired_at',
  'owner_therapist_user_id',
] as const;

/**
 * The versions on offer now, one per instrument, oldest import first: the shared catalogue's and
 * those of the therapists named (whose own instruments the caller may be shown; none by default).
 */
export async function listActive(
  db: AmendDb,
  ownersShown: readonly string[] = [],
): Promise<ImportedInstrumentRow[]> {
  const rows = await db
    .selectFrom('imported_instruments')
    .select(COLUMNS)
    .where('retired_at', 'is', null)
    .where((eb) =>
      ownersShown.length === 0
        ? eb('owner_therapist_user_id', 'is', null)
        : eb.or([
            eb('owner_therapist_user_id', 'is', null),
            eb('owner_therapist_user_id', 'in', [...ownersShown]),
          ]),
    )
    .orderBy('imported_at')
    .execute();
  return rows.map(toRow);
}

/** Every version one owner ever imported (the shared catalogue's, or one therapist's), newest first. */
export async function listAll(
  db: AmendDb,
  ownership: InstrumentOwnership,
): Promise<ImportedInstrumentRow[]> {
  const owner = ownerColumnOf(ownership);
  const rows = await db
    .selectFrom('imported_instruments')
    .select(COLUMNS)
    .where('owner_therapist_user_id', owner === null ? 'is' : '=', owner)
    .orderBy('imported_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map(toRow);
}

export async function findVersion(
  db: AmendDb,
  id: string,
  version: string,
): Promise<ImportedInstrumentRow | undefined> {
  const row = await db
    .selectFrom('imported_instruments')
    .select(COLUMNS)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return row ? toRow(row) : undefined;
}

/** The version of an instrument on offer now, if any. */
export async function findActive(
  db: AmendDb,
  id: string,
): Promise<ImportedInstrumentRow | undefined> {
  const row = await db
    .selectFrom('imported_instruments')
    .select(COLUMNS)
    .where('id', '=', id)
    .where('retired_at', 'is', null)
    .executeTakeFirst();
  return row ? toRow(row) : undefined;
}

/**
 * For each id, its newest version: the one on offer, or else the one retired last. Answers already
 * given are shown with it after the instrument stops being offered.
 */
export async function latestVersions(
  db: AmendDb,
  ids: readonly string[],
): Promise<ImportedInstrumentRow[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('imported_instruments')
    .select(COLUMNS)
    .distinctOn('id')
    .where('id', 'in', [...ids])
    .orderBy('id')
    .orderBy(sql`retired_at IS NOT NULL`)
    .orderBy('imported_at', 'desc')
    .execute();
  return rows.map(toRow);
}

export type AddOutcome = 'added' | 'version-exists' | 'id-taken';

/**
 * Adds a version and makes it the one on offer, retiring the version before it in the same
 * transaction. Says 'version-exists' when this exact id and version were imported before, and
 * 'id-taken' when the id belongs to another owner (core's mayAddVersion), changing nothing.
 */
export async function addVersion(
  db: AmendDb,
  input: {
    definition: InstrumentDefinition;
    sourceQuestionnaire: unknown;
    importedBy: string;
    ownership: InstrumentOwnership;
    at: Date;
  },
): Promise<AddOutcome> {
  return db.transaction().execute(async (trx) => {
    // Two imports of one instrument at once must not both find "no active version".
    await sql`SELECT pg_advisory_xact_lock(hashtext(${`instrument:${input.definition.id}`}))`.execute(
      trx,
    );
    const earlier = await trx
      .selectFrom('imported_instruments')
      .select(['version', 'owner_therapist_user_id'])
      .where('id', '=', input.definition.id)
      .execute();
    if (
      earlier.some(
        (row) => !mayAddVersion(ownershipOf(row.owner_therapist_user_id), input.ownership),
      )
    ) {
      return 'id-taken';
    }
    if (earlier.some((row) => row.version === input.definition.version)) return 'version-exists';
    await trx
      .updateTable('imported_instruments')
      .set({ retired_at: input.at })
      .where('id', '=', input.definition.id)
      .where('retired_at', 'is', null)
      .execute();
    await trx
      .insertInto('imported_instruments')
      .values({
        id: input.definition.id,
        version: input.definition.version,
        definition: JSON.stringify(input.definition),
        source_questionnaire: JSON.stringify(input.sourceQuestionnaire),
        imported_by: input.importedBy,
        imported_at: input.at,
        retired_at: null,
        owner_therapist_user_id: ownerColumnOf(input.ownership),
      })
      .execute();
    return 'added';
  });
}

/**
 * Stops offering the version of `id` on offer, if it is `ownership`'s. It also stops being asked
 * for: every assignment of it ends at the same moment (a therapist's own instrument has an id only
 * that therapist's assignments use; a shared one may be asked for by any therapist), so no
 * reminder names a questionnaire that is no longer offered. Returns false when nothing changed.
 */
export async function retire(
  db: AmendDb,
  id: string,
  ownership: InstrumentOwnership,
  at: Date,
): Promise<boolean> {
  const owner = ownerColumnOf(ownership);
  return db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('imported_instruments')
      .set({ retired_at: at })
      .where('id', '=', id)
      .where('retired_at', 'is', null)
      .where('owner_therapist_user_id', owner === null ? 'is' : '=', owner)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) return false;
    await trx
      .updateTable('questionnaire_assignments')
      .set({ ended_at: at })
      .where('instrument_id', '=', id)
      .where('ended_at', 'is', null)
      .execute();
    return true;
  });
}
