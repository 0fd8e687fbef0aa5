/** Kysely's view of the notifications and agreements tables (migration 0011). */
export interface AgreementsTables {
  notifications: NotificationsTable;
  agreements: AgreementsTable;
  agreement_versions: AgreementVersionsTable;
  agreement_events: AgreementEventsTable;
  agreement_holding: AgreementHoldingTable;
}

export interface NotificationsTable {
  recipient_id: string;
  id: string;
  space_id: string | null;
  kind: string;
  subject_type: string | null;
  subject_id: string | null;
  actor_id: string | null;
  created_at: Date;
  read_at: Date | null;
}

export interface AgreementsTable {
  couple_id: string;
  id: string;
  proposed_by: string | null;
  created_at: Date;
}

export interface AgreementVersionsTable {
  couple_id: string;
  agreement_id: string;
  version: number;
  change_kind: string;
  title: string;
  practice: string;
  category: string;
  /** 'YYYY-MM-DD' */
  review_on: string;
  sunset_steps: string[];
  steps_taken: number;
  reason: string | null;
  proposed_by: string | null;
  created_at: Date;
}

export interface AgreementEventsTable {
  couple_id: string;
  agreement_id: string;
  seq: number;
  type: string;
  version: number | null;
  actor_id: string | null;
  reason: string | null;
  created_at: Date;
}

export interface AgreementHoldingTable {
  couple_id: string;
  agreement_id: string;
  user_id: string;
  /** 'YYYY-MM-DD', the Monday of the ISO week in the person's time zone. */
  week_start: string;
  mark: string;
  created_at: Date;
  updated_at: Date;
}
