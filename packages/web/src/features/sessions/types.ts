// Therapy sessions as the server sends them (GET /api/v1/therapy-sessions).

export const SESSION_KINDS = ['couple', 'individual'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export interface TherapySession {
  id: string;
  /** A calendar date, "YYYY-MM-DD". */
  heldOn: string;
  kind: SessionKind;
  attendees: { memberId: string; displayName: string }[];
  verification: 'self_reported' | 'verified';
  recordedByYou: boolean;
}

export interface TherapySessionInput {
  heldOn: string;
  kind: SessionKind;
  attendees: string[];
  idempotencyKey: string;
}
