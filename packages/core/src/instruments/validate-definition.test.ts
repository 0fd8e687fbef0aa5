import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { AMEND_SAFETY_SCREEN, AMEND_TRUST } from './amend-instruments.js';
import type { InstrumentDefinition, InstrumentItem } from './definition.js';
import { itemRange, scoreRange } from './definition.js';
import { assertValidDefinition, validateDefinition } from './validate-definition.js';

function messages(definition: InstrumentDefinition): string[] {
  return validateDefinition(definition).map((problem) => problem.message);
}

const [first, second] = AMEND_TRUST.items as [InstrumentItem, InstrumentItem];

describe('validating a definition', () => {
  it('finds duplicate item ids', () => {
    const twice = { ...AMEND_TRUST, items: [...AMEND_TRUST.items, first] };
    expect(messages(twice)).toContain('the item id "trust-01" is used twice');
  });

  it('finds a reverse-keyed number item with no range to reverse within', () => {
    const item: InstrumentItem = { id: 'hours', text: 'Hours', kind: 'integer', reverse: true };
    const definition = { ...AMEND_SAFETY_SCREEN, items: [...AMEND_SAFETY_SCREEN.items, item] };
    expect(messages(definition)).toContain(
      'reverse-keyed item "hours" needs options or a min and max',
    );
  });

  it('finds an item counting towards a facet that is not declared', () => {
    const definition = { ...AMEND_TRUST, items: [{ ...first, facet: 'honesty' }, second] };
    expect(messages(definition)).toContain(
      'item "trust-01" counts towards facet "honesty", which is not declared',
    );
    expect(messages(definition)).toContain('facet "faith" has no items');
  });

  it('finds choice items with too few or repeated codes, and numbers with options', () => {
    const definition: InstrumentDefinition = {
      ...AMEND_TRUST,
      facets: [],
      items: [
        {
          id: 'one',
          text: 'One',
          kind: 'choice',
          options: [{ code: 'x', display: 'X', value: 1 }],
        },
        {
          id: 'two',
          text: 'Two',
          kind: 'choice',
          options: [
            { code: 'x', display: 'X', value: 1 },
            { code: 'x', display: 'Y', value: 7 },
          ],
        },
        { id: 'three', text: 'Three', kind: 'integer', min: 1, max: 7, options: [] },
      ],
    };
    expect(messages(definition)).toEqual(
      expect.arrayContaining([
        'choice item "one" needs at least two options',
        'choice item "two" lists the code "x" twice',
        'integer item "three" has options',
      ]),
    );
  });

  it('finds a declared scale range the items cannot produce', () => {
    const definition = { ...AMEND_TRUST, scoring: { ...AMEND_TRUST.scoring, scaleMax: 10 } };
    expect(messages(definition)).toContain(
      'the items give totals from 1 to 7, but the scale says 1–10',
    );
  });

  it('finds bands with gaps, overlaps or a short reach', () => {
    const gap = {
      ...AMEND_TRUST,
      bands: [
        { key: 'low', label: 'Low', min: 1, max: 3 },
        { key: 'high', label: 'High', min: 4, max: 6 },
      ],
    };
    expect(messages(gap)).toEqual([
      'band "high" starts at 4; the bands must cover 1–7 without gaps or overlaps (expected 3)',
      'the bands end at 6, not at 7',
    ]);
  });

  it('finds proration across items on different ranges', () => {
    const definition: InstrumentDefinition = {
      ...AMEND_SAFETY_SCREEN,
      items: [
        { id: 'a', text: 'A', kind: 'integer', min: 0, max: 1 },
        { id: 'b', text: 'B', kind: 'integer', min: 0, max: 10 },
      ],
      cutoffs: [],
      scoring: { method: 'sum', minAnsweredFraction: 0.5, scaleMin: 0, scaleMax: 11 },
    };
    expect(messages(definition)).toEqual([
      'items that do not share one range cannot be prorated: set minAnsweredFraction to 1',
    ]);
  });

  it('finds cut-offs watching unknown items, and impossible reliability figures', () => {
    const definition = {
      ...AMEND_SAFETY_SCREEN,
      cutoffs: [{ ...AMEND_SAFETY_SCREEN.cutoffs?.[1], items: ['safety-99'] }] as never,
      reliability: 1,
      normSd: 0,
    };
    expect(messages(definition)).toEqual([
      'reliability must be at least 0 and below 1, or null',
      'normSd must be a positive number, or null',
      'cut-off "self-harm" names unknown item "safety-99"',
    ]);
  });

  it('throws VALIDATION_FAILED listing every problem by path', () => {
    const broken = { ...AMEND_TRUST, id: 'no spaces please', version: ' ' };
    const error = (() => {
      try {
        assertValidDefinition(broken);
      } catch (thrown) {
        return thrown;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('VALIDATION_FAILED');
    expect((error as DomainError).fieldProblems.map((problem) => problem.field)).toEqual([
      'id',
      'version',
    ]);
    expect(() => assertValidDefinition(AMEND_TRUST)).not.toThrow();
  });

  it('derives ranges from options, or from min and max', () => {
    expect(itemRange(first)).toEqual({ min: 1, max: 7 });
    expect(itemRange({ id: 'x', text: 'X', kind: 'decimal', min: 0 })).toBeNull();
    expect(scoreRange(AMEND_SAFETY_SCREEN.items, 'sum')).toEqual({ min: 0, max: 6 });
    expect(scoreRange(AMEND_TRUST.items, 'mean')).toEqual({ min: 1, max: 7 });
  });
});
