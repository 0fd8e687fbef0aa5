export * from './preferences.js';
export * from './schedule.js';
export * from './zoned-time.js';
