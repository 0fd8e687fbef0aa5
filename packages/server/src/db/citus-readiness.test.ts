import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestContext } from '../test-support/context.js';

/**
 * The schema must stay ready to be distributed by couple (docs/scaling.md): with Citus, every
 * couple-owned table is distributed on couple_id, and a couple's rows can only be kept together
 * and joined on one node when the key is in every primary key and in every foreign key between
 * them. This test reads the migrated schema and names each table that breaks the rule, and why.
 */
const ctx = useTestContext();

/** The root of every couple's data: its own id is the distribution key. */
const COUPLE_ROOT = 'couples';
const COUPLE_ROOT_KEY = 'id';
const COUPLE_KEY = 'couple_id';

/** Tables with a couple_id column that are deliberately not a couple's data, and why. */
const NOT_COUPLE_OWNED: Readonly<Record<string, string>> = {
  audit_events:
    'the append-only audit trail outlives the couple (anonymised on deletion, couple_id set to null); distributed by its own id or kept on the coordinator',
};

/**
 * Departures found by this test that need a migration to fix, each explained in
 * docs/scaling.md. The test fails when a new one appears, and when one listed here is gone (so
 * the list only ever shrinks).
 */
const KNOWN_DEPARTURES: readonly string[] = [];

interface TableShape {
  table: string;
  columns: string[];
  primaryKey: string[];
}

interface ForeignKey {
  name: string;
  table: string;
  columns: string[];
  referencedTable: string;
  referencedColumns: string[];
}

async function readSchema(): Promise<{ tables: TableShape[]; foreignKeys: ForeignKey[] }> {
  const tables = await sql<TableShape>`
    SELECT c.relname AS table,
           array_agg(a.attname::text ORDER BY a.attnum) AS columns,
           coalesce((
             SELECT array_agg(pa.attname::text ORDER BY pa.attnum)
             FROM pg_constraint p
             JOIN pg_attribute pa ON pa.attrelid = p.conrelid AND pa.attnum = ANY (p.conkey)
             WHERE p.conrelid = c.oid AND p.contype = 'p'
           ), '{}') AS "primaryKey"
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    WHERE c.relkind IN ('r', 'p')
    GROUP BY c.oid, c.relname
    ORDER BY c.relname`.execute(ctx.database.db);
  const foreignKeys = await sql<ForeignKey>`
    SELECT f.conname AS name,
           src.relname AS table,
           array(SELECT a.attname::text FROM unnest(f.conkey) WITH ORDINALITY k(attnum, i)
                 JOIN pg_attribute a ON a.attrelid = f.conrelid AND a.attnum = k.attnum
                 ORDER BY k.i) AS columns,
           dst.relname AS "referencedTable",
           array(SELECT a.attname::text FROM unnest(f.confkey) WITH ORDINALITY k(attnum, i)
                 JOIN pg_attribute a ON a.attrelid = f.confrelid AND a.attnum = k.attnum
                 ORDER BY k.i) AS "referencedColumns"
    FROM pg_constraint f
    JOIN pg_class src ON src.oid = f.conrelid
    JOIN pg_class dst ON dst.oid = f.confrelid
    JOIN pg_namespace n ON n.oid = src.relnamespace AND n.nspname = 'public'
    WHERE f.contype = 'f'
    ORDER BY src.relname, f.conname`.execute(ctx.database.db);
  return { tables: tables.rows, foreignKeys: foreignKeys.rows };
}

/** The column of `table` that holds the couple's id, if the table belongs to a couple. */
function coupleKeyOf(table: TableShape | undefined): string | null {
  if (!table) return null;
  if (table.table === COUPLE_ROOT) return COUPLE_ROOT_KEY;
  if (table.table in NOT_COUPLE_OWNED) return null;
  return table.columns.includes(COUPLE_KEY) ? COUPLE_KEY : null;
}

/** Every way the schema departs from distribution by couple, one sentence per problem. */
function problemsWith(tables: TableShape[], foreignKeys: ForeignKey[]): string[] {
  const byName = new Map(tables.map((table) => [table.table, table]));
  const problems: string[] = [];
  for (const table of tables) {
    const key = coupleKeyOf(table);
    if (key && !table.primaryKey.includes(key)) {
      problems.push(
        `${table.table}: couple-owned, but its primary key (${table.primaryKey.join(', ') || 'none'}) lacks ${key}`,
      );
    }
  }
  for (const fk of foreignKeys) {
    const fromKey = coupleKeyOf(byName.get(fk.table));
    const toKey = coupleKeyOf(byName.get(fk.referencedTable));
    const shape = `${fk.table} (${fk.columns.join(', ')}) → ${fk.referencedTable} (${fk.referencedColumns.join(', ')})`;
    if (!toKey) continue; // Pointing at a reference table (people, catalogues) is allowed.
    if (!fromKey) {
      problems.push(
        `${shape} [${fk.name}]: a table not owned by a couple points at couple-owned rows; it cannot be a reference table, so give it ${COUPLE_KEY}`,
      );
      continue;
    }
    const position = fk.columns.indexOf(fromKey);
    if (position < 0 || fk.referencedColumns[position] !== toKey) {
      problems.push(
        `${shape} [${fk.name}]: a foreign key between couple-owned tables must match ${fromKey} to ${fk.referencedTable}.${toKey}`,
      );
    }
  }
  return problems;
}

describe('the schema is ready to be distributed by couple (Citus)', () => {
  it('has couple_id in the primary key and the foreign keys of every couple-owned table', async () => {
    const { tables, foreignKeys } = await readSchema();
    const coupleOwned = tables.filter((table) => coupleKeyOf(table) !== null);
    expect(coupleOwned.length).toBeGreaterThan(20);
    const problems = problemsWith(tables, foreignKeys);
    expect(problems.filter((problem) => !KNOWN_DEPARTURES.includes(problem))).toEqual([]);
    expect(KNOWN_DEPARTURES.filter((known) => !problems.includes(known))).toEqual([]);
  });

  it('finds the problems it looks for', () => {
    const tables: TableShape[] = [
      { table: 'couples', columns: ['id'], primaryKey: ['id'] },
      { table: 'notes', columns: ['couple_id', 'id'], primaryKey: ['id'] },
      {
        table: 'replies',
        columns: ['couple_id', 'id', 'note_id'],
        primaryKey: ['couple_id', 'id'],
      },
      { table: 'users', columns: ['id'], primaryKey: ['id'] },
      { table: 'bookmarks', columns: ['user_id', 'note_id'], primaryKey: ['user_id', 'note_id'] },
    ];
    const fk = (table: string, columns: string[], to: string, referenced: string[]) => ({
      name: `${table}_fk`,
      table,
      columns,
      referencedTable: to,
      referencedColumns: referenced,
    });
    const problems = problemsWith(tables, [
      fk('notes', ['couple_id'], 'couples', ['id']),
      fk('replies', ['note_id'], 'notes', ['id']),
      fk('bookmarks', ['note_id'], 'notes', ['id']),
      fk('replies', ['couple_id', 'note_id'], 'notes', ['couple_id', 'id']),
    ]);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^notes: couple-owned, but its primary key \(id\) lacks couple_id/);
    expect(problems[1]).toMatch(/^replies \(note_id\) → notes \(id\).*must match couple_id/);
    expect(problems[2]).toMatch(/^bookmarks .*not owned by a couple/);
  });
});
