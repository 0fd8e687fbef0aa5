import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { benchAnalysis } from './analysis.js';
import { benchCaseload } from './caseload.js';
import { benchCheckinWrite } from './checkin-write.js';
import { benchCoach } from './coach.js';
import { benchDashboardLoad } from './dashboard-load.js';
import { benchExport } from './export.js';
import { benchGrowth } from './growth.js';
import { benchDashboardLcp } from './lcp.js';
import { SMOKE } from './measure.js';
import { benchScoring } from './scoring.js';
import { benchSignInStorm } from './signin-storm.js';
import { benchSoak } from './soak.js';
import { benchStartup, benchWebBundle } from './startup-and-bundle.js';

/**
 * `npm run bench`: every figure beside its baseline from the same run; a few minutes. Needs the
 * built server and web app (`npm run build`) for the start-up and bundle figures.
 * `npm run bench -- --smoke` runs every scenario for a moment (CI: the harness must not rot; no
 * figure is asserted and bench/results/latest.json is left alone).
 */
const results = {
  machine: { node: process.version, cpus: (await import('node:os')).cpus().length },
  scoring: benchScoring(SMOKE ? 50 : undefined),
  analysis: benchAnalysis(SMOKE ? 5 : undefined),
  coach: benchCoach(SMOKE ? 1 : undefined),
  dashboard: await benchDashboardLoad(SMOKE ? 1 : undefined),
  signInStorm: await benchSignInStorm(SMOKE ? 1 : undefined),
  checkinWrite: await benchCheckinWrite(),
  export: await benchExport(),
  caseload: await benchCaseload(SMOKE ? 5 : undefined),
  webBundle: await benchWebBundle(),
  dashboardLcp: await benchDashboardLcp(SMOKE ? 1 : undefined),
  startup: await benchStartup(),
  soak: await benchSoak(),
  // 1k → 10k couples here (a few minutes); the 100k step is bench/src/growth-run.ts alone.
  growth: await benchGrowth({
    sizes: SMOKE ? [50] : [1_000, 10_000],
    loadSeconds: SMOKE ? 1 : 8,
    firstViews: SMOKE ? 10 : 100,
    caseloadRequests: SMOKE ? 5 : 100,
    writeFiles: false,
    database: SMOKE ? 'amend_growth_smoke' : 'amend_growth_bench',
    keep: false,
  }),
};
console.log(JSON.stringify(results, null, 2));
if (SMOKE) process.exit(0);
const resultsDir = fileURLToPath(new URL('../results/', import.meta.url));
await mkdir(resultsDir, { recursive: true });
await writeFile(`${resultsDir}latest.json`, `${JSON.stringify(results, null, 2)}\n`);
