import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedDatabase } from '../../packages/server/src/db/embedded.js';

/**
 * The growth benchmark's own database: created on the PostgreSQL server DATABASE_URL names (or on
 * an embedded one in a temporary folder when it is unset, as in CI's smoke run), and dropped when
 * the benchmark ends unless it is kept to be grown or measured again.
 */
export interface GrowthServer {
  /** A database on the server to create and drop others from. */
  readonly adminUrl: string;
  stop(): Promise<void>;
}

export async function openGrowthServer(): Promise<GrowthServer> {
  const external = process.env.DATABASE_URL;
  if (external) return { adminUrl: external, stop: async () => {} };
  const dataDir = await mkdtemp(path.join(tmpdir(), 'amend-bench-growth-'));
  await chmod(dataDir, 0o755);
  const embedded = await startEmbeddedDatabase({ dataDir });
  return {
    adminUrl: embedded.connectionString,
    async stop() {
      await embedded.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function checkedName(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`Not a database name: ${name}`);
  return name;
}

async function onAdmin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Creates the database, or, when `reuse` is set and it exists, leaves it as it is so that a kept
 * fill can be grown further. Returns whether an existing database was kept.
 */
export async function createGrowthDatabase(
  adminUrl: string,
  name: string,
  reuse: boolean,
): Promise<boolean> {
  const database = checkedName(name);
  return onAdmin(adminUrl, async (client) => {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount && reuse) return true;
    if (found.rowCount) await client.query(`DROP DATABASE ${database} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${database}`);
    return false;
  });
}

export async function dropGrowthDatabase(adminUrl: string, name: string): Promise<void> {
  const database = checkedName(name);
  await onAdmin(adminUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`),
  );
}
