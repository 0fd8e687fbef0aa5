import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { AmendDb } from './database.js';

/** Resolves the same folder from src/db (tests) and dist/db (the built server). */
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));
const MIGRATION_FILE = /^(\d{4})_([a-z0-9_]+)\.sql$/;
// Any constant works; it only has to be the same for every app server sharing a database.
const MIGRATION_LOCK_KEY = 7_361_454;

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly checksum: string;
  readonly sql: string;
}

export interface MigrationManifestEntry {
  readonly version: number;
  readonly name: string;
  readonly checksum: string;
}

/** Reads migrations/NNNN_name.sql in order; fails on gaps so a missing file cannot go unnoticed. */
export async function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.sql')).sort();
  const migrations: Migration[] = [];
  for (const file of files) {
    const match = MIGRATION_FILE.exec(file);
    if (!match) throw new Error(`Migration file name must look like 0001_name.sql: ${file}`);
    const text = await readFile(`${dir}/${file}`, 'utf8');
    const version = Number(match[1]);
    if (version !== migrations.length + 1) {
      throw new Error(`Migrations must be numbered 1, 2, 3… without gaps; found ${file}`);
    }
    migrations.push({
      version,
      name: match[2] ?? file,
      checksum: createHash('sha256').update(text).digest('hex'),
      sql: text,
    });
  }
  return migrations;
}

/** The checked-in list (migrations/manifest.json) that CI compares against the files. */
export function manifestOf(migrations: readonly Migration[]): MigrationManifestEntry[] {
  return migrations.map(({ version, name, checksum }) => ({ version, name, checksum }));
}

export interface MigrationReport {
  readonly applied: number[];
  readonly latest: number;
}

/**
 * Applies every pending migration, each in its own transaction, under an advisory lock so that
 * several app servers starting at once do not race. Refuses to run when an applied migration's
 * file has since changed: history must not be rewritten under a live database.
 */
export async function migrate(db: AmendDb, migrations?: Migration[]): Promise<MigrationReport> {
  const all = migrations ?? (await readMigrations());
  return db.connection().execute(async (connection) => {
    await sql`SELECT pg_advisory_lock(${MIGRATION_LOCK_KEY})`.execute(connection);
    try {
      await sql`
        CREATE TABLE IF NOT EXISTS schema_migrations (
          version integer PRIMARY KEY,
          name text NOT NULL,
          checksum text NOT NULL,
          applied_at timestamptz NOT NULL DEFAULT now()
        )`.execute(connection);
      const done = await connection
        .selectFrom('schema_migrations')
        .select(['version', 'name', 'checksum'])
        .execute();
      const doneByVersion = new Map(done.map((row) => [row.version, row]));
      const applied: number[] = [];
      for (const migration of all) {
        const previous = doneByVersion.get(migration.version);
        if (previous) {
          if (previous.checksum !== migration.checksum) {
            throw new Error(
              `Migration ${migration.version} (${migration.name}) changed after it was applied. ` +
                'Add a new migration instead of editing an old one.',
            );
          }
          continue;
        }
        await connection.transaction().execute(async (trx) => {
          await sql.raw(migration.sql).execute(trx);
          await trx
            .insertInto('schema_migrations')
            .values({
              version: migration.version,
              name: migration.name,
              checksum: migration.checksum,
              applied_at: new Date(),
            })
            .execute();
        });
        applied.push(migration.version);
      }
      return { applied, latest: all.at(-1)?.version ?? 0 };
    } finally {
      await sql`SELECT pg_advisory_unlock(${MIGRATION_LOCK_KEY})`.execute(connection);
    }
  });
}

/** True when the database has every migration this build knows about (for /readyz). */
export async function isFullyMigrated(db: AmendDb, latestVersion: number): Promise<boolean> {
  const row = await sql<{ latest: number | null }>`
    SELECT max(version) AS latest FROM schema_migrations`
    .execute(db)
    .then((result) => result.rows[0]);
  return (row?.latest ?? 0) >= latestVersion;
}
