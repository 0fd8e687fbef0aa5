import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import type { InstrumentDefinition, InstrumentItem, ScoringMethod } from './definition.js';
import {
  assertValidAnswers,
  findAnswerProblems,
  type InstrumentAnswers,
  minimumAnswered,
  roundScore,
  scoreResponse,
} from './score.js';
import { validateDefinition } from './validate-definition.js';

/** Five 0–4 items, the last reverse-keyed; two facets; prorated sum. */
const SUM_FORM: InstrumentDefinition = {
  id: 'sum-form',
  version: '1',
  title: 'Sum form',
  description: '',
  licenceNote: 'test',
  validated: false,
  items: [
    { id: 'a', text: 'A', kind: 'integer', min: 0, max: 4, facet: 'first' },
    { id: 'b', text: 'B', kind: 'integer', min: 0, max: 4, facet: 'first' },
    { id: 'c', text: 'C', kind: 'integer', min: 0, max: 4, facet: 'second' },
    { id: 'd', text: 'D', kind: 'integer', min: 0, max: 4, facet: 'second' },
    { id: 'e', text: 'E', kind: 'integer', min: 0, max: 4, reverse: true },
  ],
  facets: [
    { id: 'first', title: 'First' },
    { id: 'second', title: 'Second' },
  ],
  scoring: { method: 'sum', minAnsweredFraction: 0.8, scaleMin: 0, scaleMax: 20 },
  bands: [
    { key: 'low', label: 'Low', min: 0, max: 10 },
    { key: 'high', label: 'High', min: 10, max: 20 },
  ],
  cutoffs: [{ key: 'raised', meaning: 'High enough to talk about', value: 15, direction: 'above' }],
  reliability: 0.8,
  normSd: 3,
  higherIsBetter: true,
};

function rejection(action: () => unknown): DomainError {
  try {
    action();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

/** Any definition with `count` items on one range, some of them reverse-keyed. */
const definitions = fc
  .record({
    count: fc.integer({ min: 1, max: 15 }),
    low: fc.integer({ min: -5, max: 5 }),
    width: fc.integer({ min: 1, max: 9 }),
    method: fc.constantFrom<ScoringMethod>('mean', 'sum'),
    choice: fc.boolean(),
    reverse: fc.array(fc.boolean(), { minLength: 15, maxLength: 15 }),
    fraction: fc.constantFrom(0.5, 0.75, 0.8, 1),
  })
  .map(({ count, low, width, method, choice, reverse, fraction }): InstrumentDefinition => {
    const high = low + width;
    const values = Array.from({ length: width + 1 }, (_, index) => low + index);
    const items = Array.from({ length: count }, (_, index): InstrumentItem => {
      const shape = choice
        ? {
            kind: 'choice' as const,
            options: values.map((value) => ({ code: `v${value}`, display: `${value}`, value })),
          }
        : { kind: 'integer' as const, min: low, max: high };
      return {
        id: `q${index}`,
        text: `Question ${index}`,
        ...shape,
        reverse: reverse[index] ?? false,
      };
    });
    const [scaleMin, scaleMax] = method === 'sum' ? [low * count, high * count] : [low, high];
    const middle = (scaleMin + scaleMax) / 2;
    return {
      ...SUM_FORM,
      id: 'generated',
      items,
      facets: [],
      cutoffs: [],
      scoring: { method, minAnsweredFraction: fraction, scaleMin, scaleMax },
      bands: [
        { key: 'lower', label: 'Lower', min: scaleMin, max: middle },
        { key: 'upper', label: 'Upper', min: middle, max: scaleMax },
      ],
    };
  });

/** A definition with a complete set of valid answers, each given as its raw number. */
const answered = definitions.chain((definition) =>
  fc
    .array(fc.nat(), { minLength: definition.items.length, maxLength: definition.items.length })
    .map((picks) => {
      const answers: Record<string, string | number> = {};
      definition.items.forEach((item, index) => {
        const pick = picks[index] ?? 0;
        const options = item.options ?? [];
        const option = options[pick % Math.max(1, options.length)];
        const min = item.min ?? 0;
        answers[item.id] = option ? option.code : min + (pick % ((item.max ?? 0) - min + 1));
      });
      return { definition, answers };
    }),
);

describe('the scoring engine', () => {
  it('sums ordinal values and reverse-keys an item as scaleMin + scaleMax − value', () => {
    const score = scoreResponse(SUM_FORM, { a: 4, b: 3, c: 2, d: 1, e: 1 });
    // e is reverse-keyed on 0–4: 0 + 4 − 1 = 3.
    expect(score.total).toBe(4 + 3 + 2 + 1 + 3);
    expect(score.facets).toEqual({ first: 7, second: 3 });
    expect(score.band?.key).toBe('high');
    expect(score.complete).toBe(true);
    expect(score.completeness).toBe(1);
    expect(score.problems).toEqual([]);
  });

  it('prorates a partly answered sum as the mean of answered items times the item count', () => {
    const score = scoreResponse(SUM_FORM, { a: 4, b: 3, c: 2, d: 1 });
    expect(score.total).toBe(12.5);
    expect(score.answeredCount).toBe(4);
    expect(score.completeness).toBe(0.8);
    expect(score.complete).toBe(false);
  });

  it('gives a null score to a scale answered below its minimum fraction', () => {
    const score = scoreResponse(SUM_FORM, { a: 4, b: 3, c: 2 });
    expect(score.total).toBeNull();
    expect(score.band).toBeNull();
    expect(score.facets).toEqual({ first: 7, second: null });
  });

  it('leaves the total, every facet and the band empty when nothing is answered', () => {
    const score = scoreResponse(SUM_FORM, {});
    expect(score).toMatchObject({ total: null, band: null, answeredCount: 0, completeness: 0 });
    expect(score.facets).toEqual({ first: null, second: null });
    expect(score.cutoffs.map((outcome) => outcome.met)).toEqual([null]);
  });

  it('treats null and undefined answers as unanswered', () => {
    const answers = { a: 4, b: null, c: undefined } as unknown as InstrumentAnswers;
    expect(scoreResponse(SUM_FORM, answers)).toMatchObject({ answeredCount: 1, problems: [] });
  });

  it('meets an "above" cut-off at its value or more', () => {
    // e is reverse-keyed: an answer of 1 scores 3, so these total 15 and 14.
    expect(scoreResponse(SUM_FORM, { a: 3, b: 3, c: 3, d: 3, e: 1 }).cutoffs[0]?.met).toBe(true);
    expect(scoreResponse(SUM_FORM, { a: 3, b: 3, c: 3, d: 2, e: 1 }).cutoffs[0]?.met).toBe(false);
  });

  it('returns full precision and leaves rounding to the presenter', () => {
    expect(scoreResponse(SUM_FORM, { a: 1, b: 1, c: 1, d: 0 }).total).toBe(3.75);
    const mean = { ...SUM_FORM.scoring, method: 'mean' as const, scaleMax: 4 };
    expect(scoreResponse({ ...SUM_FORM, scoring: mean }, { a: 1, b: 1, c: 0, e: 3 }).total).toBe(
      3 / 4,
    );
    expect(scoreResponse({ ...SUM_FORM, scoring: mean }, { a: 2, b: 1, c: 1, d: 1 }).total).toBe(
      5 / 4,
    );
    expect(
      scoreResponse({ ...SUM_FORM, scoring: mean }, { a: 2, b: 2, c: 1, d: 1, e: 4 }).total,
    ).toBe(6 / 5);
  });

  it('reports unknown items, unknown codes, wrong types and out-of-range numbers instead of ignoring them', () => {
    const score = scoreResponse(SUM_FORM, { a: 9, b: 2.5, c: 'often', zz: 1, d: 2 });
    expect(score.problems.map((problem) => problem.itemId)).toEqual(['a', 'b', 'c', 'zz']);
    expect(score.problems.map((problem) => problem.message)).toEqual([
      'Question "a" expects a whole number between 0 and 4; 9 is out of range.',
      'Question "b" expects a whole number between 0 and 4, not 2.5.',
      'Question "c" expects a whole number between 0 and 4.',
      'There is no question "zz" in "Sum form".',
    ]);
    expect(score.answeredCount).toBe(1);
  });

  it('rejects bad answers with VALIDATION_FAILED and the item id as the field', () => {
    const withChoice: InstrumentDefinition = {
      ...SUM_FORM,
      items: [
        ...SUM_FORM.items,
        {
          id: 'f',
          text: 'F',
          kind: 'choice',
          options: [
            { code: 'no', display: 'No', value: 0 },
            { code: 'yes', display: 'Yes', value: 1 },
          ],
        },
      ],
    };
    const error = rejection(() => assertValidAnswers(withChoice, { nope: 1, a: 7, f: 'maybe' }));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.fieldProblems.map((problem) => problem.field)).toEqual(['nope', 'a', 'f']);
    expect(error.fieldProblems[0]?.message).toBe('There is no question "nope" in "Sum form".');
    expect(error.fieldProblems[1]?.message).toBe(
      'Question "a" expects a whole number between 0 and 4; 7 is out of range.',
    );
    expect(error.fieldProblems[2]?.message).toBe(
      'Question "f" has no answer "maybe"; its answers are no, yes.',
    );
    expect(error.message).toContain('(and 2 more)');
    expect(() => assertValidAnswers(withChoice, { a: 0, f: 'yes' })).not.toThrow();
    expect(findAnswerProblems(withChoice, { f: 1 })[0]?.message).toBe(
      'Question "f" expects one of its answers (no, yes).',
    );
  });

  it('needs at least one answer, and the minimum fraction rounded up, to score a scale', () => {
    expect(minimumAnswered(10, 0.8)).toBe(8);
    expect(minimumAnswered(12, 0.75)).toBe(9);
    expect(minimumAnswered(4, 0.75)).toBe(3);
    expect(minimumAnswered(5, 0.8)).toBe(4);
    expect(minimumAnswered(3, 0.01)).toBe(1);
  });

  it('rounds only for display', () => {
    expect(roundScore(14 / 3)).toBe(4.67);
    expect(roundScore(1.005)).toBe(1.01);
    expect(roundScore(5.125, 1)).toBe(5.1);
  });

  it('keeps the total within the scale range for any complete set of valid answers', () => {
    fc.assert(
      fc.property(answered, ({ definition, answers }) => {
        expect(validateDefinition(definition)).toEqual([]);
        const score = scoreResponse(definition, answers);
        expect(score.problems).toEqual([]);
        expect(score.complete).toBe(true);
        expect(score.total).not.toBeNull();
        expect(score.total).toBeGreaterThanOrEqual(definition.scoring.scaleMin - 1e-9);
        expect(score.total).toBeLessThanOrEqual(definition.scoring.scaleMax + 1e-9);
        expect(score.band).not.toBeNull();
      }),
    );
  });

  it('gives scaleMax when every item is answered at its maximum and none is reverse-keyed', () => {
    fc.assert(
      fc.property(definitions, (generated) => {
        const definition = {
          ...generated,
          items: generated.items.map(({ reverse: _reverse, ...item }) => item),
        };
        const answers = Object.fromEntries(
          definition.items.map((item) => {
            const top = item.options?.at(-1);
            return [item.id, top ? top.code : (item.max ?? 0)];
          }),
        );
        const score = scoreResponse(definition, answers);
        expect(score.total).toBeCloseTo(definition.scoring.scaleMax, 9);
        expect(score.band?.key).toBe('upper');
      }),
    );
  });

  it('scores the same whatever order the answers arrive in', () => {
    fc.assert(
      fc.property(
        answered.chain(({ definition, answers }) =>
          fc
            .shuffledSubarray(Object.entries(answers), { minLength: 1 })
            .chain((subset) =>
              fc
                .shuffledSubarray(subset, { minLength: subset.length, maxLength: subset.length })
                .map((shuffled) => ({ definition, subset, shuffled })),
            ),
        ),
        ({ definition, subset, shuffled }) => {
          expect(scoreResponse(definition, Object.fromEntries(shuffled))).toEqual(
            scoreResponse(definition, Object.fromEntries(subset)),
          );
        },
      ),
    );
  });

  it('scores a partly answered form exactly when enough items are answered, within range', () => {
    fc.assert(
      fc.property(
        answered.chain(({ definition, answers }) =>
          fc
            .subarray(Object.entries(answers))
            .map((kept) => ({ definition, answers: Object.fromEntries(kept) })),
        ),
        ({ definition, answers }) => {
          const score = scoreResponse(definition, answers);
          const enough =
            score.answeredCount >=
            minimumAnswered(definition.items.length, definition.scoring.minAnsweredFraction);
          expect(score.total !== null).toBe(enough);
          if (score.total !== null) {
            expect(score.total).toBeGreaterThanOrEqual(definition.scoring.scaleMin - 1e-9);
            expect(score.total).toBeLessThanOrEqual(definition.scoring.scaleMax + 1e-9);
          }
        },
      ),
    );
  });
});
