import type { Span } from '../text.js';
import type { CoachKind } from '../types.js';

/** What a rule sees of one match: the phrase, its sentence, and the text around it. */
export interface RuleMatch {
  /** The whole analysed text. */
  text: string;
  /** The matched phrase as written. */
  phrase: string;
  start: number;
  end: number;
  /** The phrase's sentence, cut to a few hundred characters either side of the phrase. */
  sentence: Span;
  /** Sentence text before the phrase, lower-cased. */
  before: string;
  /** Sentence text after the phrase, lower-cased. */
  after: string;
  /** All of the text after the phrase, lower-cased (a time-out may be named in the next sentence). */
  following: string;
}

export interface CoachRule {
  kind: CoachKind;
  /** Compiled once at load; global and case-insensitive. */
  pattern: RegExp;
  explanation: string;
  /** Only when the phrase opens its sentence (after an optional "oh", "well", "yeah"). */
  sentenceStart?: boolean;
  /** True when the context shows the phrase is fine here (a compliment, a negation, a pause). */
  excuse?: (match: RuleMatch) => boolean;
  suggest: (match: RuleMatch) => string;
}

/**
 * Compiles a readable pattern: a straight apostrophe also matches a curly one, and a space
 * matches any run of whitespace. Word boundaries are left to the pattern.
 */
export function words(source: string): RegExp {
  return new RegExp(source.replaceAll("'", "['’]").replaceAll(' ', '\\s+'), 'gi');
}

/** Tests lower-cased context text with the same apostrophe and space tolerance. */
export function context(source: string): RegExp {
  return new RegExp(source.replaceAll("'", "['’]").replaceAll(' ', '\\s+'), 'i');
}

/** A negation just before the phrase ("not", "never", "don't"), within its last few words. */
const NEGATED_JUST_BEFORE = context(
  "\\b(?:not|never|no|don't|do not|didn't|did not|doesn't|isn't|wasn't|won't|can't|cannot|nobody|no one)(?: \\w+){0,2} ?$",
);

export function negatedJustBefore(before: string): boolean {
  return NEGATED_JUST_BEFORE.test(before);
}

/** Words that make a sentence warm rather than critical ("you always make me laugh"). */
const WARM_WORDS = context(
  '\\b(?:laugh|smile|safe|loved|love|kind|kindness|gentle|patient|thank|grateful|proud|beautiful|wonderful|generous|support|supported|supportive|comfort|comforted|believe in|there for me|have my back|had my back|hug|hold me|held me|hold my hand|held my hand|feel better|cared|care for|look after|looked after|looking out|showed up|show up|made it right|make it right|welcome|calm|bring me|brought me|noticed|notice|appreciate|remember|remembered|make time|made time|hope|hopeful|stronger|safer|learning to|healing)\\b',
);

export function isWarm(text: string): boolean {
  return WARM_WORDS.test(text);
}

/** Appreciation just before a phrase: "I love how you always…", "thank you for…". */
const APPRECIATION_BEFORE = context(
  '\\b(?:love|appreciate|admire|adore|grateful|thankful|thank you|thanks|miss|like|noticed|treasure)(?: \\w+){0,3} ?$',
);

export function isAppreciationBefore(before: string): boolean {
  return APPRECIATION_BEFORE.test(before);
}

/** Naming a pause and a way back makes "I can't talk about this" a time-out, not a wall. */
const TIME_OUT = context(
  "\\b(?:right now|yet|tonight|today|at the moment|for now|just now|pause|a break|later|tomorrow|this evening|this weekend|come back|after|when i'm calm|when i'm calmer|once i|once we|minutes?|hours?|an hour|a moment|a minute|some time|some space|breathe|calm down|cool down|ready|not like this|in therapy|with (?:our|the|a) (?:therapist|counsellor|counselor))\\b",
);

/** "…tonight or any night", "…ever": the way back is closed again. */
const NO_WAY_BACK = context('\\b(?:ever|any night|any day|never again|at all|for good)\\b');

export function namesATimeOut(text: string): boolean {
  return TIME_OUT.test(text) && !NO_WAY_BACK.test(text);
}
