/**
 * The one scoring engine. Every instrument, Amend's own or imported, is scored by these rules:
 *
 * 1. Answers map an item id to an option's `code` (choice items) or a number (integer and
 *    decimal items). A missing, `undefined` or `null` answer means "not answered".
 * 2. A choice answer scores its option's ordinal value; a number scores itself.
 * 3. A reverse-keyed item scores (itemMin + itemMax − value), using the item's own range: its
 *    lowest and highest option values, or its min and max.
 * 4. Nothing is silently ignored: an unknown item id, an unknown code, a number out of range, a
 *    fraction for a whole-number item or an answer of the wrong type is reported in `problems`
 *    and left out of the score. `assertValidAnswers` turns those into a DomainError.
 * 5. Partly answered forms: a scale (the total, or one facet) gets a score only when at least
 *    `minAnsweredFraction` of its items are answered (and always at least one). The score is
 *    prorated: `mean` is the mean of the answered items; `sum` is that mean times the number of
 *    items in the scale (the prorated sum). Otherwise the score is null, never a guess.
 * 6. Nothing answered → total null, every facet null, band null.
 * 7. The band is the one holding the total (see InstrumentBand). Cut-offs are met, not met, or
 *    null (unknown) — see InstrumentCutoff; an `any-item` cut-off is false only when every item
 *    it watches is answered.
 * 8. Scores keep full precision; round only where they are shown (`roundScore`).
 */
import { DomainError } from '../errors.js';
import type {
  InstrumentBand,
  InstrumentCutoff,
  InstrumentDefinition,
  InstrumentItem,
} from './definition.js';
import { itemRange } from './definition.js';

/** Item id → an option code (choice items) or a number (integer and decimal items). */
export type InstrumentAnswers = Readonly<Record<string, string | number>>;

export interface AnswerProblem {
  readonly itemId: string;
  readonly message: string;
}

export interface CutoffOutcome {
  readonly cutoff: InstrumentCutoff;
  /** null when it cannot be known yet from what was answered. */
  readonly met: boolean | null;
}

export interface InstrumentScore {
  readonly total: number | null;
  readonly facets: Readonly<Record<string, number | null>>;
  readonly band: InstrumentBand | null;
  readonly cutoffs: readonly CutoffOutcome[];
  /** Valid answers only. */
  readonly answeredCount: number;
  readonly itemCount: number;
  /** answeredCount / itemCount, from 0 to 1. */
  readonly completeness: number;
  /** Every item has a valid answer. */
  readonly complete: boolean;
  readonly problems: readonly AnswerProblem[];
}

function describeRange(item: InstrumentItem): string {
  if (item.min !== undefined && item.max !== undefined) {
    return ` between ${item.min} and ${item.max}`;
  }
  if (item.min !== undefined) return ` of at least ${item.min}`;
  return item.max === undefined ? '' : ` of at most ${item.max}`;
}

/** The raw value of one answer, or a sentence explaining why it cannot be scored. */
function answerValue(item: InstrumentItem, answer: string | number): number | string {
  const question = `Question "${item.id}"`;
  if (item.kind === 'choice') {
    const codes = (item.options ?? []).map((option) => option.code).join(', ');
    if (typeof answer !== 'string') return `${question} expects one of its answers (${codes}).`;
    const option = item.options?.find((candidate) => candidate.code === answer);
    return option
      ? option.value
      : `${question} has no answer "${answer}"; its answers are ${codes}.`;
  }
  const kind = item.kind === 'integer' ? 'a whole number' : 'a number';
  const expected = `${question} expects ${kind}${describeRange(item)}`;
  if (typeof answer !== 'number' || !Number.isFinite(answer)) return `${expected}.`;
  if (item.kind === 'integer' && !Number.isInteger(answer)) return `${expected}, not ${answer}.`;
  if (
    (item.min !== undefined && answer < item.min) ||
    (item.max !== undefined && answer > item.max)
  ) {
    return `${expected}; ${answer} is out of range.`;
  }
  return answer;
}

interface CheckedAnswers {
  /** Item id → scored value (after reverse keying), valid answers only. */
  readonly scored: ReadonlyMap<string, number>;
  readonly problems: readonly AnswerProblem[];
}

function checkAnswers(def: InstrumentDefinition, answers: InstrumentAnswers): CheckedAnswers {
  const items = new Map(def.items.map((item) => [item.id, item]));
  const scored = new Map<string, number>();
  const problems: AnswerProblem[] = [];
  for (const [itemId, answer] of Object.entries(answers)) {
    if (answer === undefined || answer === null) continue;
    const item = items.get(itemId);
    if (!item) {
      problems.push({ itemId, message: `There is no question "${itemId}" in "${def.title}".` });
      continue;
    }
    const value = answerValue(item, answer);
    if (typeof value === 'string') {
      problems.push({ itemId, message: value });
      continue;
    }
    const range = itemRange(item);
    scored.set(itemId, item.reverse && range ? range.min + range.max - value : value);
  }
  return { scored, problems };
}

/** The answers the engine would reject, each with its item id; empty when all are valid. */
export function findAnswerProblems(
  def: InstrumentDefinition,
  answers: InstrumentAnswers,
): AnswerProblem[] {
  return [...checkAnswers(def, answers).problems];
}

/** Throws DomainError('VALIDATION_FAILED') with one field problem per bad answer (field = item id). */
export function assertValidAnswers(def: InstrumentDefinition, answers: InstrumentAnswers): void {
  const { problems } = checkAnswers(def, answers);
  const first = problems[0];
  if (!first) return;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  throw new DomainError(
    'VALIDATION_FAILED',
    `${first.message}${more}`,
    problems.map((problem) => ({ field: problem.itemId, message: problem.message })),
  );
}

/** The smallest number of answered items, out of `itemCount`, that still gets a score. */
export function minimumAnswered(itemCount: number, minAnsweredFraction: number): number {
  // The epsilon stops 0.8 × 10 = 8.000000000000002 from demanding a ninth answer.
  return Math.max(1, Math.ceil(minAnsweredFraction * itemCount - 1e-9));
}

function scaleScore(
  def: InstrumentDefinition,
  items: readonly InstrumentItem[],
  scored: ReadonlyMap<string, number>,
): number | null {
  let answered = 0;
  let sum = 0;
  for (const item of items) {
    const value = scored.get(item.id);
    if (value === undefined) continue;
    answered += 1;
    sum += value;
  }
  if (answered < minimumAnswered(items.length, def.scoring.minAnsweredFraction)) return null;
  // sum × n / k rather than (sum / k) × n: exact whenever the prorated sum is a whole number.
  return def.scoring.method === 'mean' ? sum / answered : (sum * items.length) / answered;
}

/** The band holding a total: min ≤ total < max, and the top band includes the scale maximum. */
export function bandFor(def: InstrumentDefinition, total: number | null): InstrumentBand | null {
  if (total === null) return null;
  const top = def.scoring.scaleMax;
  return (
    def.bands.find(
      (band) => total >= band.min && (total < band.max || (band.max === top && total <= top)),
    ) ?? null
  );
}

function reaches(cutoff: InstrumentCutoff, value: number): boolean {
  return cutoff.direction === 'above' ? value >= cutoff.value : value <= cutoff.value;
}

function cutoffMet(
  def: InstrumentDefinition,
  cutoff: InstrumentCutoff,
  total: number | null,
  scored: ReadonlyMap<string, number>,
): boolean | null {
  if (cutoff.appliesTo !== 'any-item') return total === null ? null : reaches(cutoff, total);
  const watched = cutoff.items ?? def.items.map((item) => item.id);
  const values = watched.map((id) => scored.get(id));
  if (values.some((value) => value !== undefined && reaches(cutoff, value))) return true;
  return values.every((value) => value !== undefined) ? false : null;
}

/** Scores one response by the rules at the top of this file. Never throws for bad answers. */
export function scoreResponse(
  def: InstrumentDefinition,
  answers: InstrumentAnswers,
): InstrumentScore {
  const { scored, problems } = checkAnswers(def, answers);
  const total = scaleScore(def, def.items, scored);
  const facets = Object.fromEntries(
    def.facets.map((facet) => [
      facet.id,
      scaleScore(
        def,
        def.items.filter((item) => item.facet === facet.id),
        scored,
      ),
    ]),
  );
  const itemCount = def.items.length;
  const answeredCount = scored.size;
  return {
    total,
    facets,
    band: bandFor(def, total),
    cutoffs: (def.cutoffs ?? []).map((cutoff) => ({
      cutoff,
      met: cutoffMet(def, cutoff, total, scored),
    })),
    answeredCount,
    itemCount,
    completeness: itemCount === 0 ? 0 : answeredCount / itemCount,
    complete: itemCount > 0 && answeredCount === itemCount,
    problems,
  };
}

/** Rounds for display (2 decimals by default). Only presenters call this; the engine never does. */
export function roundScore(value: number, decimals = 2): number {
  const factor = 10 ** decimals;
  return Math.round((value + Number.EPSILON * Math.sign(value)) * factor) / factor;
}
