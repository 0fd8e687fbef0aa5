import { benchAnalysis } from './analysis.js';

/**
 * Only the analysis benchmark, a few rounds in a row, for working on core's metrics without the
 * 40-second full run: `node --conditions=@amend/source --import tsx bench/src/analysis-run.ts`.
 * Several rounds, because other work on a shared machine moves any single median.
 */
const rounds = Number(process.argv[2] ?? 5);
for (let round = 1; round <= rounds; round += 1) {
  const { medianMs, p95Ms } = benchAnalysis();
  console.log(`round ${round}: median ${medianMs.toFixed(2)} ms, p95 ${p95Ms.toFixed(2)} ms`);
}
