import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { FHIR_ITEM_WEIGHT, FHIR_MAX_VALUE, FHIR_MIN_VALUE, FHIR_ORDINAL_VALUE } from './fhir.js';
import { fromFhirQuestionnaire } from './fhir-import.js';
import { scoreResponse } from './score.js';

const ordinal = (value: number) => [{ url: FHIR_ORDINAL_VALUE, valueDecimal: value }];
const weight = (value: number) => [{ url: FHIR_ITEM_WEIGHT, valueInteger: value }];

/** Hand-written: nested groups, both ordinal extensions, integer and decimal items, a display. */
const CLOSENESS_CHECK = {
  resourceType: 'Questionnaire',
  id: 'closeness-check',
  url: 'https://example.org/fhir/Questionnaire/closeness-check',
  version: '2.1',
  title: 'Closeness check',
  status: 'active',
  copyright: 'Example licence: free for clinical use.',
  item: [
    { linkId: 'intro', type: 'display', text: 'Think about the last two weeks.' },
    {
      linkId: 'warmth',
      type: 'group',
      text: 'Warmth',
      item: [
        {
          linkId: 'w1',
          type: 'choice',
          text: 'We laugh together.',
          answerOption: [
            {
              valueCoding: {
                system: 'http://example.org/often',
                code: 'never',
                display: 'Never',
                extension: ordinal(0),
              },
            },
            {
              valueCoding: {
                system: 'http://example.org/often',
                code: 'often',
                extension: ordinal(1),
              },
            },
            {
              valueCoding: {
                system: 'http://example.org/often',
                code: 'always',
                extension: ordinal(2),
              },
            },
          ],
        },
        {
          linkId: 'warmth-more',
          type: 'group',
          item: [
            {
              linkId: 'w2',
              type: 'choice',
              text: 'We say kind things.',
              answerOption: [
                { extension: weight(0), valueCoding: { code: 'never', display: 'Never' } },
                { extension: weight(1), valueCoding: { code: 'often', display: 'Often' } },
                { extension: weight(2), valueCoding: { code: 'always', display: 'Always' } },
              ],
            },
          ],
        },
      ],
    },
    {
      linkId: 'effort',
      type: 'group',
      text: 'Effort',
      item: [
        {
          linkId: 'e1',
          type: 'integer',
          text: 'Evenings together this week (0–2)',
          extension: [
            { url: FHIR_MIN_VALUE, valueInteger: 0 },
            { url: FHIR_MAX_VALUE, valueInteger: 2 },
          ],
        },
      ],
    },
    {
      linkId: 'overall',
      type: 'decimal',
      text: 'Overall, from 0 to 2',
      extension: [
        { url: FHIR_MIN_VALUE, valueDecimal: 0 },
        { url: FHIR_MAX_VALUE, valueDecimal: 2 },
      ],
    },
  ],
};

function rejection(json: unknown): DomainError {
  try {
    fromFhirQuestionnaire(json);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected the import to be rejected');
}

function withItems(item: unknown[]) {
  return { resourceType: 'Questionnaire', id: 'q', status: 'active', item };
}

describe('importing a FHIR Questionnaire', () => {
  it('flattens nested groups, reads both ordinal extensions and number ranges, and scores', () => {
    const definition = fromFhirQuestionnaire(CLOSENESS_CHECK);
    expect(definition.items.map((item) => [item.id, item.kind, item.facet])).toEqual([
      ['w1', 'choice', 'warmth'],
      ['w2', 'choice', 'warmth'],
      ['e1', 'integer', 'effort'],
      ['overall', 'decimal', undefined],
    ]);
    expect(definition.facets).toEqual([
      { id: 'warmth', title: 'Warmth' },
      { id: 'effort', title: 'Effort' },
    ]);
    expect(definition).toMatchObject({
      id: 'closeness-check',
      version: '2.1',
      title: 'Closeness check',
      licenceNote: 'Example licence: free for clinical use.',
      validated: false,
      canonical: 'https://example.org/fhir/Questionnaire/closeness-check|2.1',
      scoring: { method: 'sum', minAnsweredFraction: 0.8, scaleMin: 0, scaleMax: 8 },
      bands: [],
      reliability: null,
      normSd: null,
    });
    expect(definition.items[0]?.options?.[1]).toEqual({
      code: 'often',
      display: 'often',
      value: 1,
      system: 'http://example.org/often',
    });
    const score = scoreResponse(definition, { w1: 'often', w2: 'always', e1: 2, overall: 1.5 });
    expect(score.total).toBe(6.5);
    expect(score.facets).toEqual({ warmth: 3, effort: 2 });
  });

  it('needs four of four answers by default, since 80% of four rounds up', () => {
    const definition = fromFhirQuestionnaire(CLOSENESS_CHECK);
    expect(scoreResponse(definition, { w1: 'often', w2: 'always', e1: 2 }).total).toBeNull();
  });

  it('takes scoring, reverse keys and bands from the overrides', () => {
    const definition = fromFhirQuestionnaire(CLOSENESS_CHECK, {
      method: 'mean',
      minAnsweredFraction: 0.75,
      reverseItems: ['w2'],
      bands: [
        { key: 'apart', label: 'Apart', min: 0, max: 1 },
        { key: 'close', label: 'Close', min: 1, max: 2 },
      ],
      reliability: 0.9,
      normSd: 0.5,
      higherIsBetter: true,
      respondent: 'hurt',
    });
    expect(definition.scoring).toEqual({
      method: 'mean',
      minAnsweredFraction: 0.75,
      scaleMin: 0,
      scaleMax: 2,
    });
    // w2 reversed: 0 + 2 − 2 = 0. Mean of 1, 0, 2 = 1 → "close".
    const score = scoreResponse(definition, { w1: 'often', w2: 'always', e1: 2 });
    expect(score.total).toBe(1);
    expect(score.band?.key).toBe('close');
    expect(definition.respondent).toBe('hurt');
  });

  it('takes a missing id from the name, made safe for an id', () => {
    const { id: _id, ...nameless } = CLOSENESS_CHECK;
    expect(fromFhirQuestionnaire({ ...nameless, name: 'Closeness_Check' }).id).toBe(
      'Closeness-Check',
    );
    expect(fromFhirQuestionnaire(CLOSENESS_CHECK, { id: 'mine' }).id).toBe('mine');
  });

  it('rejects what is not a Questionnaire', () => {
    expect(rejection({ resourceType: 'Patient' }).message).toBe(
      'Expected a FHIR R4 Questionnaire resource, got resourceType "Patient".',
    );
    expect(rejection(null).message).toBe('Expected a FHIR R4 Questionnaire resource, got null.');
    expect(rejection('Questionnaire').code).toBe('VALIDATION_FAILED');
  });

  it('rejects a choice question whose answers have no ordinal values', () => {
    const json = withItems([
      { linkId: 'q1', type: 'choice', answerOption: [{ valueCoding: { code: 'yes' } }] },
    ]);
    const error = rejection(json);
    expect(error.message).toBe(
      'This Questionnaire cannot be scored: answer "yes" of "q1" has no ordinal value (an ordinalValue or itemWeight extension), so it cannot be scored.',
    );
    expect(error.fieldProblems[0]?.field).toBe('item[0].answerOption[0]');
  });

  it('rejects free-text, date and other question types it cannot score, naming each', () => {
    const error = rejection(
      withItems([
        { linkId: 'name', type: 'string' },
        { linkId: 'group', type: 'group', item: [{ linkId: 'when', type: 'date' }] },
      ]),
    );
    expect(error.fieldProblems.map((problem) => problem.field)).toEqual([
      'item[0]',
      'item[1].item[0]',
    ]);
    expect(error.fieldProblems[0]?.message).toContain(
      '"name" is a string question, which cannot be scored',
    );
    expect(error.message).toContain('(and 1 more problems)');
  });

  it('rejects duplicate linkIds, repeating items and answer lists kept in a ValueSet', () => {
    const error = rejection(
      withItems([
        { linkId: 'n', type: 'integer' },
        { linkId: 'n', type: 'integer' },
        { linkId: 'many', type: 'integer', repeats: true },
        { linkId: 'vs', type: 'choice', answerValueSet: 'http://example.org/ValueSet/x' },
      ]),
    );
    expect(error.fieldProblems.map((problem) => problem.message)).toEqual([
      'the linkId "n" is used twice',
      '"many" repeats; a repeating item or group cannot be scored',
      'choice question "vs" takes its answers from a ValueSet (answerValueSet); list them as answerOption with ordinal values instead',
    ]);
  });

  it('rejects a Questionnaire with nothing to score', () => {
    const error = rejection(withItems([{ linkId: 'hello', type: 'display', text: 'Hello' }]));
    expect(error.message).toContain('it has no questions Amend can score');
  });

  it('asks for a score range when numeric questions have none', () => {
    const unbounded = withItems([
      { linkId: 'a', type: 'integer' },
      { linkId: 'b', type: 'integer' },
    ]);
    expect(rejection(unbounded).message).toContain('give scaleMin and scaleMax in the overrides');
    const definition = fromFhirQuestionnaire(unbounded, { scaleMin: 0, scaleMax: 20 });
    expect(definition.scoring.minAnsweredFraction).toBe(1);
    expect(scoreResponse(definition, { a: 3, b: 4 }).total).toBe(7);
  });

  it('rejects overrides that make an unsound definition', () => {
    expect(() => fromFhirQuestionnaire(CLOSENESS_CHECK, { reverseItems: ['nope'] })).toThrow(
      'there is no item "nope" to reverse',
    );
    expect(() =>
      fromFhirQuestionnaire(CLOSENESS_CHECK, {
        bands: [{ key: 'all', label: 'All', min: 0, max: 5 }],
      }),
    ).toThrow('the bands end at 5, not at 8');
  });

  it('reports a malformed Amend extension rather than ignoring it', () => {
    const json = {
      ...CLOSENESS_CHECK,
      extension: [
        {
          url: 'urn:amend:instrument',
          extension: [
            { url: 'scoring-method', valueCode: 'median' },
            { url: 'band', extension: [{ url: 'key', valueString: 'x' }] },
          ],
        },
      ],
    };
    expect(rejection(json).fieldProblems.map((problem) => problem.message)).toEqual([
      'urn:amend:instrument has an unknown scoring-method "median"',
      'urn:amend:instrument has a malformed band',
    ]);
  });
});
