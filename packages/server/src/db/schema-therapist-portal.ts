import type { Generated } from 'kysely';

/** Kysely's view of the therapist portal's tables (migration 0014). */
export interface TherapistPortalTables {
  therapist_profiles: TherapistProfilesTable;
  therapist_invitations: TherapistInvitationsTable;
  couple_therapists: CoupleTherapistsTable;
  therapist_consents: TherapistConsentsTable;
  therapist_appointments: TherapistAppointmentsTable;
  therapist_session_notes: TherapistSessionNotesTable;
  therapist_observations: TherapistObservationsTable;
  questionnaire_assignments: QuestionnaireAssignmentsTable;
}

export interface TherapistProfilesTable {
  user_id: string;
  profession: string;
  licence_number: string;
  practice_name: string;
  created_at: Date;
  updated_at: Date;
}

export interface TherapistInvitationsTable {
  couple_id: string;
  id: string;
  invited_by: string | null;
  code_hash: Buffer;
  created_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
  accepted_at: Date | null;
  accepted_by: string | null;
}

export interface CoupleTherapistsTable {
  couple_id: string;
  therapist_user_id: string;
  linked_at: Date;
  ended_at: Date | null;
}

export interface TherapistConsentsTable {
  couple_id: string;
  id: string;
  therapist_user_id: string;
  member_id: string;
  categories: string[];
  change: string;
  created_at: Date;
}

export interface TherapistAppointmentsTable {
  couple_id: string;
  id: string;
  therapist_user_id: string;
  starts_at: Date;
  kind: string;
  invitees: string[];
  cancelled_at: Date | null;
  created_at: Date;
}

export interface TherapistSessionNotesTable {
  couple_id: string;
  id: string;
  session_id: string;
  therapist_user_id: string;
  text: string;
  created_at: Date;
}

export interface TherapistObservationsTable {
  couple_id: string;
  id: string;
  therapist_user_id: string;
  session_id: string | null;
  about_member_id: string | null;
  observed_on: string;
  kind: string;
  value: number;
  created_at: Date;
}

export interface QuestionnaireAssignmentsTable {
  couple_id: string;
  id: string;
  therapist_user_id: string;
  member_id: string;
  instrument_id: string;
  schedule: string;
  starts_on: string;
  created_at: Date;
  ended_at: Generated<Date | null>;
}
