import type { Generated } from 'kysely';

/** Kysely's view of the talking-and-reconnecting tables (migration 0013). Dates are 'YYYY-MM-DD'. */
export interface TalkingTables {
  conversations: ConversationsTable;
  conversation_ratings: ConversationRatingsTable;
  meetings: MeetingsTable;
  meeting_notes: MeetingNotesTable;
  prompt_marks: PromptMarksTable;
  time_outs: TimeOutsTable;
  trigger_moments: TriggerMomentsTable;
  trigger_responses: TriggerResponsesTable;
  appreciations: AppreciationsTable;
  time_together: TimeTogetherTable;
}

export interface ConversationsTable {
  couple_id: string;
  id: string;
  logged_by: string;
  held_on: string;
  minutes: number;
  topic: string;
  source: string;
  meeting_id: string | null;
  idempotency_key: string | null;
  created_at: Date;
}

export interface ConversationRatingsTable {
  couple_id: string;
  conversation_id: string;
  user_id: string;
  version: number;
  honest: number;
  heard: number;
  note: string | null;
  note_visibility: string;
  created_at: Date;
}

export interface MeetingsTable {
  couple_id: string;
  id: string;
  started_by: string;
  started_at: Date;
  finished_at: Date | null;
  finished_by: string | null;
}

export interface MeetingNotesTable {
  couple_id: string;
  meeting_id: string;
  author_id: string;
  section: string;
  version: number;
  text: string;
  saved_at: Date;
}

export interface PromptMarksTable {
  couple_id: string;
  id: string;
  user_id: string;
  prompt_id: string;
  kind: string;
  is_set: boolean;
  created_at: Date;
}

export interface TimeOutsTable {
  couple_id: string;
  id: string;
  called_by: string;
  started_at: Date;
  return_at: Date;
  reason: string | null;
  ended_at: Date | null;
}

export interface TriggerMomentsTable {
  couple_id: string;
  id: string;
  user_id: string;
  occurred_at: Date;
  intensity: number;
  category: string;
  helped: Generated<string[]>;
  visibility: string;
  need: string | null;
  shared_at: Date | null;
  idempotency_key: string | null;
  created_at: Date;
}

export interface TriggerResponsesTable {
  couple_id: string;
  id: string;
  trigger_id: string;
  author_id: string;
  text: string;
  created_at: Date;
}

export interface AppreciationsTable {
  couple_id: string;
  id: string;
  sent_by: string;
  text: string;
  /** The offline queue's key, unique per author in the space (migration 0019). */
  idempotency_key: string | null;
  created_at: Date;
}

export interface TimeTogetherTable {
  couple_id: string;
  id: string;
  planned_by: string;
  kind: string;
  title: string;
  planned_for: string;
  happened_on: string | null;
  created_at: Date;
  updated_at: Date;
}
