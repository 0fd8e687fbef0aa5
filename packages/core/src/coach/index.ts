// The communication coach: rule-based, runs in the browser as a person types and on the server.
export { analyzeMessage, applySuggestion, COACH_MAX_LENGTH } from './analyze.js';
export { COACH_KINDS, type CoachFinding, type CoachKind } from './types.js';
