import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { DEMO_PASSWORD, DEMO_PEOPLE, seedDemo } from '../demo/seed-demo.js';
import { installJobQueue } from '../platform/jobs.js';
import { TestClient } from '../test-support/client.js';
import { useTestContext } from '../test-support/context.js';
import { createEmptyDatabase, type TestDatabase } from '../test-support/database.js';
import { type BackupTable, listTables } from './backup.js';
import { migrate, readMigrations } from './migrations.js';

/**
 * Every migration is applied to a database that already holds data. The demo space (nine
 * months of a couple's history, a therapist's caseload) is made once on the full schema; then a
 * new database is migrated one step at a time, and before each step every table that exists at
 * that point is filled with the demo's rows for the columns it has then. Each migration must keep
 * every row it was given, and at the end the app, built on that database, reads the history.
 */
const ctx = useTestContext();
let target: TestDatabase | null = null;
afterAll(async () => {
  await target?.drop();
});

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
const qualified = (name: string) => name.split('.').map(quote).join('.');

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Copies the source's rows of `table` into the target, only the columns the target has. */
async function copyRows(source: pg.Client, destination: pg.Client, table: BackupTable) {
  const columns = table.columns.map(quote).join(', ');
  await pipeline(
    source.query(copyTo(`COPY (SELECT ${columns} FROM ${qualified(table.name)}) TO STDOUT`)),
    destination.query(copyFrom(`COPY ${qualified(table.name)} (${columns}) FROM STDIN`)),
  );
}

async function rowCounts(client: pg.Client, tables: string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const { rows } = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM ${qualified(table)}`,
    );
    counts[table] = Number(rows[0]?.n);
  }
  return counts;
}

describe('migrations on a database with data in it', () => {
  it('keeps every row through each migration, and the app reads the result', async () => {
    expect(await seedDemo(ctx.deps)).toBe(true);
    const migrations = await readMigrations();
    target = await createEmptyDatabase();
    const database = target;
    const filled = new Set<string>();
    let expected: Record<string, number> = {};

    await withClient(ctx.database.url, async (source) => {
      const sourceTables = new Set((await listTables(source)).map((table) => table.name));
      await withClient(database.url, async (destination) => {
        for (let version = 1; version <= migrations.length; version += 1) {
          await migrate(database.db, migrations.slice(0, version));
          const migration = migrations[version - 1];
          const label = `after ${version} (${migration?.name})`;
          // Nothing given to the earlier migrations was lost by this one.
          expect(await rowCounts(destination, [...filled]), label).toEqual(expected);
          // Fill the tables this migration created, with the columns they have at this point.
          const fresh = (await listTables(destination)).filter(
            (table) =>
              !filled.has(table.name) &&
              sourceTables.has(table.name) &&
              table.name !== 'public.schema_migrations',
          );
          await destination.query('BEGIN');
          // The rows were consistent when the demo wrote them; foreign keys and triggers are
          // off while loading so tables can be filled in any order.
          await destination.query('SET LOCAL session_replication_role = replica');
          for (const table of fresh) {
            // Rows seeded by the migration itself (catalogues) are replaced by the demo's.
            await destination.query(`DELETE FROM ${qualified(table.name)}`);
            await copyRows(source, destination, table);
            filled.add(table.name);
          }
          await destination.query('COMMIT');
          expected = await rowCounts(destination, [...filled]);
        }
        expect(filled.size).toBeGreaterThan(40);
        expect(await rowCounts(destination, [...filled])).toEqual(
          await rowCounts(source, [...filled]),
        );
      });
    });

    // The app, on the database that went through every migration with data in it.
    await installJobQueue(database.pool, pino({ level: 'silent' }));
    const app = await buildApp({ ...ctx.deps, db: database.db }, { logger: false });
    try {
      const robin = new TestClient(app);
      const signedIn = await robin.post('/api/v1/sessions', {
        email: DEMO_PEOPLE.hurt.email,
        password: DEMO_PASSWORD,
      });
      expect(signedIn.status).toBe(200);
      const progress = await robin.get('/api/v1/progress');
      expect(progress.status).toBe(200);
      expect(progress.body.weeksInRecovery).toBeGreaterThanOrEqual(39);
      const you = progress.body.metrics.trust.partners.find((p: { isYou: boolean }) => p.isYou);
      expect(you.weeks).toBeGreaterThan(30);
      expect((await robin.get('/api/v1/checkins')).status).toBe(200);
    } finally {
      await app.close();
    }
  }, 180_000);
});
