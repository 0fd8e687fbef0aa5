/**
 * Imports a FHIR R4 Questionnaire as an instrument definition, or says exactly why it cannot.
 *
 * - `choice` items need answerOption entries with valueCoding and an ordinal value: extension
 *   ordinalValue, itemWeight (or the older iso21090-CO-value), on the answerOption or its coding.
 * - `integer` and `decimal` items take their range from the minValue and maxValue extensions.
 * - `group` items are flattened: a top-level group becomes a facet of every item inside it, at
 *   any depth. `display` items are skipped. Anything else (string, date, boolean, open-choice,
 *   attachment, …), repeating items and answerValueSet lists are rejected.
 * - Reverse keys, bands and cut-offs have no place in plain FHIR: they default to none, or come
 *   from Amend's own extensions (urn:amend:reverse, urn:amend:instrument) or from `overrides`,
 *   which win over both. Other defaults: sum scoring, 80% proration (100% when items have
 *   different ranges), unknown reliability and norm SD, higher is better.
 */
import { DomainError, type FieldProblem } from '../errors.js';
import type {
  InstrumentBand,
  InstrumentCadence,
  InstrumentCutoff,
  InstrumentDefinition,
  InstrumentFacet,
  InstrumentItem,
  InstrumentRespondent,
  ScoringMethod,
} from './definition.js';
import { itemRange, scoreRange } from './definition.js';
import {
  AMEND_REVERSE_EXTENSION,
  FHIR_MAX_VALUE,
  FHIR_MIN_VALUE,
  ORDINAL_EXTENSIONS,
} from './fhir.js';
import { decodeAmendExtension } from './fhir-amend-extension.js';
import type { JsonRecord } from './fhir-read.js';
import { extensionNumber, isRecord, readArray, readExtensions, readString } from './fhir-read.js';
import { assertValidDefinition } from './validate-definition.js';

/** What the importer (a therapist, say) knows that the Questionnaire does not say. */
export interface FhirImportOverrides {
  readonly id?: string;
  readonly version?: string;
  readonly licenceNote?: string;
  readonly validated?: boolean;
  readonly respondent?: InstrumentRespondent;
  readonly cadence?: InstrumentCadence;
  readonly private?: boolean;
  readonly method?: ScoringMethod;
  readonly minAnsweredFraction?: number;
  readonly scaleMin?: number;
  readonly scaleMax?: number;
  readonly reliability?: number | null;
  readonly normSd?: number | null;
  readonly higherIsBetter?: boolean;
  readonly bands?: readonly InstrumentBand[];
  readonly cutoffs?: readonly InstrumentCutoff[];
  /** The complete list of reverse-keyed item ids; replaces any urn:amend:reverse flags. */
  readonly reverseItems?: readonly string[];
}

const SCORABLE = 'Amend scores choice questions with ordinal values, integer and decimal questions';

class Reader {
  readonly problems: FieldProblem[] = [];
  readonly items: InstrumentItem[] = [];
  readonly facets: InstrumentFacet[] = [];
  private readonly linkIds = new Set<string>();

  report(field: string, message: string): void {
    this.problems.push({ field, message });
  }

  walk(nodes: readonly unknown[], path: string, facet: string | undefined): void {
    for (const [index, node] of nodes.entries()) this.read(node, `${path}[${index}]`, facet);
  }

  private read(node: unknown, at: string, facet: string | undefined): void {
    const linkId = isRecord(node) ? readString(node, 'linkId') : undefined;
    if (!isRecord(node) || linkId === undefined) {
      this.report(at, 'every item needs a linkId');
      return;
    }
    if (this.linkIds.has(linkId)) this.report(at, `the linkId "${linkId}" is used twice`);
    this.linkIds.add(linkId);
    const type = node.type;
    const children = readArray(node, 'item');
    if (node.repeats === true && type !== 'display') {
      this.report(at, `"${linkId}" repeats; a repeating item or group cannot be scored`);
    }
    if (type === 'group') {
      if (facet === undefined) {
        this.facets.push({ id: linkId, title: readString(node, 'text') ?? linkId });
      }
      this.walk(children, `${at}.item`, facet ?? linkId);
      return;
    }
    if (type === 'choice') this.choice(node, linkId, at, facet);
    else if (type === 'integer' || type === 'decimal') this.number(node, type, linkId, facet);
    else if (type !== 'display') {
      this.report(
        at,
        `"${linkId}" is a ${String(type)} question, which cannot be scored. ${SCORABLE}`,
      );
    }
    // FHIR lets questions carry child items; they are scored like their parent's siblings.
    this.walk(children, `${at}.item`, facet);
  }

  private base(node: JsonRecord, linkId: string, facet: string | undefined) {
    const reverse = readExtensions(node).some(
      (extension) => extension.url === AMEND_REVERSE_EXTENSION && extension.valueBoolean === true,
    );
    return {
      id: linkId,
      text: readString(node, 'text') ?? linkId,
      ...(reverse ? { reverse } : {}),
      ...(facet === undefined ? {} : { facet }),
    };
  }

  private choice(node: JsonRecord, linkId: string, at: string, facet: string | undefined): void {
    const rawOptions = readArray(node, 'answerOption');
    if (rawOptions.length === 0) {
      const why =
        node.answerValueSet === undefined
          ? 'has no answerOption list'
          : 'takes its answers from a ValueSet (answerValueSet); list them as answerOption with ordinal values instead';
      this.report(at, `choice question "${linkId}" ${why}`);
      return;
    }
    const options = rawOptions.map((option, index) => {
      const coding = isRecord(option) ? option.valueCoding : undefined;
      const code = isRecord(coding) ? readString(coding, 'code') : undefined;
      if (!isRecord(option) || !isRecord(coding) || code === undefined) {
        this.report(
          `${at}.answerOption[${index}]`,
          `an answer of "${linkId}" has no valueCoding with a code`,
        );
        return undefined;
      }
      const value =
        extensionNumber(option, ORDINAL_EXTENSIONS) ?? extensionNumber(coding, ORDINAL_EXTENSIONS);
      if (value === undefined) {
        this.report(
          `${at}.answerOption[${index}]`,
          `answer "${code}" of "${linkId}" has no ordinal value (an ordinalValue or itemWeight extension), so it cannot be scored`,
        );
        return undefined;
      }
      const display = readString(coding, 'display') ?? code;
      const system = readString(coding, 'system');
      return { code, display, value, ...(system === undefined ? {} : { system }) };
    });
    const valid = options.filter((option) => option !== undefined);
    if (valid.length !== options.length) return;
    this.items.push({ ...this.base(node, linkId, facet), kind: 'choice', options: valid });
  }

  private number(
    node: JsonRecord,
    kind: 'integer' | 'decimal',
    linkId: string,
    facet: string | undefined,
  ): void {
    const min = extensionNumber(node, [FHIR_MIN_VALUE]);
    const max = extensionNumber(node, [FHIR_MAX_VALUE]);
    this.items.push({
      ...this.base(node, linkId, facet),
      kind,
      ...(min === undefined ? {} : { min }),
      ...(max === undefined ? {} : { max }),
    });
  }
}

function fail(problems: readonly FieldProblem[]): never {
  const first = problems[0]?.message ?? 'it has no questions';
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problems)` : '';
  throw new DomainError(
    'VALIDATION_FAILED',
    `This Questionnaire cannot be scored: ${first}${more}.`,
    problems,
  );
}

function applyReverse(items: InstrumentItem[], reverseItems: readonly string[] | undefined) {
  if (reverseItems === undefined) return items;
  const unknown = reverseItems.filter((id) => !items.some((item) => item.id === id));
  if (unknown.length > 0) {
    fail(
      unknown.map((id) => ({
        field: 'reverseItems',
        message: `there is no item "${id}" to reverse`,
      })),
    );
  }
  return items.map(({ reverse: _reverse, ...item }) =>
    reverseItems.includes(item.id) ? { ...item, reverse: true } : item,
  );
}

/** Reads a FHIR R4 Questionnaire; throws DomainError('VALIDATION_FAILED') if it cannot be scored. */
export function fromFhirQuestionnaire(
  json: unknown,
  overrides: FhirImportOverrides = {},
): InstrumentDefinition {
  if (!isRecord(json) || json.resourceType !== 'Questionnaire') {
    const got = isRecord(json) ? `resourceType "${String(json.resourceType)}"` : typeof json;
    const message = `Expected a FHIR R4 Questionnaire resource, got ${json === null ? 'null' : got}.`;
    throw new DomainError('VALIDATION_FAILED', message, [{ field: 'resourceType', message }]);
  }
  const reader = new Reader();
  reader.walk(readArray(json, 'item'), 'item', undefined);
  const settings = decodeAmendExtension(json, (message) => reader.report('extension', message));
  if (reader.items.length === 0 && reader.problems.length === 0) {
    reader.report('item', `it has no questions Amend can score. ${SCORABLE}`);
  }
  const url = readString(json, 'url');
  const sourceVersion = readString(json, 'version');
  // A name or the tail of the url stands in for a missing id, made safe for an id's alphabet.
  const fallback = (readString(json, 'name') ?? url?.split(/[/:]/).pop())?.replace(
    /[^A-Za-z0-9\-.]/g,
    '-',
  );
  const id = overrides.id ?? readString(json, 'id') ?? (fallback || undefined);
  if (id === undefined)
    reader.report('id', 'it has no id, name or url; give an id in the overrides');
  if (reader.problems.length > 0 || id === undefined) fail(reader.problems);

  const items = applyReverse(reader.items, overrides.reverseItems);
  const facets = reader.facets.filter((facet) => items.some((item) => item.facet === facet.id));
  const method = overrides.method ?? settings.method ?? 'sum';
  const first = itemRange(items[0] as InstrumentItem);
  const shareOneRange = items.every((item) => {
    const range = itemRange(item);
    return range && first && range.min === first.min && range.max === first.max;
  });
  const derived = scoreRange(items, method);
  const scaleMin = overrides.scaleMin ?? settings.scaleMin ?? derived?.min;
  const scaleMax = overrides.scaleMax ?? settings.scaleMax ?? derived?.max;
  if (scaleMin === undefined || scaleMax === undefined) {
    fail([
      {
        field: 'scaleMin',
        message:
          'some numeric questions have no minValue/maxValue, so the score range is unknown; give scaleMin and scaleMax in the overrides',
      },
    ]);
  }
  const respondent = overrides.respondent ?? settings.respondent;
  const cadence = overrides.cadence ?? settings.cadence;
  const isPrivate = overrides.private ?? settings.private;
  const cutoffs = overrides.cutoffs ?? settings.cutoffs;
  const definition: InstrumentDefinition = {
    id,
    version: overrides.version ?? sourceVersion ?? 'unversioned',
    title: readString(json, 'title') ?? readString(json, 'name') ?? id,
    description: readString(json, 'description') ?? '',
    licenceNote:
      overrides.licenceNote ??
      readString(json, 'copyright') ??
      'Imported from a FHIR Questionnaire that states no licence: check the publisher’s terms before use.',
    validated: overrides.validated ?? false,
    ...(respondent === undefined ? {} : { respondent }),
    ...(cadence === undefined ? {} : { cadence }),
    ...(isPrivate === undefined ? {} : { private: isPrivate }),
    ...(url === undefined ? {} : { canonical: sourceVersion ? `${url}|${sourceVersion}` : url }),
    items,
    facets,
    scoring: {
      method,
      minAnsweredFraction:
        overrides.minAnsweredFraction ?? settings.minAnsweredFraction ?? (shareOneRange ? 0.8 : 1),
      scaleMin,
      scaleMax,
    },
    bands: overrides.bands ?? settings.bands ?? [],
    ...(cutoffs === undefined ? {} : { cutoffs }),
    reliability:
      overrides.reliability !== undefined ? overrides.reliability : (settings.reliability ?? null),
    normSd: overrides.normSd !== undefined ? overrides.normSd : (settings.normSd ?? null),
    higherIsBetter: overrides.higherIsBetter ?? settings.higherIsBetter ?? true,
  };
  assertValidDefinition(definition);
  return definition;
}
