// Talking and reconnecting: the conversation log, the weekly meeting, conversation prompts,
// time-outs, triggers, appreciation and time together. Rules and content; no I/O.
export * from './conversations.js';
export * from './meeting.js';
export { PROMPT_CARDS } from './prompt-cards.js';
export * from './prompts.js';
export * from './time-out.js';
export * from './together.js';
export * from './topics.js';
export * from './triggers.js';
