/**
 * Encodes what plain FHIR cannot say about scoring (method, proration, range, bands, cut-offs,
 * reliability) as one complex extension, `urn:amend:instrument`, so that an exported Amend
 * instrument can be imported again and score identically.
 */
import type {
  InstrumentBand,
  InstrumentCadence,
  InstrumentCutoff,
  InstrumentDefinition,
  InstrumentRespondent,
  ScoringMethod,
} from './definition.js';
import { AMEND_INSTRUMENT_EXTENSION, type FhirExtension } from './fhir.js';
import type { JsonRecord } from './fhir-read.js';
import { readExtensions, readNumber, readString } from './fhir-read.js';

/** What the extension can carry; every field is optional when reading. */
export interface AmendInstrumentSettings {
  respondent?: InstrumentRespondent;
  cadence?: InstrumentCadence;
  private?: boolean;
  method?: ScoringMethod;
  minAnsweredFraction?: number;
  scaleMin?: number;
  scaleMax?: number;
  reliability?: number;
  normSd?: number;
  higherIsBetter?: boolean;
  bands?: InstrumentBand[];
  cutoffs?: InstrumentCutoff[];
}

const RESPONDENTS: readonly string[] = ['any', 'hurt', 'involved'];
const CADENCES: readonly string[] = ['weekly', 'monthly', 'once', 'as-needed'];

function decimal(url: string, value: number): FhirExtension {
  return { url, valueDecimal: value };
}

export function encodeAmendExtension(def: InstrumentDefinition): FhirExtension {
  const parts: FhirExtension[] = [];
  if (def.respondent) parts.push({ url: 'respondent', valueCode: def.respondent });
  if (def.cadence) parts.push({ url: 'cadence', valueCode: def.cadence });
  if (def.private) parts.push({ url: 'private', valueBoolean: true });
  parts.push(
    { url: 'scoring-method', valueCode: def.scoring.method },
    decimal('min-answered-fraction', def.scoring.minAnsweredFraction),
    decimal('scale-min', def.scoring.scaleMin),
    decimal('scale-max', def.scoring.scaleMax),
  );
  if (def.reliability !== null) parts.push(decimal('reliability', def.reliability));
  if (def.normSd !== null) parts.push(decimal('norm-sd', def.normSd));
  parts.push({ url: 'higher-is-better', valueBoolean: def.higherIsBetter });
  for (const band of def.bands) {
    parts.push({
      url: 'band',
      extension: [
        { url: 'key', valueString: band.key },
        { url: 'label', valueString: band.label },
        decimal('min', band.min),
        decimal('max', band.max),
      ],
    });
  }
  for (const cutoff of def.cutoffs ?? []) {
    parts.push({
      url: 'cutoff',
      extension: [
        { url: 'key', valueString: cutoff.key },
        { url: 'meaning', valueString: cutoff.meaning },
        decimal('value', cutoff.value),
        { url: 'direction', valueCode: cutoff.direction },
        { url: 'applies-to', valueCode: cutoff.appliesTo ?? 'total' },
        ...(cutoff.items ?? []).map((item) => ({ url: 'item', valueString: item })),
      ],
    });
  }
  return { url: AMEND_INSTRUMENT_EXTENSION, extension: parts };
}

function parts(extension: JsonRecord): Map<string, JsonRecord[]> {
  const byUrl = new Map<string, JsonRecord[]>();
  for (const part of readExtensions(extension)) {
    const url = part.url as string;
    byUrl.set(url, [...(byUrl.get(url) ?? []), part]);
  }
  return byUrl;
}

function first(byUrl: Map<string, JsonRecord[]>, url: string, key: string): unknown {
  return byUrl.get(url)?.[0]?.[key];
}

function decodeBand(band: JsonRecord): InstrumentBand | undefined {
  const byUrl = parts(band);
  const key = first(byUrl, 'key', 'valueString');
  const label = first(byUrl, 'label', 'valueString');
  const min = first(byUrl, 'min', 'valueDecimal');
  const max = first(byUrl, 'max', 'valueDecimal');
  if (typeof key !== 'string' || typeof label !== 'string') return undefined;
  if (typeof min !== 'number' || typeof max !== 'number') return undefined;
  return { key, label, min, max };
}

function decodeCutoff(cutoff: JsonRecord): InstrumentCutoff | undefined {
  const byUrl = parts(cutoff);
  const key = first(byUrl, 'key', 'valueString');
  const meaning = first(byUrl, 'meaning', 'valueString');
  const value = first(byUrl, 'value', 'valueDecimal');
  const direction = first(byUrl, 'direction', 'valueCode');
  const appliesTo = first(byUrl, 'applies-to', 'valueCode') ?? 'total';
  const items = (byUrl.get('item') ?? []).map((item) => readString(item, 'valueString'));
  if (typeof key !== 'string' || typeof meaning !== 'string' || typeof value !== 'number') {
    return undefined;
  }
  if ((direction !== 'above' && direction !== 'below') || items.includes(undefined))
    return undefined;
  if (appliesTo !== 'total' && appliesTo !== 'any-item') return undefined;
  const listed = items.filter((item): item is string => item !== undefined);
  return {
    key,
    meaning,
    value,
    direction,
    appliesTo,
    ...(listed.length > 0 ? { items: listed } : {}),
  };
}

/**
 * Reads Amend's extension from a Questionnaire, if it has one. Parts that are present but
 * malformed are reported, never skipped.
 */
export function decodeAmendExtension(
  questionnaire: JsonRecord,
  report: (message: string) => void,
): AmendInstrumentSettings {
  const extension = readExtensions(questionnaire).find((e) => e.url === AMEND_INSTRUMENT_EXTENSION);
  const settings: AmendInstrumentSettings = {};
  if (!extension) return settings;
  const byUrl = parts(extension);
  const code = (url: string, allowed: readonly string[]) => {
    const value = first(byUrl, url, 'valueCode');
    if (value === undefined) return undefined;
    if (typeof value === 'string' && allowed.includes(value)) return value;
    report(`${AMEND_INSTRUMENT_EXTENSION} has an unknown ${url} "${String(value)}"`);
    return undefined;
  };
  const number = (url: string) => {
    const part = byUrl.get(url)?.[0];
    if (!part) return undefined;
    const value = readNumber(part, 'valueDecimal') ?? readNumber(part, 'valueInteger');
    if (value === undefined)
      report(`${AMEND_INSTRUMENT_EXTENSION} has a ${url} that is not a number`);
    return value;
  };
  const flag = (url: string) => {
    const value = first(byUrl, url, 'valueBoolean');
    if (value === undefined || typeof value === 'boolean') return value;
    report(`${AMEND_INSTRUMENT_EXTENSION} has a ${url} that is not true or false`);
    return undefined;
  };
  const respondent = code('respondent', RESPONDENTS) as InstrumentRespondent | undefined;
  const cadence = code('cadence', CADENCES) as InstrumentCadence | undefined;
  const method = code('scoring-method', ['mean', 'sum']) as ScoringMethod | undefined;
  if (respondent) settings.respondent = respondent;
  if (cadence) settings.cadence = cadence;
  if (method) settings.method = method;
  const numbers = {
    minAnsweredFraction: number('min-answered-fraction'),
    scaleMin: number('scale-min'),
    scaleMax: number('scale-max'),
    reliability: number('reliability'),
    normSd: number('norm-sd'),
  };
  for (const [key, value] of Object.entries(numbers)) {
    if (value !== undefined) settings[key as keyof typeof numbers] = value;
  }
  const isPrivate = flag('private');
  const higherIsBetter = flag('higher-is-better');
  if (isPrivate !== undefined) settings.private = isPrivate;
  if (higherIsBetter !== undefined) settings.higherIsBetter = higherIsBetter;
  const bands = (byUrl.get('band') ?? []).map(decodeBand);
  const cutoffs = (byUrl.get('cutoff') ?? []).map(decodeCutoff);
  if (bands.includes(undefined)) report(`${AMEND_INSTRUMENT_EXTENSION} has a malformed band`);
  if (cutoffs.includes(undefined)) report(`${AMEND_INSTRUMENT_EXTENSION} has a malformed cut-off`);
  if (bands.length > 0) settings.bands = bands.filter((band) => band !== undefined);
  if (cutoffs.length > 0) settings.cutoffs = cutoffs.filter((cutoff) => cutoff !== undefined);
  return settings;
}
