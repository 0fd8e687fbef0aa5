import type { AgreementsHeld } from '../agreements/types';

// The progress dashboard, lined up week by week from what GET /api/v1/progress sends (wire.ts
// decodes its compact form). Every number here is computed by the server; the app only words
// and draws them.

export const METRIC_IDS = ['trust', 'closeness', 'communication'] as const;
export type MetricId = (typeof METRIC_IDS)[number];

export interface WeeklyPoint {
  /** The Monday of the week, "YYYY-MM-DD". */
  weekStart: string;
  value: number;
}

export interface Setback {
  weekStart: string;
  value: number;
  /** What the weeks before suggested, and how far below it the week came. */
  expected: number;
  drop: number;
}

export interface PartnerSeries {
  memberId: string;
  displayName: string;
  isYou: boolean;
  weekly: WeeklyPoint[];
  first: number | null;
  latest: number | null;
  /** How many weeks have a value. */
  weeks: number;
  trend: {
    direction: 'rising' | 'steady' | 'falling' | 'not_enough_data';
    slopePerWeek: number | null;
  };
  setbacks: Setback[];
}

export interface Range {
  low: number;
  high: number;
}

export interface RatingMetric {
  id: string;
  scale: { min: number; max: number };
  unit: string;
  partners: PartnerSeries[];
  /** What the program guide calls typical for each week: a guide's figure, not a norm. */
  band: (Range & { weekStart: string })[];
  /** Weeks both partners rated: a is you, b your partner, gap = a − b. */
  gap: { weekStart: string; a: number; b: number; gap: number }[];
  benchmark: {
    timeframeMonths: { min: number; max: number };
    typicalStart: Range | null;
    typicalEnd: Range | null;
    sourceNote: string;
  };
}

export const SIGN_KEYS = [
  'openness',
  'less_suspicion',
  'consistent_honesty',
  'closeness',
  'commitment',
  'fewer_triggers',
] as const;
export type SignKey = (typeof SIGN_KEYS)[number];

export const SIGN_STATUSES = ['showing', 'not_yet', 'not_enough_data'] as const;
export type SignStatus = (typeof SIGN_STATUSES)[number];

export interface SignOfProgress {
  key: SignKey;
  status: SignStatus;
  /** The numbers behind the status, by name. Names this app does not know are skipped. */
  evidence: Record<string, number>;
}

export const INCIDENT_KINDS = ['contact', 'new_affair', 'lie', 'broken_agreement'] as const;
export type IncidentKindId = (typeof INCIDENT_KINDS)[number];

/** Setbacks and incidents recorded in the space, counted by the server. */
export interface RelapseSummary {
  total: number;
  proactive: number;
  discovered: number;
  last12Weeks: number;
  weeksSinceLast: number | null;
  byKind: Record<IncidentKindId, number>;
  benchmark: {
    /** Fractions (0.1 is 10%) of couples the program guide says face a relapse. */
    share: Range | null;
    sourceNote: string;
  };
}

/** Therapy sessions attended, week by week, with the guide's typical range so far. */
export interface AttendanceSummary {
  total: number;
  verified: number;
  weekly: { weekStart: string; cumulative: number; band: Range | null }[];
  benchmark: { typicalEnd: Range | null; sourceNote: string };
}

export type ChangeClassification =
  | 'reliable_improvement'
  | 'reliable_deterioration'
  | 'no_reliable_change';

/** Your own questionnaire scores: only you see these. */
export interface QuestionnaireProgress {
  id: string;
  title: string;
  scale: { min: number; max: number };
  /** Oldest first; `band` is the band's label. */
  responses: { completedAt: string; total: number | null; band: string | null }[];
  latest: {
    id: string;
    completedAt: string;
    total: number | null;
    facets: Record<string, number | null>;
    /** The band's key. */
    band: string | null;
    baseline: boolean;
    changeSinceBaseline: { rc: number; classification: ChangeClassification } | null;
  } | null;
}

export interface Progress {
  weeksInRecovery: number;
  metrics: Record<MetricId, RatingMetric>;
  signs: SignOfProgress[];
  relapse: RelapseSummary;
  attendance: AttendanceSummary;
  questionnaires: QuestionnaireProgress[];
  agreementsHeld: AgreementsHeld;
}
