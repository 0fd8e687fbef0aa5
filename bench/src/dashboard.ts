import { benchDashboardLoad } from './dashboard-load.js';

/**
 * The dashboard load benchmark alone (about 30 seconds), for working on the server side:
 *   node --conditions=@amend/source --import tsx bench/src/dashboard.ts
 * `npm run bench` runs it with the others and writes bench/results/latest.json.
 */
console.log(JSON.stringify(await benchDashboardLoad(), null, 2));
