/**
 * Exports an instrument as a FHIR R4 Questionnaire and a person's answers as a
 * QuestionnaireResponse. Items that share a facet are written inside one group (linkId = the
 * facet id), placed where the facet's first item stands, so the structure matches what
 * fromFhirQuestionnaire reads. Responses mirror that structure, as FHIR requires; a Questionnaire
 * imported with deeper nesting is answered one group level deep.
 */
import type { InstrumentDefinition, InstrumentFacet, InstrumentItem } from './definition.js';
import {
  AMEND_REVERSE_EXTENSION,
  amendInstrumentUrl,
  FHIR_MAX_VALUE,
  FHIR_MIN_VALUE,
  FHIR_ORDINAL_VALUE,
  type FhirExtension,
  type FhirQuestionnaire,
  type FhirQuestionnaireItem,
  type FhirQuestionnaireResponse,
  type FhirQuestionnaireResponseItem,
  type FhirResponseAnswer,
} from './fhir.js';
import { encodeAmendExtension } from './fhir-amend-extension.js';
import { assertValidAnswers, type InstrumentAnswers, scoreResponse } from './score.js';

/**
 * Lays items out in order, gathering each facet's items into one group at the position of its
 * first item. `render` may return null to leave an item out; empty groups are left out too.
 */
function layout<T>(
  def: InstrumentDefinition,
  render: (item: InstrumentItem) => T | null,
  group: (facet: InstrumentFacet, children: readonly T[]) => T,
): T[] {
  const out: T[] = [];
  const placed = new Set<string>();
  for (const item of def.items) {
    if (item.facet === undefined) {
      const rendered = render(item);
      if (rendered !== null) out.push(rendered);
      continue;
    }
    if (placed.has(item.facet)) continue;
    placed.add(item.facet);
    const facet = def.facets.find((candidate) => candidate.id === item.facet) ?? {
      id: item.facet,
      title: item.facet,
    };
    const children = def.items
      .filter((candidate) => candidate.facet === item.facet)
      .map(render)
      .filter((child) => child !== null);
    if (children.length > 0) out.push(group(facet, children));
  }
  return out;
}

function questionItem(item: InstrumentItem): FhirQuestionnaireItem {
  const extension: FhirExtension[] = [];
  const bound = (url: string, value: number): FhirExtension =>
    item.kind === 'integer' ? { url, valueInteger: value } : { url, valueDecimal: value };
  if (item.min !== undefined) extension.push(bound(FHIR_MIN_VALUE, item.min));
  if (item.max !== undefined) extension.push(bound(FHIR_MAX_VALUE, item.max));
  if (item.reverse) extension.push({ url: AMEND_REVERSE_EXTENSION, valueBoolean: true });
  return {
    linkId: item.id,
    text: item.text,
    type: item.kind,
    ...(extension.length > 0 ? { extension } : {}),
    ...(item.kind === 'choice'
      ? {
          answerOption: (item.options ?? []).map((option) => ({
            valueCoding: {
              ...(option.system === undefined ? {} : { system: option.system }),
              code: option.code,
              display: option.display,
              extension: [{ url: FHIR_ORDINAL_VALUE, valueDecimal: option.value }],
            },
          })),
        }
      : {}),
  };
}

/** A FHIR name: starts with a capital letter, then letters, digits and underscores. */
function fhirName(id: string): string {
  const words = id.split(/[^A-Za-z0-9]+/).filter((word) => word !== '');
  const name = words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('');
  return /^[A-Z]/.test(name) ? name : `Q${name}`;
}

function canonicalUrl(def: InstrumentDefinition): string {
  return def.canonical?.split('|')[0] ?? amendInstrumentUrl(def.id);
}

/** The instrument as a FHIR R4 Questionnaire, with ordinal values and Amend's scoring data. */
export function toFhirQuestionnaire(def: InstrumentDefinition): FhirQuestionnaire {
  return {
    resourceType: 'Questionnaire',
    id: def.id,
    url: canonicalUrl(def),
    version: def.version,
    name: fhirName(def.id),
    title: def.title,
    status: 'active',
    ...(def.description === '' ? {} : { description: def.description }),
    copyright: def.licenceNote,
    extension: [encodeAmendExtension(def)],
    item: layout(def, questionItem, (facet, children) => ({
      linkId: facet.id,
      text: facet.title,
      type: 'group',
      item: children,
    })),
  };
}

export interface QuestionnaireResponseInput {
  readonly definition: InstrumentDefinition;
  readonly answers: InstrumentAnswers;
  readonly authored: Date;
  /** A FHIR reference such as "Patient/123". */
  readonly subjectReference?: string;
  readonly id?: string;
}

function responseAnswer(item: InstrumentItem, answer: string | number): FhirResponseAnswer {
  if (item.kind === 'integer') return { valueInteger: answer as number };
  if (item.kind === 'decimal') return { valueDecimal: answer as number };
  const option = item.options?.find((candidate) => candidate.code === answer);
  return {
    valueCoding: {
      ...(option?.system === undefined ? {} : { system: option.system }),
      code: String(answer),
      ...(option ? { display: option.display } : {}),
    },
  };
}

/**
 * A person's answers as a FHIR R4 QuestionnaireResponse: `completed` when every item is
 * answered, `in-progress` otherwise. Unanswered items are left out. Throws DomainError
 * ('VALIDATION_FAILED') for answers the engine would reject.
 */
export function toFhirQuestionnaireResponse(
  input: QuestionnaireResponseInput,
): FhirQuestionnaireResponse {
  const { definition: def, answers } = input;
  assertValidAnswers(def, answers);
  const score = scoreResponse(def, answers);
  const render = (item: InstrumentItem): FhirQuestionnaireResponseItem | null => {
    const answer = Object.hasOwn(answers, item.id) ? answers[item.id] : undefined;
    if (answer === undefined || answer === null) return null;
    return { linkId: item.id, text: item.text, answer: [responseAnswer(item, answer)] };
  };
  return {
    resourceType: 'QuestionnaireResponse',
    ...(input.id === undefined ? {} : { id: input.id }),
    questionnaire: def.canonical ?? `${amendInstrumentUrl(def.id)}|${def.version}`,
    status: score.complete ? 'completed' : 'in-progress',
    ...(input.subjectReference === undefined
      ? {}
      : { subject: { reference: input.subjectReference } }),
    authored: input.authored.toISOString(),
    item: layout(def, render, (facet, children) => ({
      linkId: facet.id,
      text: facet.title,
      item: children,
    })),
  };
}
