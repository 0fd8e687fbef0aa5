import { DomainError } from '../errors.js';
import type { InstrumentDefinition, InstrumentItem } from './definition.js';
import { itemRange, scoreRange } from './definition.js';

export interface DefinitionProblem {
  /** Where the problem is, such as `items[3].reverse` or `bands`. */
  readonly path: string;
  readonly message: string;
}

const ID_PATTERN = /^[A-Za-z0-9\-.]{1,64}$/;
// Totals are sums and means of a few dozen numbers; this absorbs floating-point noise only.
const TOLERANCE = 1e-9;

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= TOLERANCE;
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) repeated.add(value);
    seen.add(value);
  }
  return [...repeated];
}

function itemProblems(item: InstrumentItem, path: string, facetIds: Set<string>) {
  const problems: DefinitionProblem[] = [];
  const add = (where: string, message: string) =>
    problems.push({ path: `${path}${where}`, message });
  if (item.text.trim() === '') add('.text', `item "${item.id}" has no text`);
  if (item.kind === 'choice') {
    const options = item.options ?? [];
    if (options.length < 2) add('.options', `choice item "${item.id}" needs at least two options`);
    for (const code of duplicates(options.map((option) => option.code))) {
      add('.options', `choice item "${item.id}" lists the code "${code}" twice`);
    }
    if (options.some((option) => !Number.isFinite(option.value))) {
      add('.options', `every option of "${item.id}" needs a finite ordinal value`);
    }
    if (item.min !== undefined || item.max !== undefined) {
      add('', `choice item "${item.id}" takes its range from its options, not min/max`);
    }
  } else {
    if (item.options !== undefined) add('.options', `${item.kind} item "${item.id}" has options`);
    for (const bound of [item.min, item.max]) {
      if (bound === undefined) continue;
      if (!Number.isFinite(bound) || (item.kind === 'integer' && !Number.isInteger(bound))) {
        add(
          '',
          `the range of "${item.id}" must be ${item.kind === 'integer' ? 'whole' : 'finite'}`,
        );
      }
    }
    if (item.min !== undefined && item.max !== undefined && !(item.min < item.max)) {
      add('', `item "${item.id}" has min ${item.min} not below max ${item.max}`);
    }
  }
  if (item.reverse && !itemRange(item)) {
    add('.reverse', `reverse-keyed item "${item.id}" needs options or a min and max`);
  }
  if (item.facet !== undefined && !facetIds.has(item.facet)) {
    add('.facet', `item "${item.id}" counts towards facet "${item.facet}", which is not declared`);
  }
  return problems;
}

function bandProblems(def: InstrumentDefinition): DefinitionProblem[] {
  if (def.bands.length === 0) return [];
  const problems: DefinitionProblem[] = [];
  const { scaleMin, scaleMax } = def.scoring;
  for (const key of duplicates(def.bands.map((band) => band.key))) {
    problems.push({ path: 'bands', message: `the band key "${key}" is used twice` });
  }
  const sorted = [...def.bands].sort((a, b) => a.min - b.min);
  let expected = scaleMin;
  for (const band of sorted) {
    if (!(band.min < band.max)) {
      problems.push({ path: 'bands', message: `band "${band.key}" is empty or inverted` });
    }
    if (!close(band.min, expected)) {
      problems.push({
        path: 'bands',
        message: `band "${band.key}" starts at ${band.min}; the bands must cover ${scaleMin}–${scaleMax} without gaps or overlaps (expected ${expected})`,
      });
    }
    expected = band.max;
  }
  if (!close(expected, scaleMax)) {
    problems.push({ path: 'bands', message: `the bands end at ${expected}, not at ${scaleMax}` });
  }
  return problems;
}

function cutoffProblems(def: InstrumentDefinition, itemIds: Set<string>): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const cutoffs = def.cutoffs ?? [];
  for (const key of duplicates(cutoffs.map((cutoff) => cutoff.key))) {
    problems.push({ path: 'cutoffs', message: `the cut-off key "${key}" is used twice` });
  }
  cutoffs.forEach((cutoff, index) => {
    const path = `cutoffs[${index}]`;
    if (!Number.isFinite(cutoff.value)) {
      problems.push({ path, message: `cut-off "${cutoff.key}" needs a finite value` });
    }
    if (cutoff.items && cutoff.appliesTo !== 'any-item') {
      problems.push({
        path,
        message: `cut-off "${cutoff.key}" lists items but applies to the total`,
      });
    }
    for (const id of cutoff.items ?? []) {
      if (!itemIds.has(id)) {
        problems.push({ path, message: `cut-off "${cutoff.key}" names unknown item "${id}"` });
      }
    }
  });
  return problems;
}

function scoringProblems(def: InstrumentDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const { method, minAnsweredFraction, scaleMin, scaleMax } = def.scoring;
  const add = (path: string, message: string) => problems.push({ path, message });
  if (method !== 'mean' && method !== 'sum') add('scoring.method', `unknown method "${method}"`);
  if (!(minAnsweredFraction > 0 && minAnsweredFraction <= 1)) {
    add('scoring.minAnsweredFraction', 'minAnsweredFraction must be above 0 and at most 1');
  }
  if (!(scaleMin < scaleMax))
    add('scoring', `scaleMin ${scaleMin} is not below scaleMax ${scaleMax}`);
  const derived = scoreRange(def.items, method);
  if (derived && (!close(derived.min, scaleMin) || !close(derived.max, scaleMax))) {
    add(
      'scoring',
      `the items give totals from ${derived.min} to ${derived.max}, but the scale says ${scaleMin}–${scaleMax}`,
    );
  }
  const ranges = def.items.map(itemRange);
  const first = ranges[0];
  const mixed = ranges.some((r) => !r || !first || r.min !== first.min || r.max !== first.max);
  if (minAnsweredFraction < 1 && def.items.length > 1 && mixed) {
    add(
      'scoring.minAnsweredFraction',
      'items that do not share one range cannot be prorated: set minAnsweredFraction to 1',
    );
  }
  if (def.reliability !== null && !(def.reliability >= 0 && def.reliability < 1)) {
    add('reliability', 'reliability must be at least 0 and below 1, or null');
  }
  if (def.normSd !== null && !(def.normSd > 0 && Number.isFinite(def.normSd))) {
    add('normSd', 'normSd must be a positive number, or null');
  }
  return problems;
}

/** Everything wrong with a definition, or an empty list when the engine can score it. */
export function validateDefinition(def: InstrumentDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  if (!ID_PATTERN.test(def.id)) {
    problems.push({ path: 'id', message: `"${def.id}" is not a valid id (A–Z, 0–9, '-', '.')` });
  }
  if (def.version.trim() === '') problems.push({ path: 'version', message: 'version is empty' });
  if (def.items.length === 0) problems.push({ path: 'items', message: 'there are no items' });
  const itemIds = new Set(def.items.map((item) => item.id));
  const facetIds = new Set(def.facets.map((facet) => facet.id));
  for (const id of duplicates(def.items.map((item) => item.id))) {
    problems.push({ path: 'items', message: `the item id "${id}" is used twice` });
  }
  for (const id of duplicates(def.facets.map((facet) => facet.id))) {
    problems.push({ path: 'facets', message: `the facet id "${id}" is used twice` });
  }
  def.facets.forEach((facet, index) => {
    if (itemIds.has(facet.id)) {
      problems.push({ path: `facets[${index}]`, message: `"${facet.id}" is an item id too` });
    }
    if (!def.items.some((item) => item.facet === facet.id)) {
      problems.push({ path: `facets[${index}]`, message: `facet "${facet.id}" has no items` });
    }
  });
  def.items.forEach((item, index) => {
    problems.push(...itemProblems(item, `items[${index}]`, facetIds));
  });
  problems.push(...scoringProblems(def), ...bandProblems(def), ...cutoffProblems(def, itemIds));
  return problems;
}

/** Throws DomainError('VALIDATION_FAILED') listing every problem, unless the definition is sound. */
export function assertValidDefinition(def: InstrumentDefinition): void {
  const problems = validateDefinition(def);
  const first = problems[0];
  if (!first) return;
  throw new DomainError(
    'VALIDATION_FAILED',
    `The questionnaire "${def.id}" cannot be scored: ${first.message}${problems.length > 1 ? ` (and ${problems.length - 1} more problems)` : ''}.`,
    problems.map((problem) => ({ field: problem.path, message: problem.message })),
  );
}
