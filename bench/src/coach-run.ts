import { benchCoach } from './coach.js';

/** Only the coach benchmark: `node --conditions=@amend/source --import tsx bench/src/coach-run.ts`. */
console.log(JSON.stringify(benchCoach(), null, 2));
