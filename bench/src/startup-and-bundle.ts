import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Starts the built server as `npm start` does and returns the time until /readyz says ready. */
async function startToReady(dataDir: string, port: number) {
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'packages/server/dist/main.js')], {
    env: {
      ...process.env,
      PORT: String(port),
      AMEND_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
    },
    stdio: 'ignore',
  });
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    const answer = await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => null);
    if (answer?.status === 200) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const readyMs = Math.round(performance.now() - started);
  return {
    readyMs,
    async stop() {
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

/**
 * Cold start: the built server on an empty data directory (the database created and migrated)
 * until /readyz answers 200, then restarts on the same data. Needs `npm run build` first.
 */
export async function benchStartup() {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'amend-bench-start-'));
  await chmod(dataDir, 0o755);
  try {
    const port = await freePort();
    const first = await startToReady(dataDir, port);
    await first.stop();
    const restarts: number[] = [];
    for (let run = 0; run < 2; run += 1) {
      const again = await startToReady(dataDir, port);
      restarts.push(again.readyMs);
      await again.stop();
    }
    return {
      firstStartMs: first.readyMs,
      restartMs: restarts,
      targets: { firstStartMs: 10_000, restartMs: 3_000 },
    };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

/**
 * The web app's initial JavaScript: every script and module preload the built index.html loads
 * before anything else, gzipped at level 9 as a static server would send it.
 */
export async function benchWebBundle() {
  const dist = path.join(REPO_ROOT, 'packages/web/dist');
  const html = await readFile(path.join(dist, 'index.html'), 'utf8');
  const files = [
    ...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
  ].map((match) => match[1] ?? '');
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of new Set(files)) {
    const content = await readFile(path.join(dist, file.replace(/^\//, '')));
    rawBytes += content.length;
    gzipBytes += gzipSync(content, { level: 9 }).length;
  }
  return {
    files: new Set(files).size,
    rawKb: Math.round(rawBytes / 102.4) / 10,
    gzipKb: Math.round(gzipBytes / 102.4) / 10,
    targets: { gzipKb: 150 },
  };
}

if (process.argv[1]?.endsWith('startup-and-bundle.ts')) {
  console.log(
    JSON.stringify({ webBundle: await benchWebBundle(), startup: await benchStartup() }, null, 2),
  );
}
