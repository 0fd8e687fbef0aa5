import { benchGrowth } from './growth.js';

/**
 * The growth benchmark alone, on DATABASE_URL's server (or an embedded PostgreSQL when unset):
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres \
 *     node --conditions=@amend/source --import tsx bench/src/growth-run.ts [sizes…]
 * Sizes default to 1000 10000 100000 couples, grown in that order in one database
 * (GROWTH_DATABASE, default amend_growth), dropped at the end unless GROWTH_KEEP=1, which also
 * grows a kept database instead of starting afresh. Writes bench/plans/growth-<size>-*.txt and
 * bench/results/growth.json; exits 1 when a size FAILs the plan check.
 */
const sizes = process.argv.slice(2).map(Number);
const results = await benchGrowth({
  sizes: sizes.length > 0 ? sizes : [1_000, 10_000, 100_000],
  loadSeconds: Number(process.env.GROWTH_LOAD_SECONDS ?? 8),
  firstViews: 100,
  caseloadRequests: 100,
  writeFiles: true,
  database: process.env.GROWTH_DATABASE ?? 'amend_growth',
  keep: process.env.GROWTH_KEEP === '1',
});
console.log(JSON.stringify(results, null, 2));
if (results.sizes.some((size) => size.verdict === 'FAIL')) process.exitCode = 1;
