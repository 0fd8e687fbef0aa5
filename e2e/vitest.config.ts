import { defineConfig } from 'vitest/config';

// Browser tests: one real Amend server process (embedded PostgreSQL in a temp folder) and
// Debian's Chromium driven by playwright-core. Files run one at a time: they share the server.
export default defineConfig({
  test: {
    name: 'e2e',
    root: import.meta.dirname,
    include: ['tests/**/*.e2e.ts'],
    globalSetup: ['support/global-setup.ts'],
    fileParallelism: false,
    // Generous: a whole story with two browsers takes 20-40 s on an idle 2-core machine and
    // over 50 s on a busy one; a timeout should catch a hang, not a slow machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
