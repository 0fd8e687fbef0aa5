import type { Generated } from 'kysely';

/** Kysely's view of the tables in migrations/*.sql. Keep in step with every migration. */
export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  password_resets: PasswordResetsTable;
  couples: CouplesTable;
  couple_members: CoupleMembersTable;
  invitations: InvitationsTable;
  rate_limit_counters: RateLimitCountersTable;
  audit_events: AuditEventsTable;
  schema_migrations: SchemaMigrationsTable;
  checkins: CheckinsTable;
  questionnaire_responses: QuestionnaireResponsesTable;
  incidents: IncidentsTable;
  incident_versions: IncidentVersionsTable;
  incident_notes: IncidentNotesTable;
  therapy_sessions: TherapySessionsTable;
}

export interface IncidentsTable {
  couple_id: string;
  id: string;
  reported_by: string | null;
  about: string;
  created_at: Date;
}

export interface IncidentVersionsTable {
  couple_id: string;
  incident_id: string;
  version: number;
  kind: string;
  disclosure: string;
  occurred_on: string;
  description: string | null;
  reason: string | null;
  created_at: Date;
}

export interface IncidentNotesTable {
  couple_id: string;
  id: string;
  incident_id: string;
  author_id: string | null;
  text: string;
  created_at: Date;
}

export interface TherapySessionsTable {
  couple_id: string;
  id: string;
  recorded_by: string | null;
  held_on: string;
  kind: string;
  attendees: string[];
  verification: string;
  idempotency_key: string | null;
  created_at: Date;
}

export interface QuestionnaireResponsesTable {
  couple_id: string;
  id: string;
  user_id: string;
  instrument_id: string;
  instrument_version: string;
  status: string;
  /** jsonb: item id → option code or number. Written as JSON text, read back parsed. */
  answers: unknown;
  total: number | null;
  facets: unknown;
  band: string | null;
  idempotency_key: string | null;
  started_at: Date;
  updated_at: Date;
  completed_at: Date | null;
}

export interface CheckinsTable {
  couple_id: string;
  id: string;
  user_id: string;
  /** Monday of the ISO week, as 'YYYY-MM-DD' text. */
  week_start: string;
  trust: number;
  closeness: number;
  honest_conversations: number;
  mood: string;
  note: string | null;
  note_visibility: string;
  idempotency_key: string | null;
  created_at: Date;
  updated_at: Date;
}

export interface UsersTable {
  id: string;
  email: string;
  email_normalized: string;
  display_name: string;
  password_hash: string;
  time_zone: string;
  created_at: Date;
  updated_at: Date;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  token_hash: Buffer;
  created_at: Date;
  last_seen_at: Date;
  idle_expires_at: Date;
  absolute_expires_at: Date;
  user_agent: string | null;
  ip_address: string | null;
}

export interface PasswordResetsTable {
  id: string;
  user_id: string;
  token_hash: Buffer;
  created_at: Date;
  expires_at: Date;
  used_at: Date | null;
}

export interface CouplesTable {
  id: string;
  relationship_type: string;
  /** A calendar date; the pg driver is told to hand dates over as text (see database.ts). */
  came_to_light_on: string;
  created_by: string | null;
  created_at: Date;
  ended_at: Date | null;
}

export interface CoupleMembersTable {
  couple_id: string;
  id: string;
  user_id: string;
  role: string;
  joined_at: Date;
  left_at: Date | null;
}

export interface InvitationsTable {
  couple_id: string;
  id: string;
  invited_by: string | null;
  token_hash: Buffer;
  code_hash: Buffer;
  created_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
  accepted_at: Date | null;
  accepted_by: string | null;
  declined_at: Date | null;
}

export interface RateLimitCountersTable {
  key: string;
  hits: number;
  window_ends_at: Date;
}

export interface AuditEventsTable {
  id: string;
  occurred_at: Date;
  actor_user_id: string | null;
  subject_user_id: string | null;
  couple_id: string | null;
  action: string;
  ip_address: string | null;
  user_agent: string | null;
  details: Generated<unknown>;
}

export interface SchemaMigrationsTable {
  version: number;
  name: string;
  checksum: string;
  applied_at: Date;
}
