import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import pg from 'pg';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../demo/seed-demo.js';
import { loadConfig } from '../platform/config.js';
import { useTestContext } from '../test-support/context.js';
import { createEmptyDatabase, type TestDatabase } from '../test-support/database.js';
import { BackupError, listTables } from './backup.js';
import { backupToFile, connectForRestore, restoreFromFile } from './maintenance.js';

const ctx = useTestContext();
const silent = pino({ level: 'silent' });
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

async function scratchDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'amend-backup-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** Every table's row count and a digest of all its rows, in a stable order. */
async function fingerprint(database: TestDatabase): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const result: Record<string, string> = {};
    for (const table of await listTables(client)) {
      const [schema, name] = table.name.split('.') as [string, string];
      const { rows } = await client.query<{ count: string; digest: string }>(
        `SELECT count(*)::text AS count,
                md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS digest
         FROM "${schema}"."${name}" t`,
      );
      result[table.name] = `${rows[0]?.count} rows, ${rows[0]?.digest}`;
    }
    return result;
  } finally {
    await client.end();
  }
}

describe('backup and restore', () => {
  it('round-trips the demo space: every table has the same rows after a restore', async () => {
    expect(await seedDemo(ctx.deps)).toBe(true);
    const file = path.join(await scratchDir(), 'amend.gz');
    const backup = await backupToFile(ctx.database, file, { 'cookie-secret': 'kept-with-it' });
    expect(backup.rows).toBeGreaterThan(500);

    const target = await createEmptyDatabase();
    cleanups.push(() => target.drop());
    const restored = await restoreFromFile(target, file, silent);
    expect(restored.rows).toBe(backup.rows);
    expect(restored.header.instanceFiles).toEqual({ 'cookie-secret': 'kept-with-it' });

    const before = await fingerprint(ctx.database);
    const after = await fingerprint(target);
    expect(Object.keys(before).length).toBeGreaterThan(40);
    expect(after).toEqual(before);
    // The app reads the restored rows: the audit trail's guard is back on after loading.
    await expect(target.pool.query('DELETE FROM audit_events')).rejects.toThrow();
  });

  it('refuses a database that already has tables, and changes nothing in it', async () => {
    const file = path.join(await scratchDir(), 'amend.gz');
    await backupToFile(ctx.database, file);
    const before = await fingerprint(ctx.database);
    await expect(restoreFromFile(ctx.database, file, silent)).rejects.toThrow(
      /not empty.*Restore only into an empty database/,
    );
    expect(await fingerprint(ctx.database)).toEqual(before);
  });

  it('refuses a data directory that already holds a database', async () => {
    const dataDir = await scratchDir();
    await mkdir(path.join(dataDir, 'postgres'));
    await expect(connectForRestore(loadConfig({ AMEND_DATA_DIR: dataDir }))).rejects.toThrow(
      BackupError,
    );
  });

  it('says so when the file is not a backup', async () => {
    const file = path.join(await scratchDir(), 'not-a-backup.gz');
    await writeFile(file, gzipSync('hello\n'));
    const target = await createEmptyDatabase();
    cleanups.push(() => target.drop());
    await expect(restoreFromFile(target, file, silent)).rejects.toThrow(/not an Amend backup/);
  });
});
