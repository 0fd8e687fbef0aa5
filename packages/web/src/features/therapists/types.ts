// The therapist portal as the server sends it. Every number here is computed by the server.

export const CONSENT_CATEGORIES = [
  'metrics',
  'questionnaires',
  'agreements_incidents',
  'program',
  'session_questions',
] as const;
export type ConsentCategory = (typeof CONSENT_CATEGORIES)[number];

export type TrendDirection = 'rising' | 'steady' | 'falling' | 'not_enough_data';
export type AlertKind = 'incident' | 'reliable_deterioration' | 'setback' | 'missed_checkins';

export interface CaseloadCouple {
  coupleId: string;
  weeksInRecovery: number;
  partners: {
    memberId: string;
    displayName: string;
    role: string;
    sharesMetrics: boolean;
    latestTrust: number | null;
    trustTrend: TrendDirection;
    stage: { number: number; title: string } | null;
  }[];
  sessionsAttended: number;
  openQuestionsForSession: number | null;
  alerts: {
    kind: AlertKind;
    memberId: string | null;
    on: string | null;
    instrument: string | null;
  }[];
  attention: number;
}

export interface WeeklyPoint {
  weekStart: string;
  value: number;
}

export interface CoupleMetric {
  id: 'trust' | 'closeness' | 'communication';
  scale: { min: number; max: number };
  partners: {
    memberId: string;
    displayName: string;
    weekly: WeeklyPoint[];
    first: number | null;
    latest: number | null;
    weeks: number;
    trend: { direction: TrendDirection; slopePerWeek: number | null };
    setbacks: { weekStart: string; value: number }[];
  }[];
  band: { weekStart: string; low: number; high: number }[];
  gap: { weekStart: string; a: number; b: number; gap: number }[];
}

export type ReliableChangeClass =
  | 'reliable_improvement'
  | 'reliable_deterioration'
  | 'no_reliable_change';

export interface CoupleView {
  coupleId: string;
  cameToLightOn: string;
  weeksInRecovery: number;
  partners: { memberId: string; displayName: string; role: string; consent: ConsentCategory[] }[];
  metrics: CoupleMetric[];
  observedCommunication: WeeklyPoint[];
  questionnaires: {
    memberId: string;
    displayName: string;
    instruments: {
      id: string;
      title: string;
      scale: { min: number; max: number };
      responses: { completedAt: string; total: number | null; band: string | null }[];
      latest: {
        completedAt: string;
        total: number | null;
        band: string | null;
        changeSinceBaseline: { rc: number; classification: ReliableChangeClass } | null;
      } | null;
      cutoffs: { meaning: string; value: number; direction: string }[];
    }[];
  }[];
  relapse: { total: number; proactive: number } | null;
  observations: {
    id: string;
    aboutMemberId: string | null;
    observedOn: string;
    kind: 'communication' | 'forgiveness';
    value: number;
  }[];
  /** Null when no partner shares agreements and incidents. */
  agreements: SharedAgreement[] | null;
  exercises: SharedExercise[];
}

export type HoldingMark = 'held' | 'not_held' | 'not_sure';

export interface SharedAgreement {
  id: string;
  state: 'in_force' | 'change_proposed' | 'ended';
  title: string;
  practice: string;
  category: string;
  reviewOn: string;
  sunsetSteps: string[];
  stepsTaken: number;
  inForceSince: string | null;
  weeks: { weekStart: string; marks: { memberId: string; mark: HoldingMark | null }[] }[];
  partners: { memberId: string; marked: number; held: number }[];
}

export interface SharedExercise {
  exerciseId: string;
  title: string;
  stageTitle: string;
  memberId: string;
  displayName: string;
  version: number;
  savedAt: string;
  answers: { label: string; lines: string[] }[];
}

export interface TherapistSession {
  id: string;
  heldOn: string;
  kind: 'couple' | 'individual';
  attendees: { memberId: string; displayName: string }[];
  verification: 'verified' | 'self_reported';
  recordedByYou: boolean;
  notes: { id: string; text: string; createdAt: string }[];
}

export interface YourTherapist {
  therapistId: string;
  displayName: string;
  profession: string;
  practiceName: string;
  licenceNumber: string;
  linkedAt: string;
  yourConsent: ConsentCategory[];
  history: { categories: ConsentCategory[]; change: string; at: string }[];
}

export interface ShareOutcome {
  count: number;
  couples: number;
  share: number | null;
  guide: { low: number; high: number } | null;
  few: boolean;
}

export interface PracticeOutcomes {
  couples: number;
  forgiveness: ShareOutcome;
  relapse: ShareOutcome;
  sessions: {
    median: number | null;
    couples: number;
    guide: { low: number; high: number } | null;
    few: boolean;
  };
  trust: {
    medianStart: number | null;
    medianLatest: number | null;
    couples: number;
    guide: {
      start: { low: number; high: number } | null;
      end: { low: number; high: number } | null;
    };
    few: boolean;
  };
}
