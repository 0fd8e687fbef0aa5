export * from './answers.js';
export * from './content.js';
export * from './progress.js';
export * from './resolve.js';
export * from './today.js';
export * from './types.js';
export * from './validate.js';
