/** The six patterns the coach looks for in something a partner will read. */
export const COACH_KINDS = [
  'blame',
  'criticism',
  'contempt',
  'defensiveness',
  'stonewalling',
  'minimization',
] as const;

export type CoachKind = (typeof COACH_KINDS)[number];

/**
 * One phrase that may land badly. `start` and `end` are JavaScript string (UTF-16 code unit)
 * offsets into the analysed text, end exclusive, so `text.slice(start, end)` is the phrase and a
 * browser can highlight exactly that range.
 */
export interface CoachFinding {
  kind: CoachKind;
  start: number;
  end: number;
  /** One calm sentence on why it may land badly. */
  explanation: string;
  /** A calmer way to say the same thing, in an "I feel … when … I need …" shape. */
  suggestion: string;
}
