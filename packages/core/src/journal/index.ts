export * from './limits.js';
export * from './recovery-key.js';
