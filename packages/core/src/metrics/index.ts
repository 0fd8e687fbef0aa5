// Pure analysis of a couple's recovery data: the guide's benchmarks, weekly series, trends,
// setbacks, reliable change, perception gaps and signs of progress. stats.ts stays internal.
export * from './benchmarks.js';
export * from './perception-gap.js';
export * from './relapse-and-attendance.js';
export * from './reliable-change.js';
export * from './setbacks.js';
export * from './signs-of-progress.js';
export * from './trend.js';
export * from './trigger-sign.js';
export * from './weekly.js';
