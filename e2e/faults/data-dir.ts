import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A data directory of its own, removed when the run ends. PostgreSQL must be able to enter it. */
export async function scratchDataDir(cleanups: (() => Promise<void>)[]): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'amend-faults-'));
  await chmod(dir, 0o755);
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}
