export * from './discreet-wording.js';
export * from './screen-outcome.js';
