import { defineConfig } from 'vitest/config';

// Fault tests (npm run test:faults): the built server as a real process, killed and restarted.
// One file at a time: they kill processes and would disturb each other's timings.
export default defineConfig({
  test: {
    name: 'faults',
    root: import.meta.dirname,
    include: ['faults/**/*.faults.ts'],
    fileParallelism: false,
    // 20 kill cycles on each database, side by side, take about 2 minutes on a 2-core machine
    // with a load average near 2; far longer on a busier one.
    testTimeout: 600_000,
    hookTimeout: 60_000,
  },
});
