// Setbacks and incidents as the server sends them (GET /api/v1/incidents).

export const INCIDENT_KINDS = ['contact', 'new_affair', 'lie', 'broken_agreement'] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

export const DISCLOSURES = ['proactive', 'discovered'] as const;
export type Disclosure = (typeof DISCLOSURES)[number];

export const ABOUT_CHOICES = ['self', 'partner'] as const;
export type About = (typeof ABOUT_CHOICES)[number];

export interface Person {
  displayName: string;
  isYou: boolean;
}

/** One version of an incident's facts: the first report, then each correction. */
export interface IncidentVersion {
  version: number;
  kind: IncidentKind;
  disclosure: Disclosure;
  /** A calendar date, "YYYY-MM-DD". */
  occurredOn: string;
  description: string | null;
  /** Why it was corrected; null for the first report. */
  reason: string | null;
  createdAt: string;
}

export interface Incident {
  id: string;
  /** Null when that person has left the space. */
  reportedBy: Person | null;
  about: Person | null;
  current: IncidentVersion;
  /** Every version, oldest first, the current one included. */
  history: IncidentVersion[];
  notes: { id: string; text: string; createdAt: string }[];
  createdAt: string;
}

export interface IncidentFactsInput {
  kind: IncidentKind;
  disclosure: Disclosure;
  occurredOn: string;
  description?: string;
}

export const DESCRIPTION_MAX_LENGTH = 4000;
export const REASON_MAX_LENGTH = 1000;
export const NOTE_MAX_LENGTH = 4000;
