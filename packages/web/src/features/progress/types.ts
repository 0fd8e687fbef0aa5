// The progress dashboard as the server sends it (GET /api/v1/progress). Every number here is
// computed by the server; the app only words and draws them.

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

export interface Progress {
  weeksInRecovery: number;
  metrics: Record<MetricId, RatingMetric>;
  signs: SignOfProgress[];
}
