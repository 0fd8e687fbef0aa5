import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { benchAnalysis } from './analysis.js';
import { benchDashboardLoad } from './dashboard-load.js';
import { benchScoring } from './scoring.js';

/** `npm run bench`: every figure beside its baseline from the same run; about 40 seconds. */
const results = {
  machine: { node: process.version, cpus: (await import('node:os')).cpus().length },
  scoring: benchScoring(),
  analysis: benchAnalysis(),
  dashboard: await benchDashboardLoad(),
};
console.log(JSON.stringify(results, null, 2));
const resultsDir = fileURLToPath(new URL('../results/', import.meta.url));
await mkdir(resultsDir, { recursive: true });
await writeFile(`${resultsDir}latest.json`, `${JSON.stringify(results, null, 2)}\n`);
