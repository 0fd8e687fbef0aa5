import { benchCaseload } from './caseload.js';

/**
 * Only the caseload benchmark (200 couples × a year), without the full run:
 * `node --conditions=@amend/source --import tsx bench/src/caseload-run.ts [requests]`.
 */
console.log(JSON.stringify(await benchCaseload(Number(process.argv[2] ?? 100)), null, 2));
