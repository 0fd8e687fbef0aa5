import type { FhirQuestionnaireResponse } from '../instruments/fhir.js';
import { addDays, type LocalDate } from '../time/local-date.js';
import type { ForgivenessLevel } from './observations.js';

/** Amend's own codes for what it measures: FHIR has no standard code for a trust rating. */
export const AMEND_METRIC_SYSTEM = 'https://amend.app/fhir/CodeSystem/metrics';
const CATEGORY_SYSTEM = 'http://terminology.hl7.org/CodeSystem/observation-category';

const METRIC_CODES = {
  trust: { code: 'trust-rating', display: 'Trust rating (1–10), weekly self-report' },
  closeness: { code: 'closeness-rating', display: 'Closeness rating (1–10), weekly self-report' },
  communication: {
    code: 'honest-conversations-per-week',
    display: 'Honest, open conversations a week, self-report',
  },
  observedCommunication: {
    code: 'honest-conversations-per-week-observed',
    display: 'Honest, open conversations a week, as the therapist observed',
  },
  forgiveness: {
    code: 'forgiveness-assessment',
    display: 'Forgiveness, as the therapist assessed',
  },
} as const;

export interface FhirObservation {
  readonly resourceType: 'Observation';
  readonly id: string;
  readonly status: 'final';
  readonly category: readonly {
    readonly coding: readonly { system: string; code: string }[];
  }[];
  readonly code: {
    readonly coding: readonly { system: string; code: string; display: string }[];
    readonly text: string;
  };
  readonly effectivePeriod?: { start: string; end: string };
  readonly effectiveDateTime?: string;
  readonly valueQuantity?: { value: number; unit: string };
  readonly valueCodeableConcept?: {
    coding: readonly { system: string; code: string; display: string }[];
  };
}

export type WeeklyMetric = 'trust' | 'closeness' | 'communication';

/** One week's check-in value as an Observation over that week (Monday to Sunday). */
export function weeklyObservation(
  id: string,
  metric: WeeklyMetric | 'observedCommunication',
  weekStart: LocalDate,
  value: number,
): FhirObservation {
  const code = METRIC_CODES[metric];
  const perWeek = metric === 'communication' || metric === 'observedCommunication';
  return {
    resourceType: 'Observation',
    id,
    status: 'final',
    category: [{ coding: [{ system: CATEGORY_SYSTEM, code: 'survey' }] }],
    code: { coding: [{ system: AMEND_METRIC_SYSTEM, ...code }], text: code.display },
    effectivePeriod: { start: weekStart, end: addDays(weekStart, 6) },
    valueQuantity: { value, unit: perWeek ? '/wk' : 'score' },
  };
}

/** The therapist's assessment of forgiveness on the guide's words (low, moderate, high). */
export function forgivenessObservation(
  id: string,
  on: LocalDate,
  level: ForgivenessLevel,
): FhirObservation {
  const code = METRIC_CODES.forgiveness;
  return {
    resourceType: 'Observation',
    id,
    status: 'final',
    category: [{ coding: [{ system: CATEGORY_SYSTEM, code: 'exam' }] }],
    code: { coding: [{ system: AMEND_METRIC_SYSTEM, ...code }], text: code.display },
    effectiveDateTime: on,
    valueCodeableConcept: {
      coding: [{ system: `${AMEND_METRIC_SYSTEM}/forgiveness-level`, code: level, display: level }],
    },
  };
}

export interface FhirBundle {
  readonly resourceType: 'Bundle';
  readonly type: 'collection';
  readonly timestamp: string;
  readonly entry: readonly {
    readonly fullUrl: string;
    readonly resource: FhirObservation | FhirQuestionnaireResponse;
  }[];
}

/**
 * A collection Bundle for a therapist's record system. It holds no Patient resource on purpose:
 * the therapist links it to their own client record, so Amend never sends identifying details.
 */
export function fhirCollection(
  resources: readonly (FhirObservation | FhirQuestionnaireResponse)[],
  at: Date,
): FhirBundle {
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: at.toISOString(),
    entry: resources.map((resource) => ({ fullUrl: `urn:uuid:${resource.id}`, resource })),
  };
}
