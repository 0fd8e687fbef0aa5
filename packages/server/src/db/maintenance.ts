import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import type { Logger } from 'pino';
import type { Config } from '../platform/config.js';
import { installJobQueue } from '../platform/jobs.js';
import {
  BackupError,
  type BackupHeader,
  type BackupSummary,
  listTables,
  loadBackupRows,
  migrationsToApplyBeforeLoading,
  openBackup,
  writeBackup,
} from './backup.js';
import { connectDatabase, type DatabaseHandle } from './database.js';
import { startEmbeddedDatabase } from './embedded.js';
import { manifestOf, migrate, readMigrations } from './migrations.js';

/** Data-directory files a backup carries, so a restored instance can read what it encrypted. */
const INSTANCE_FILES = ['cookie-secret'] as const;

/**
 * Writes a gzipped backup of the database to `file`. It goes to a temporary name first and is
 * renamed when complete, so a file with the final name is never a half-written backup.
 */
export async function backupToFile(
  database: DatabaseHandle,
  file: string,
  instanceFiles: Readonly<Record<string, string>> = {},
): Promise<BackupSummary> {
  const partial = `${file}.partial`;
  const gzip = createGzip();
  const written = pipeline(gzip, createWriteStream(partial, { mode: 0o600 }));
  try {
    const summary = await writeBackup(database.pool, gzip, instanceFiles);
    gzip.end();
    await written;
    await rename(partial, file);
    return summary;
  } catch (error) {
    gzip.destroy();
    await written.catch(() => {});
    await rm(partial, { force: true });
    throw error;
  }
}

export interface RestoreReport extends BackupSummary {
  readonly header: BackupHeader;
}

/**
 * Restores a backup into an empty database: applies the migrations the backup was taken at,
 * loads its rows, then applies any newer migrations of this build, as a start would.
 */
export async function restoreFromFile(
  database: DatabaseHandle,
  file: string,
  log: Logger,
): Promise<RestoreReport> {
  const client = await database.pool.connect();
  const existing = await listTables(client).finally(() => client.release());
  if (existing.length > 0) {
    throw new BackupError(
      `The target database is not empty (it has ${existing.length} tables, such as ${existing[0]?.name}). ` +
        'Restore only into an empty database, so nothing there is overwritten or mixed in.',
    );
  }
  const ours = await readMigrations();
  const input = createReadStream(file).pipe(createGunzip());
  try {
    const { header, lines } = openBackup(input);
    const before = migrationsToApplyBeforeLoading((await header).migrations, manifestOf(ours));
    await migrate(database.db, ours.slice(0, before));
    if ((await header).tables.some((table) => table.name.startsWith('graphile_worker.'))) {
      await installJobQueue(database.pool, log);
    }
    const summary = await loadBackupRows(database.pool, await header, lines);
    await migrate(database.db, ours);
    return { ...summary, header: await header };
  } finally {
    input.destroy();
  }
}

export interface MaintenanceConnection {
  readonly database: DatabaseHandle;
  /** Where the connection came from, for the messages the commands print. */
  readonly description: string;
  close(): Promise<void>;
}

async function readPidFileLines(file: string): Promise<string[] | null> {
  try {
    return (await readFile(file, 'utf8')).split('\n');
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The database a backup reads: DATABASE_URL; else the embedded database of a running Amend
 * (its port from PostgreSQL's postmaster.pid, its password from the data directory), so a
 * backup needs no downtime; else the embedded database, started just for the backup.
 */
export async function connectForBackup(config: Config): Promise<MaintenanceConnection> {
  if (config.databaseUrl) return fromUrl(config.databaseUrl, 'DATABASE_URL');
  const clusterDir = path.join(path.resolve(config.dataDir), 'postgres');
  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    throw new BackupError(
      `There is no database in ${config.dataDir} to back up. Set AMEND_DATA_DIR (or DATABASE_URL) to the one Amend uses.`,
    );
  }
  const postmaster = await readPidFileLines(path.join(clusterDir, 'postmaster.pid'));
  const pid = Number.parseInt(postmaster?.[0] ?? '', 10);
  const port = Number.parseInt(postmaster?.[3] ?? '', 10);
  if (postmaster && isAlive(pid) && Number.isInteger(port)) {
    const password = (
      await readFile(path.join(config.dataDir, 'postgres-password'), 'utf8')
    ).trim();
    const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
    return fromUrl(url, `the running embedded database in ${clusterDir}`);
  }
  const embedded = await startEmbeddedDatabase({ dataDir: config.dataDir });
  const database = connectDatabase(embedded.connectionString, 2);
  return {
    database,
    description: `the embedded database in ${clusterDir}`,
    async close() {
      await database.close();
      await embedded.stop();
    },
  };
}

/**
 * The database a restore writes: DATABASE_URL (checked for emptiness by the restore), or a new
 * embedded database in a data directory that has none yet.
 */
export async function connectForRestore(config: Config): Promise<MaintenanceConnection> {
  if (config.databaseUrl) return fromUrl(config.databaseUrl, 'DATABASE_URL');
  const clusterDir = path.join(path.resolve(config.dataDir), 'postgres');
  if (existsSync(clusterDir)) {
    throw new BackupError(
      `The data directory ${config.dataDir} already holds a database. Restore into an empty data ` +
        'directory: set AMEND_DATA_DIR to a new folder (or move this one aside), then run the restore again.',
    );
  }
  const embedded = await startEmbeddedDatabase({ dataDir: config.dataDir });
  const database = connectDatabase(embedded.connectionString, 2);
  return {
    database,
    description: `a new embedded database in ${clusterDir}`,
    async close() {
      await database.close();
      await embedded.stop();
    },
  };
}

function fromUrl(url: string, description: string): MaintenanceConnection {
  const database = connectDatabase(url, 2);
  return { database, description, close: () => database.close() };
}

/** The generated files of a data directory that a backup carries (none when set by env). */
export async function readInstanceFiles(config: Config): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of INSTANCE_FILES) {
    const file = path.join(config.dataDir, name);
    if (existsSync(file)) files[name] = (await readFile(file, 'utf8')).trim();
  }
  return files;
}

/** Puts a backup's generated files back, never over a file already there. */
export async function writeInstanceFiles(
  config: Config,
  files: Readonly<Record<string, string>>,
): Promise<string[]> {
  const written: string[] = [];
  for (const name of INSTANCE_FILES) {
    const value = files[name];
    const file = path.join(config.dataDir, name);
    if (value === undefined || existsSync(file)) continue;
    await writeFile(file, `${value}\n`, { mode: 0o600 });
    written.push(file);
  }
  return written;
}
