import { BLAME_RULES } from './rules/blame.js';
import { CONTEMPT_RULES } from './rules/contempt.js';
import { CRITICISM_RULES } from './rules/criticism.js';
import { DEFENSIVENESS_RULES } from './rules/defensiveness.js';
import { MINIMIZATION_RULES } from './rules/minimization.js';
import type { CoachRule, RuleMatch } from './rules/rule.js';
import { STONEWALLING_RULES } from './rules/stonewalling.js';
import {
  isDistanced,
  isInsideQuotes,
  type Span,
  sentenceAround,
  sentenceAt,
  sentenceSpans,
} from './text.js';
import type { CoachFinding } from './types.js';

/**
 * Every rule, in priority order: when two rules claim overlapping words, the earlier one keeps
 * them. Contempt comes first because "you're pathetic" is worse than the criticism it contains;
 * minimisation before defensiveness because "it was just a fling" is the more specific reading.
 */
const RULES: readonly CoachRule[] = [
  ...CONTEMPT_RULES,
  ...BLAME_RULES,
  ...MINIMIZATION_RULES,
  ...DEFENSIVENESS_RULES,
  ...STONEWALLING_RULES,
  ...CRITICISM_RULES,
];

/** What may come before a phrase that must open its sentence: "Oh, grow up." */
const SENTENCE_OPENER =
  /^(?:(?:oh|ha|haha|well|yeah|yes|ok|okay|fine|so|and|wow|god|ugh|hmm|right|look|sure)[\s,.!…-]*)*$/i;

/** The longest text analysed in one call; longer texts are looked at up to this point. */
export const COACH_MAX_LENGTH = 20_000;

/**
 * How far around a phrase its context is read. Negation, quotation and warmth sit near the
 * phrase; a cap keeps a 20,000-character text with no full stop linear rather than quadratic.
 */
const CONTEXT_CHARS = 240;

function findingsOf(rule: CoachRule, text: string, sentences: readonly Span[]): CoachFinding[] {
  const found: CoachFinding[] = [];
  rule.pattern.lastIndex = 0;
  for (let hit = rule.pattern.exec(text); hit !== null; hit = rule.pattern.exec(text)) {
    const phrase = hit[0];
    if (phrase === '') {
      rule.pattern.lastIndex += 1;
      continue;
    }
    const start = hit.index;
    const end = start + phrase.length;
    const whole = sentenceAt(sentences, start);
    const sentence = {
      start: Math.max(whole.start, start - CONTEXT_CHARS),
      end: Math.min(whole.end, end + CONTEXT_CHARS),
    };
    const before = text.slice(sentence.start, start).toLowerCase();
    if (rule.sentenceStart && !SENTENCE_OPENER.test(before.trim())) continue;
    if (isInsideQuotes(text, sentence.start, start) || isDistanced(before)) continue;
    const match: RuleMatch = {
      text,
      phrase,
      start,
      end,
      sentence,
      before,
      after: text.slice(end, sentence.end).toLowerCase(),
      following: text.slice(end, end + CONTEXT_CHARS).toLowerCase(),
    };
    if (rule.excuse?.(match)) continue;
    found.push({
      kind: rule.kind,
      start,
      end,
      explanation: rule.explanation,
      suggestion: rule.suggest(match),
    });
  }
  return found;
}

function overlaps(a: CoachFinding, b: CoachFinding): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Phrases in a message that may land badly with the partner: blame, criticism, contempt,
 * defensiveness, stonewalling and minimisation of the affair. Hand-written patterns compiled
 * once, checked against their sentence for negation, quotation, warmth and a named pause.
 * Findings are in text order and never overlap. Pure and synchronous; fast enough to run on
 * every keystroke.
 */
export function analyzeMessage(text: string): CoachFinding[] {
  const looked = text.length > COACH_MAX_LENGTH ? text.slice(0, COACH_MAX_LENGTH) : text;
  const kept: CoachFinding[] = [];
  const sentences = sentenceSpans(looked);
  for (const rule of RULES) {
    for (const finding of findingsOf(rule, looked, sentences)) {
      if (!kept.some((other) => overlaps(other, finding))) kept.push(finding);
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * The text with the finding's sentence replaced by its suggestion, keeping what surrounds it,
 * for the "use this wording" button.
 */
export function applySuggestion(text: string, finding: CoachFinding): string {
  const sentence = sentenceAround(text, finding.start, finding.end);
  return `${text.slice(0, sentence.start)}${finding.suggestion}${text.slice(sentence.end)}`;
}
