import { defineConfig } from 'vitest/config';

// Two projects: pure unit tests for core, and API/database tests for the server that each get
// their own PostgreSQL database (see packages/server/src/test-support).
export default defineConfig({
  resolve: { conditions: ['@amend/source'] },
  ssr: { resolve: { conditions: ['@amend/source'] } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'core', include: ['packages/core/src/**/*.test.ts'], environment: 'node' },
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
