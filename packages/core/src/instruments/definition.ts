/**
 * A questionnaire is data: its items, response scale, reverse-keyed items, facets (subscales),
 * scoring rule, score range, bands, cut-offs, and the reliability and norm SD that reliable
 * change needs. One engine (score.ts) scores every definition; nothing here is per-instrument
 * code.
 */

/** Who a questionnaire is meant for; `any` means either partner. */
export type InstrumentRespondent = 'any' | 'hurt' | 'involved';

/** How often the program offers it. `once` instruments may still be retaken when things change. */
export type InstrumentCadence = 'weekly' | 'monthly' | 'once' | 'as-needed';

export type ScoringMethod = 'mean' | 'sum';

export type ItemKind = 'choice' | 'integer' | 'decimal';

/** One answer a person can pick. `value` is its ordinal value, the number that gets scored. */
export interface AnswerOption {
  readonly code: string;
  readonly display: string;
  readonly value: number;
  /** The code system, when the code comes from one (LOINC answers in an imported form). */
  readonly system?: string;
}

export interface InstrumentItem {
  /** Unique within the instrument; the FHIR linkId. */
  readonly id: string;
  readonly text: string;
  readonly kind: ItemKind;
  /** Choice items only: the answers, each with its ordinal value. */
  readonly options?: readonly AnswerOption[];
  /** Integer and decimal items only: the allowed range, when there is one. */
  readonly min?: number;
  readonly max?: number;
  /** Scored as (itemMin + itemMax − value), so that a higher score always means the same thing. */
  readonly reverse?: boolean;
  /** The id of the facet (subscale) this item counts towards. */
  readonly facet?: string;
}

export interface InstrumentFacet {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
}

export interface ScoringRule {
  /** `mean` of item scores, or their `sum` (prorated when some items are unanswered). */
  readonly method: ScoringMethod;
  /** The share of a scale's items (0 < f ≤ 1) that must be answered before it gets a score. */
  readonly minAnsweredFraction: number;
  /** The lowest and highest total the method can produce from valid answers. */
  readonly scaleMin: number;
  readonly scaleMax: number;
}

/**
 * A named range of totals: it holds a total when min ≤ total < max; the band that ends at the
 * scale's maximum also holds the maximum itself. Bands must tile [scaleMin, scaleMax] exactly.
 */
export interface InstrumentBand {
  readonly key: string;
  readonly label: string;
  readonly min: number;
  readonly max: number;
}

/**
 * A threshold that means something, such as a positive screen. `above` is met at value or more,
 * `below` at value or less. With `appliesTo: 'any-item'` it is met as soon as one of `items` (all
 * items when absent) reaches the threshold on its own, whatever the total.
 */
export interface InstrumentCutoff {
  readonly key: string;
  readonly meaning: string;
  readonly value: number;
  readonly direction: 'above' | 'below';
  readonly appliesTo?: 'total' | 'any-item';
  readonly items?: readonly string[];
}

export interface InstrumentDefinition {
  /** A FHIR-compatible id: letters, digits, '-' and '.', at most 64 characters. */
  readonly id: string;
  readonly version: string;
  readonly title: string;
  readonly description: string;
  readonly licenceNote: string;
  /** True only for published instruments with evidence behind them; Amend's own are false. */
  readonly validated: boolean;
  readonly respondent?: InstrumentRespondent;
  readonly cadence?: InstrumentCadence;
  /** Answers and scores are never shown to the partner (the safety screen); policy enforces it. */
  readonly private?: boolean;
  /**
   * For an imported FHIR Questionnaire: its canonical reference (`url|version`, or `url`), which
   * exported QuestionnaireResponses point back to. Amend's own use `urn:amend:instrument:<id>`.
   */
  readonly canonical?: string;
  readonly items: readonly InstrumentItem[];
  readonly facets: readonly InstrumentFacet[];
  readonly scoring: ScoringRule;
  readonly bands: readonly InstrumentBand[];
  readonly cutoffs?: readonly InstrumentCutoff[];
  /** Cronbach's alpha or test–retest r for reliable change; null when unknown. */
  readonly reliability: number | null;
  /** The standard deviation reliable change is measured against; null when unknown. */
  readonly normSd: number | null;
  readonly higherIsBetter: boolean;
}

export interface ValueRange {
  readonly min: number;
  readonly max: number;
}

/** An item's own range: its option values for choice items, min and max otherwise. */
export function itemRange(item: InstrumentItem): ValueRange | null {
  if (item.kind === 'choice') {
    const values = (item.options ?? []).map((option) => option.value);
    return values.length === 0 ? null : { min: Math.min(...values), max: Math.max(...values) };
  }
  return item.min === undefined || item.max === undefined ? null : { min: item.min, max: item.max };
}

/** The range of scores a set of items can produce under a method; null if any item is unbounded. */
export function scoreRange(
  items: readonly InstrumentItem[],
  method: ScoringMethod,
): ValueRange | null {
  if (items.length === 0) return null;
  let min = 0;
  let max = 0;
  for (const item of items) {
    const range = itemRange(item);
    if (!range) return null;
    min += range.min;
    max += range.max;
  }
  return method === 'sum' ? { min, max } : { min: min / items.length, max: max / items.length };
}
