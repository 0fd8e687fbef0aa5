import type { ColumnType, Generated } from 'kysely';
import type { AgreementsTables } from './schema-agreements.js';
import type { HonestyTables } from './schema-honesty.js';
import type { RemindersTables } from './schema-reminders.js';
import type { TalkingTables } from './schema-talking.js';
import type { TherapistPortalTables } from './schema-therapist-portal.js';

/** Kysely's view of the tables in migrations/*.sql. Keep in step with every migration. */
export interface Database
  extends TherapistPortalTables,
    TalkingTables,
    RemindersTables,
    AgreementsTables,
    HonestyTables {
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
  imported_instruments: ImportedInstrumentsTable;
  safety_screens: SafetyScreensTable;
  safety_resources: SafetyResourcesTable;
  journal_keyrings: JournalKeyringsTable;
  journal_entries: JournalEntriesTable;
  totp_authenticators: TotpAuthenticatorsTable;
  recovery_codes: RecoveryCodesTable;
  passkeys: PasskeysTable;
  webauthn_challenges: WebauthnChallengesTable;
  pending_sign_ins: PendingSignInsTable;
  known_devices: KnownDevicesTable;
  sign_in_delays: SignInDelaysTable;
  program_progress_events: ProgramProgressEventsTable;
  exercise_answers: ExerciseAnswersTable;
  exercise_answer_versions: ExerciseAnswerVersionsTable;
  catalogue_revision: CatalogueRevisionTable;
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
  /** The therapist who verified the session (migration 0014); null when a partner recorded it. */
  therapist_user_id: Generated<string | null>;
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

export interface SafetyScreensTable {
  user_id: string;
  id: string;
  instrument_version: string;
  /** jsonb: item id → option code. Written as JSON text, read back parsed. */
  answers: unknown;
  shared_with_therapist: Generated<boolean>;
  idempotency_key: string | null;
  taken_at: Date;
}

export interface SafetyResourcesTable {
  user_id: string;
  id: string;
  name: string;
  contact: string;
  note: string | null;
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
  /** Neutral name, icon and e-mail wording for this person (migration 0007). */
  discreet_mode: Generated<boolean>;
  /** 'person' or 'therapist' (migration 0014). */
  account_kind: Generated<string>;
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
  /** "Firefox on Linux": computed once from the user agent, for the list of sessions. */
  device_summary: string | null;
  signed_in_with: string | null;
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
  /** Set on a space of one that holds what someone withdrew when leaving the space named here. */
  withdrawn_from: Generated<string | null>;
  /** Raised by triggers whenever anything the couple owns changes (bigint, read as text). */
  revision: Generated<string>;
}

/** One row: raised by a trigger whenever the imported questionnaire catalogue changes. */
export interface CatalogueRevisionTable {
  singleton: Generated<boolean>;
  revision: string;
}

export interface CoupleMembersTable {
  couple_id: string;
  id: string;
  user_id: string;
  role: string;
  joined_at: Date;
  left_at: Date | null;
  /** What they chose for what they had shared when they left: 'kept' or 'withdrawn'. */
  left_with: Generated<string | null>;
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

export interface ImportedInstrumentsTable {
  id: string;
  version: string;
  definition: unknown;
  source_questionnaire: unknown;
  imported_by: string | null;
  imported_at: Date;
  retired_at: Date | null;
  /** The therapist whose own instrument this is; null for the shared catalogue (0020). */
  owner_therapist_user_id: string | null;
}

/** One per person: the journal's data key, wrapped twice. Opaque bytes only (migration 0006). */
export interface JournalKeyringsTable {
  user_id: string;
  format: number;
  kdf: string;
  kdf_memory_kib: number;
  kdf_iterations: number;
  kdf_parallelism: number;
  passphrase_salt: Buffer;
  passphrase_iv: Buffer;
  passphrase_wrapped_key: Buffer;
  recovery_kdf: string;
  recovery_salt: Buffer;
  recovery_iv: Buffer;
  recovery_wrapped_key: Buffer;
  rewrap_proof_hash: Buffer;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export interface JournalEntriesTable {
  owner_user_id: string;
  id: string;
  iv: Buffer;
  ciphertext: Buffer;
  idempotency_key: string | null;
  created_at: Date;
  updated_at: Date;
}

export interface TotpAuthenticatorsTable {
  user_id: string;
  secret_encrypted: string;
  created_at: Date;
  enabled_at: Date | null;
  /** bigint: the pg driver hands it over as text. */
  last_used_step: ColumnType<string | null, number | null, number | null>;
}

export interface RecoveryCodesTable {
  id: string;
  user_id: string;
  code_hash: Buffer;
  created_at: Date;
  used_at: Date | null;
}

export interface PasskeysTable {
  id: string;
  user_id: string;
  credential_id: string;
  public_key: Buffer;
  /** bigint: the pg driver hands it over as text. */
  sign_count: ColumnType<string, number, number>;
  transports: string[];
  name: string;
  created_at: Date;
  last_used_at: Date | null;
}

export interface WebauthnChallengesTable {
  id: string;
  user_id: string | null;
  purpose: string;
  challenge: string;
  created_at: Date;
  expires_at: Date;
}

export interface PendingSignInsTable {
  id: string;
  user_id: string;
  token_hash: Buffer;
  throttle_key: string;
  failed_attempts: Generated<number>;
  created_at: Date;
  expires_at: Date;
}

export interface KnownDevicesTable {
  id: string;
  user_id: string;
  token_hash: Buffer;
  created_at: Date;
  last_seen_at: Date;
}

export interface SignInDelaysTable {
  key: string;
  failures: number;
  last_failure_at: Date;
  next_attempt_at: Date;
}

export interface ProgramProgressEventsTable {
  couple_id: string;
  id: string;
  user_id: string;
  kind: string;
  stage_id: string;
  /** 'YYYY-MM-DD' text, the person's own calendar date. */
  occurred_on: string;
  created_at: Date;
}

export interface ExerciseAnswersTable {
  couple_id: string;
  id: string;
  owner_id: string;
  exercise_id: string;
  stage_id: string;
  visibility: string;
  /** jsonb: field id → text or list of texts. Written as JSON text, read back parsed. */
  draft: unknown;
  draft_saved_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

export interface ExerciseAnswerVersionsTable {
  couple_id: string;
  answer_id: string;
  version: number;
  /** jsonb: field id → text or list of texts. Written as JSON text, read back parsed. */
  answer_values: unknown;
  saved_at: Date;
}
