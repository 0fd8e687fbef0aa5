import { benchSoak } from './soak.js';

/**
 * Only the soak (ten minutes unless told otherwise):
 * `node --conditions=@amend/source --import tsx bench/src/soak-run.ts [seconds] [window seconds]`.
 */
const [seconds, windowSeconds] = process.argv.slice(2).map(Number);
console.log(JSON.stringify(await benchSoak(seconds, windowSeconds), null, 2));
