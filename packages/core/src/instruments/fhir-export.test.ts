import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { AMEND_INSTRUMENTS, AMEND_SAFETY_SCREEN, AMEND_TRUST } from './amend-instruments.js';
import type { InstrumentDefinition } from './definition.js';
import { FHIR_MAX_VALUE, FHIR_MIN_VALUE, FHIR_ORDINAL_VALUE } from './fhir.js';
import { toFhirQuestionnaire, toFhirQuestionnaireResponse } from './fhir-export.js';
import { fromFhirQuestionnaire } from './fhir-import.js';
import { scoreResponse } from './score.js';
import { validateDefinition } from './validate-definition.js';

const AUTHORED = new Date('2026-03-01T09:30:00Z');

/** Any answers to `definition`: each item skipped or given one of its options. */
function answersTo(definition: InstrumentDefinition) {
  return fc
    .tuple(...definition.items.map((item) => fc.option(fc.constantFrom(...(item.options ?? [])))))
    .map((picks) =>
      Object.fromEntries(
        definition.items.flatMap((item, index) => {
          const pick = picks[index];
          return pick ? [[item.id, pick.code]] : [];
        }),
      ),
    );
}

/** A tree of linkIds, to compare a response's structure with its questionnaire's. */
type Tree = { readonly linkId: string; readonly item?: readonly Tree[] };
function paths(items: readonly Tree[], prefix = ''): string[] {
  return items.flatMap((item) => [
    `${prefix}${item.linkId}`,
    ...paths(item.item ?? [], `${prefix}${item.linkId}/`),
  ]);
}

function throughJson<T>(value: T): unknown {
  return JSON.parse(JSON.stringify(value));
}

describe('exporting to FHIR', () => {
  it('writes a Questionnaire with facet groups, ordinal values and Amend’s scoring data', () => {
    const questionnaire = toFhirQuestionnaire(AMEND_TRUST);
    expect(questionnaire).toMatchObject({
      resourceType: 'Questionnaire',
      id: 'amend-trust',
      url: 'urn:amend:instrument:amend-trust',
      version: '1.0.0',
      name: 'AmendTrust',
      status: 'active',
      copyright: AMEND_TRUST.licenceNote,
    });
    expect(
      questionnaire.item.map((group) => [group.linkId, group.type, group.item?.length]),
    ).toEqual([
      ['predictability', 'group', 4],
      ['dependability', 'group', 4],
      ['faith', 'group', 4],
    ]);
    const reversed = questionnaire.item[0]?.item?.[1];
    expect(reversed?.linkId).toBe('trust-04');
    expect(reversed?.extension).toEqual([{ url: 'urn:amend:reverse', valueBoolean: true }]);
    expect(reversed?.answerOption?.[6]?.valueCoding).toEqual({
      system: 'urn:amend:answers:agreement-7',
      code: 'strongly-agree',
      display: 'Strongly agree',
      extension: [{ url: FHIR_ORDINAL_VALUE, valueDecimal: 7 }],
    });
  });

  it('writes a number question’s range as minValue and maxValue of its own type', () => {
    const definition: InstrumentDefinition = {
      ...AMEND_SAFETY_SCREEN,
      id: 'numbers',
      items: [
        { id: 'n', text: 'N', kind: 'integer', min: 0, max: 3 },
        { id: 'd', text: 'D', kind: 'decimal', min: 0, max: 3 },
      ],
      cutoffs: [],
    };
    const [integer, decimal] = toFhirQuestionnaire(definition).item;
    expect(integer?.extension).toEqual([
      { url: FHIR_MIN_VALUE, valueInteger: 0 },
      { url: FHIR_MAX_VALUE, valueInteger: 3 },
    ]);
    expect(decimal?.extension?.[1]).toEqual({ url: FHIR_MAX_VALUE, valueDecimal: 3 });
    const response = toFhirQuestionnaireResponse({
      definition,
      answers: { n: 2, d: 0.5 },
      authored: AUTHORED,
    });
    expect(response.item).toEqual([
      { linkId: 'n', text: 'N', answer: [{ valueInteger: 2 }] },
      { linkId: 'd', text: 'D', answer: [{ valueDecimal: 0.5 }] },
    ]);
  });

  it('writes a partly answered form as an in-progress QuestionnaireResponse, skipping blanks', () => {
    const response = toFhirQuestionnaireResponse({
      definition: AMEND_TRUST,
      answers: { 'trust-01': 'agree', 'trust-12': 'neither' },
      authored: AUTHORED,
      subjectReference: 'Patient/7c1d',
      id: 'resp-1',
    });
    expect(response).toEqual({
      resourceType: 'QuestionnaireResponse',
      id: 'resp-1',
      questionnaire: 'urn:amend:instrument:amend-trust|1.0.0',
      status: 'in-progress',
      subject: { reference: 'Patient/7c1d' },
      authored: '2026-03-01T09:30:00.000Z',
      item: [
        {
          linkId: 'predictability',
          text: 'Predictability',
          item: [
            {
              linkId: 'trust-01',
              text: AMEND_TRUST.items[0]?.text,
              answer: [
                {
                  valueCoding: {
                    system: 'urn:amend:answers:agreement-7',
                    code: 'agree',
                    display: 'Agree',
                  },
                },
              ],
            },
          ],
        },
        {
          linkId: 'faith',
          text: 'Faith in the future',
          item: [expect.objectContaining({ linkId: 'trust-12' })],
        },
      ],
    });
  });

  it('marks a fully answered form completed, shaped like its Questionnaire', () => {
    const answers = Object.fromEntries(AMEND_TRUST.items.map((item) => [item.id, 'agree']));
    const response = toFhirQuestionnaireResponse({
      definition: AMEND_TRUST,
      answers,
      authored: AUTHORED,
    });
    expect(response.status).toBe('completed');
    expect(response).not.toHaveProperty('subject');
    expect(paths(response.item)).toEqual(paths(toFhirQuestionnaire(AMEND_TRUST).item));
  });

  it('refuses to export answers the engine would reject', () => {
    expect(() =>
      toFhirQuestionnaireResponse({
        definition: AMEND_TRUST,
        answers: { 'trust-01': 'maybe' },
        authored: AUTHORED,
      }),
    ).toThrow(DomainError);
  });

  it('points responses to an imported Questionnaire back at its own canonical URL', () => {
    const imported = fromFhirQuestionnaire({
      resourceType: 'Questionnaire',
      url: 'https://example.org/Questionnaire/q',
      version: '3',
      item: [
        {
          linkId: 'a',
          type: 'integer',
          extension: [
            { url: FHIR_MIN_VALUE, valueInteger: 0 },
            { url: FHIR_MAX_VALUE, valueInteger: 4 },
          ],
        },
      ],
    });
    expect(imported.id).toBe('q');
    const response = toFhirQuestionnaireResponse({
      definition: imported,
      answers: { a: 4 },
      authored: AUTHORED,
    });
    expect(response.questionnaire).toBe('https://example.org/Questionnaire/q|3');
    expect(toFhirQuestionnaire(imported).url).toBe('https://example.org/Questionnaire/q');
  });
});

describe('a round trip through FHIR', () => {
  it('gives back each Amend instrument, with its scoring, bands and cut-offs', () => {
    for (const instrument of AMEND_INSTRUMENTS) {
      const back = fromFhirQuestionnaire(throughJson(toFhirQuestionnaire(instrument)));
      expect(validateDefinition(back)).toEqual([]);
      const { canonical, items, facets, ...rest } = back;
      const { items: originalItems, facets: originalFacets, ...original } = instrument;
      expect(canonical).toBe(`urn:amend:instrument:${instrument.id}|1.0.0`);
      expect(rest).toEqual(original);
      const byId = (list: typeof items) => [...list].sort((a, b) => a.id.localeCompare(b.id));
      expect(byId(items)).toEqual(byId(originalItems));
      expect(facets.map((facet) => [facet.id, facet.title])).toEqual(
        originalFacets.map((facet) => [facet.id, facet.title]),
      );
    }
  });

  it('scores any answers identically after the round trip', () => {
    for (const instrument of AMEND_INSTRUMENTS) {
      const back = fromFhirQuestionnaire(throughJson(toFhirQuestionnaire(instrument)));
      fc.assert(
        fc.property(answersTo(instrument), (answers) => {
          expect(scoreResponse(back, answers)).toEqual(scoreResponse(instrument, answers));
        }),
        { numRuns: 50 },
      );
    }
  });

  it('scores identically from plain FHIR when reverse keys and bands come as overrides', () => {
    const plain = throughJson(toFhirQuestionnaire(AMEND_TRUST)) as Record<string, unknown>;
    delete plain.extension;
    const stripped = JSON.parse(JSON.stringify(plain).replaceAll('"urn:amend:reverse"', '"urn:x"'));
    const back = fromFhirQuestionnaire(stripped, {
      method: 'mean',
      minAnsweredFraction: AMEND_TRUST.scoring.minAnsweredFraction,
      reverseItems: AMEND_TRUST.items.filter((item) => item.reverse).map((item) => item.id),
      bands: AMEND_TRUST.bands,
    });
    fc.assert(
      fc.property(answersTo(AMEND_TRUST), (answers) => {
        const expected = scoreResponse(AMEND_TRUST, answers);
        const actual = scoreResponse(back, answers);
        expect([actual.total, actual.facets, actual.band]).toEqual([
          expected.total,
          expected.facets,
          expected.band,
        ]);
      }),
    );
  });
});
