export * from './commitments.js';
export * from './disclosures.js';
export * from './explicit-detail.js';
export * from './full-account.js';
export * from './questions.js';
export * from './roles.js';
export * from './timeline.js';
