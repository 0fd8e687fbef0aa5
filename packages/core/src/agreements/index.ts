export * from './content.js';
export * from './holding.js';
export * from './lifecycle.js';
export * from './templates.js';
