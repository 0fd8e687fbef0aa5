import type { InstrumentDefinition } from '@amend/core';
import { sql } from 'kysely';
import type { AmendDb } from '../../db/database.js';

export interface ImportedInstrumentRow {
  readonly definition: InstrumentDefinition;
  readonly sourceQuestionnaire: unknown;
  readonly importedBy: string | null;
  readonly importedAt: Date;
  readonly retiredAt: Date | null;
}

function toRow(row: {
  definition: unknown;
  source_questionnaire: unknown;
  imported_by: string | null;
  imported_at: Date;
  retired_at: Date | null;
}): ImportedInstrumentRow {
  return {
    // Written only by addVersion from a definition core has validated.
    definition: row.definition as InstrumentDefinition,
    sourceQuestionnaire: row.source_questionnaire,
    importedBy: row.imported_by,
    importedAt: row.imported_at,
    retiredAt: row.retired_at,
  };
}

const COLUMNS = [
  'definition',
  'source_questionnaire',
  'imported_by',
  'imported_at',
  'retired_at',
] as const;

/** The versions on offer now: one per instrument, oldest import first. */
export async function listActive(db: AmendDb): Promise<ImportedInstrumentRow[]> {
  const rows = await db
    .selectFrom('imported_instruments')
    .select(COLUMNS)
    .where('retired_at', 'is', null)
    .orderBy('imported_at')
    .execute();
  return rows.map(toRow);
}

/** Every version ever imported, for the administrator's list, newest first. */
export async function listAll(db: AmendDb): Promise<ImportedInstrumentRow[]> {
  const rows = await db
    .selectFrom('imported_instruments')
    .select(COLUMNS)
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

/**
 * Adds a version and makes it the one on offer, retiring the version before it in the same
 * transaction. Returns false when this exact id and version were imported before.
 */
export async function addVersion(
  db: AmendDb,
  input: {
    definition: InstrumentDefinition;
    sourceQuestionnaire: unknown;
    importedBy: string;
    at: Date;
  },
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    // Two imports of one instrument at once must not both find "no active version".
    await sql`SELECT pg_advisory_xact_lock(hashtext(${`instrument:${input.definition.id}`}))`.execute(
      trx,
    );
    const existing = await trx
      .selectFrom('imported_instruments')
      .select('id')
      .where('id', '=', input.definition.id)
      .where('version', '=', input.definition.version)
      .executeTakeFirst();
    if (existing) return false;
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
      })
      .execute();
    return true;
  });
}

/** Stops offering an instrument. Returns false when no version of it is on offer. */
export async function retire(db: AmendDb, id: string, at: Date): Promise<boolean> {
  const result = await db
    .updateTable('imported_instruments')
    .set({ retired_at: at })
    .where('id', '=', id)
    .where('retired_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
