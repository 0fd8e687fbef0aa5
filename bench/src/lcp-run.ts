import { benchDashboardLcp } from './lcp.js';

/**
 * Only the dashboard's Largest Contentful Paint (needs `npm run build` and Chromium):
 * `node --conditions=@amend/source --import tsx bench/src/lcp-run.ts [loads]`.
 */
console.log(JSON.stringify(await benchDashboardLcp(Number(process.argv[2] ?? 5)), null, 2));
