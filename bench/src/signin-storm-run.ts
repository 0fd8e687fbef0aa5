import { benchSignInStorm } from './signin-storm.js';

/**
 * Only the sign-in storm (the two-year dashboard alone, then under 20 sign-ins a second):
 * `node --conditions=@amend/source --import tsx bench/src/signin-storm-run.ts [seconds]`.
 */
console.log(JSON.stringify(await benchSignInStorm(Number(process.argv[2] ?? 8)), null, 2));
