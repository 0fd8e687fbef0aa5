/**
 * Kysely's view of the questions, disclosures, full-account and commitment tables
 * (migration 0012). Dates are 'YYYY-MM-DD'.
 */
export interface HonestyTables {
  questions: QuestionsTable;
  question_answers: QuestionAnswersTable;
  question_events: QuestionEventsTable;
  disclosures: DisclosuresTable;
  full_accounts: FullAccountsTable;
  full_account_versions: FullAccountVersionsTable;
  full_account_events: FullAccountEventsTable;
  commitments: CommitmentsTable;
  commitment_marks: CommitmentMarksTable;
  commitment_acknowledgements: CommitmentAcknowledgementsTable;
}

export interface QuestionsTable {
  couple_id: string;
  id: string;
  asked_by: string;
  text: string;
  created_at: Date;
}

export interface QuestionAnswersTable {
  couple_id: string;
  id: string;
  question_id: string;
  author_id: string;
  text: string;
  created_at: Date;
}

export interface QuestionEventsTable {
  couple_id: string;
  id: string;
  question_id: string;
  type: string;
  by_user: string | null;
  answer_id: string | null;
  mark: string | null;
  created_at: Date;
}

export interface DisclosuresTable {
  couple_id: string;
  id: string;
  user_id: string;
  topic: string;
  occurred_on: string;
  text: string;
  incident_id: string | null;
  idempotency_key: string | null;
  created_at: Date;
}

export interface FullAccountsTable {
  couple_id: string;
  id: string;
  author_id: string;
  created_at: Date;
}

export interface FullAccountVersionsTable {
  couple_id: string;
  account_id: string;
  version: number;
  text: string;
  created_at: Date;
}

export interface FullAccountEventsTable {
  couple_id: string;
  id: string;
  account_id: string;
  type: string;
  by_user: string | null;
  version: number | null;
  created_at: Date;
}

export interface CommitmentsTable {
  couple_id: string;
  id: string;
  author_id: string;
  what: string;
  how_often: string;
  made_on: string;
  until: string;
  created_at: Date;
}

export interface CommitmentMarksTable {
  couple_id: string;
  id: string;
  commitment_id: string;
  user_id: string;
  week: number;
  mark: string;
  created_at: Date;
}

export interface CommitmentAcknowledgementsTable {
  couple_id: string;
  commitment_id: string;
  user_id: string;
  note: string | null;
  created_at: Date;
}
