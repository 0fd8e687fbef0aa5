import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Three projects: pure unit tests for core and for the web app's pure functions, and
// API/database tests for the server that each get their own PostgreSQL database (see
// packages/server/src/test-support).
export default defineConfig({
  resolve: { conditions: ['@amend/source'] },
  ssr: { resolve: { conditions: ['@amend/source'] } },
  test: {
    // Vitest's default is one worker fewer than the cores: a single worker on a 2-core machine.
    // The server tests spend much of their time waiting on PostgreSQL (its own processes), so
    // two workers there keep both cores busy.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    setupFiles: ['./vitest.fast-check.ts'],
    // Every test file builds its own app and database, and nothing is mocked, so files can share
    // a worker's loaded modules: importing Fastify, the routes and their schemas once per worker
    // instead of once per file took about 170 s of a 420 s run.
    isolate: false,
    projects: [
      {
        extends: true,
        test: { name: 'core', include: ['packages/core/src/**/*.test.ts'], environment: 'node' },
      },
      {
        // The web app's pure functions (no DOM): what it does to the server's answers.
        extends: true,
        test: { name: 'web', include: ['packages/web/src/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'server',
          include: ['packages/server/src/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['packages/server/src/test-support/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
