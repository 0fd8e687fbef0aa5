import { execFileSync } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ADMIN_EMAILS } from './flows.js';
import { freePort, REPO_ROOT, type RunningServer, startServer } from './server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    dataDir: string;
  }
}

/** Builds what `npm start` needs, then starts one server on a fresh embedded database. */
export default async function setup(project: TestProject) {
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts/build.mjs'), '--if-needed'], {
    stdio: 'inherit',
  });
  const dataDir = await mkdtemp(path.join(tmpdir(), 'amend-e2e-'));
  await chmod(dataDir, 0o755);
  const server: RunningServer = await startServer(dataDir, await freePort(), {
    AMEND_ADMIN_EMAILS: Object.values(ADMIN_EMAILS).join(','),
  });
  project.provide('baseUrl', server.baseUrl);
  project.provide('dataDir', dataDir);
  return async () => {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
