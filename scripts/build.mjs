#!/usr/bin/env node
// Builds what `npm start` needs: the server (TypeScript → dist) and the web app (Vite → dist).
// With --if-needed it skips a part whose output is newer than all of its sources, so a second
// `npm start` starts in a moment. --server-only skips the web app.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const ifNeeded = args.has('--if-needed');

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(target)) {
    if (entry === 'node_modules' || entry === 'dist' || entry.endsWith('.tsbuildinfo')) continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

function isStale(output, sources) {
  if (!ifNeeded || !existsSync(output)) return true;
  const built = statSync(output).mtimeMs;
  return sources.some((source) => newestMtime(path.join(root, source)) > built);
}

function run(command, commandArgs, env = process.env) {
  execFileSync(command, commandArgs, { cwd: root, stdio: 'inherit', env });
}

const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');

if (
  isStale(path.join(root, 'packages/server/dist/main.js'), [
    'packages/core/src',
    'packages/server/src',
    'tsconfig.base.json',
  ])
) {
  console.log('Building the server…');
  run(process.execPath, [tsc, '-b', 'packages/server']);
}
if (
  !args.has('--server-only') &&
  isStale(path.join(root, 'packages/web/dist/index.html'), [
    'packages/web/src',
    'packages/web/index.html',
    'packages/web/public',
    'packages/web/vite.config.ts',
  ])
) {
  console.log('Building the web app…');
  // Whatever NODE_ENV the caller has (a test runner sets "test", a shell may say
  // "development"), the app is built for production: React's production build, without its
  // development checks, is what `npm start` serves and what the browser tests measure.
  run(process.execPath, [vite, 'build', 'packages/web', '--logLevel', 'warn'], {
    ...process.env,
    NODE_ENV: 'production',
  });
}
