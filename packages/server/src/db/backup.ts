import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import type { MigrationManifestEntry } from './migrations.js';

/**
 * Amend's own backup format. The embedded PostgreSQL ships no pg_dump, and a machine's pg_dump
 * refuses a newer server, so the dump is made here with COPY, which every PostgreSQL speaks:
 *
 *   line 1    JSON header: format, migrations applied, tables with their columns, sequences
 *   then      for each table, "TABLE schema.name", its rows in COPY text format, and "\."
 *
 * COPY text format escapes newlines inside values, so one line is one row. The schema itself is
 * not in the file: a restore applies the same migrations, then loads the rows into them.
 */
export const BACKUP_FORMAT = 'amend-backup';
export const BACKUP_FORMAT_VERSION = 1;

export interface BackupTable {
  readonly name: string;
  readonly columns: readonly string[];
}

export interface BackupSequence {
  readonly name: string;
  readonly lastValue: string;
  readonly isCalled: boolean;
}

export interface BackupHeader {
  readonly format: typeof BACKUP_FORMAT;
  readonly formatVersion: number;
  readonly createdAt: string;
  readonly migrations: readonly MigrationManifestEntry[];
  readonly tables: readonly BackupTable[];
  readonly sequences: readonly BackupSequence[];
  /** Files from the data directory a restore needs, such as the generated cookie secret. */
  readonly instanceFiles: Readonly<Record<string, string>>;
}

export interface BackupSummary {
  readonly tables: number;
  readonly rows: number;
}

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

/** Schemas that belong to PostgreSQL itself; everything else (public, graphile_worker) is ours. */
const SYSTEM_SCHEMA_FILTER = `n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\\_%'`;

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function qualified(name: string): string {
  const [schema, table] = name.split('.', 2) as [string, string];
  return `${quoteIdentifier(schema)}.${quoteIdentifier(table)}`;
}

/** Every ordinary table with its stored (not generated, not dropped) columns, in name order. */
export async function listTables(client: pg.ClientBase): Promise<BackupTable[]> {
  const { rows } = await client.query<{ name: string; columns: string[] }>(`
    SELECT n.nspname || '.' || c.relname AS name,
           array_agg(a.attname::text ORDER BY a.attnum) AS columns
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
      AND a.attgenerated = ''
    WHERE c.relkind = 'r' AND ${SYSTEM_SCHEMA_FILTER}
    GROUP BY n.nspname, c.relname
    ORDER BY 1`);
  return rows;
}

async function listSequences(client: pg.ClientBase): Promise<BackupSequence[]> {
  const { rows } = await client.query<{ name: string }>(`
    SELECT n.nspname || '.' || c.relname AS name
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind = 'S' AND ${SYSTEM_SCHEMA_FILTER}
    ORDER BY 1`);
  const sequences: BackupSequence[] = [];
  for (const { name } of rows) {
    const state = await client.query<{ last_value: string; is_called: boolean }>(
      `SELECT last_value::text, is_called FROM ${qualified(name)}`,
    );
    const row = state.rows[0];
    if (row) sequences.push({ name, lastValue: row.last_value, isCalled: row.is_called });
  }
  return sequences;
}

async function write(output: Writable, data: string | Buffer): Promise<void> {
  if (!output.write(data)) await once(output, 'drain');
}

/**
 * Writes every table of the database to `output` from one snapshot (REPEATABLE READ, read
 * only), so the backup is consistent while Amend keeps serving. `output` is left open.
 */
export async function writeBackup(
  pool: pg.Pool,
  output: Writable,
  instanceFiles: Readonly<Record<string, string>> = {},
): Promise<BackupSummary> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const tables = await listTables(client);
    const migrations = (
      await client.query<MigrationManifestEntry>(
        'SELECT version, name, checksum FROM schema_migrations ORDER BY version',
      )
    ).rows;
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      migrations,
      tables,
      sequences: await listSequences(client),
      instanceFiles,
    };
    await write(output, `${JSON.stringify(header)}\n`);
    let rows = 0;
    for (const table of tables) {
      await write(output, `TABLE ${table.name}\n`);
      const columns = table.columns.map(quoteIdentifier).join(', ');
      const stream = client.query(copyTo(`COPY ${qualified(table.name)} (${columns}) TO STDOUT`));
      for await (const chunk of stream) await write(output, chunk as Buffer);
      rows += Number(stream.rowCount ?? 0);
      await write(output, '\\.\n');
    }
    await client.query('COMMIT');
    return { tables: tables.length, rows };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/** Reads a backup line by line; the first line is the header. */
export function openBackup(input: Readable): {
  header: Promise<BackupHeader>;
  lines: AsyncIterator<string>;
} {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })[
    Symbol.asyncIterator
  ]();
  const header = lines.next().then((first) => {
    let parsed: Partial<BackupHeader> | null = null;
    try {
      parsed = first.done ? null : (JSON.parse(first.value) as Partial<BackupHeader>);
    } catch {
      parsed = null;
    }
    if (parsed?.format !== BACKUP_FORMAT || parsed.formatVersion !== BACKUP_FORMAT_VERSION) {
      throw new BackupError('This file is not an Amend backup (or was written by a newer Amend).');
    }
    return parsed as BackupHeader;
  });
  return { header, lines };
}

/**
 * Whether this build's migrations begin with exactly the ones the backup was taken at: the
 * rows only fit the schema those migrations make. Returns how many of ours to apply first.
 */
export function migrationsToApplyBeforeLoading(
  backup: readonly MigrationManifestEntry[],
  ours: readonly MigrationManifestEntry[],
): number {
  for (const [index, entry] of backup.entries()) {
    const mine = ours[index];
    if (!mine) {
      throw new BackupError(
        `The backup was taken by a newer Amend (migration ${entry.version}, ${entry.name}). ` +
          'Restore it with that version or a later one.',
      );
    }
    if (mine.version !== entry.version || mine.checksum !== entry.checksum) {
      throw new BackupError(
        `Migration ${entry.version} in the backup differs from this Amend's; restore it with the Amend version that took it.`,
      );
    }
  }
  return backup.length;
}

/**
 * Loads the rows of a backup into a database that has the backup's migrations applied and
 * nothing else in it. One transaction: a failed restore leaves the tables as they were.
 * Triggers and foreign-key checks are off while loading (session_replication_role = replica,
 * which needs a superuser), because the rows are a consistent copy made under them already and
 * the append-only audit trigger would otherwise refuse to load its own history.
 */
export async function loadBackupRows(
  pool: pg.Pool,
  header: BackupHeader,
  lines: AsyncIterator<string>,
): Promise<BackupSummary> {
  const client = await pool.connect();
  try {
    const present = new Map((await listTables(client)).map((table) => [table.name, table]));
    for (const table of header.tables) {
      const here = present.get(table.name);
      const missing = table.columns.filter((column) => !here?.columns.includes(column));
      if (!here || missing.length > 0) {
        throw new BackupError(
          `The table ${table.name} does not match this Amend's schema (${here ? `no column ${missing.join(', ')}` : 'no such table'}).`,
        );
      }
    }
    await client.query('BEGIN');
    await client.query('SET LOCAL session_replication_role = replica');
    // Migrations may have seeded catalogue rows; the backup holds those rows as they were.
    await client.query(`TRUNCATE ${[...present.keys()].map(qualified).join(', ')}`);
    let rows = 0;
    for (const table of header.tables) {
      const marker = await lines.next();
      if (marker.done || marker.value !== `TABLE ${table.name}`) {
        throw new BackupError(`The backup is cut short or damaged before the table ${table.name}.`);
      }
      rows += await copyTableRows(client, table, lines);
    }
    for (const sequence of header.sequences) {
      await client.query('SELECT setval($1::regclass, $2::bigint, $3)', [
        qualified(sequence.name),
        sequence.lastValue,
        sequence.isCalled,
      ]);
    }
    await client.query('COMMIT');
    return { tables: header.tables.length, rows };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

async function copyTableRows(
  client: pg.PoolClient,
  table: BackupTable,
  lines: AsyncIterator<string>,
): Promise<number> {
  const columns = table.columns.map(quoteIdentifier).join(', ');
  const sink = client.query(copyFrom(`COPY ${qualified(table.name)} (${columns}) FROM STDIN`));
  const finished = once(sink, 'finish');
  let rows = 0;
  for (;;) {
    const line = await lines.next();
    if (line.done) {
      sink.destroy();
      throw new BackupError(`The backup ends in the middle of the table ${table.name}.`);
    }
    if (line.value === '\\.') break;
    rows += 1;
    if (!sink.write(`${line.value}\n`)) await once(sink, 'drain');
  }
  sink.end();
  await finished;
  return rows;
}

/** The names of tables that already hold rows (a restore target must have none). */
export async function tablesWithRows(client: pg.ClientBase): Promise<string[]> {
  const tables = await listTables(client);
  const filled: string[] = [];
  for (const table of tables) {
    const { rows } = await client.query(`SELECT 1 FROM ${qualified(table.name)} LIMIT 1`);
    if (rows.length > 0) filled.push(table.name);
  }
  return filled;
}
