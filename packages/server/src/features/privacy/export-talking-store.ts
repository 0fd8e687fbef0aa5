import type { AmendDb } from '../../db/database.js';

/**
 * What a person put into talking and reconnecting, across every space they were in: the
 * conversations they logged, every version of their own ratings, the meetings they started and
 * every version of their own meeting notes, their prompt marks, the pauses they asked for, their
 * trigger moments with the responses they wrote to their partner's, their appreciations and the
 * time together they planned. What the partner wrote (their ratings, notes, responses) is theirs.
 */
export interface TalkingData {
  readonly conversationsLogged: readonly Record<string, unknown>[];
  readonly conversationRatings: readonly Record<string, unknown>[];
  readonly meetingsStarted: readonly Record<string, unknown>[];
  readonly meetingNotes: readonly Record<string, unknown>[];
  readonly promptMarks: readonly Record<string, unknown>[];
  readonly timeOuts: readonly Record<string, unknown>[];
  readonly triggerMoments: readonly Record<string, unknown>[];
  readonly triggerResponsesWritten: readonly Record<string, unknown>[];
  readonly appreciationsSent: readonly Record<string, unknown>[];
  readonly timeTogetherPlanned: readonly Record<string, unknown>[];
}

export async function readTalkingData(db: AmendDb, userId: string): Promise<TalkingData> {
  const [
    conversationsLogged,
    conversationRatings,
    meetingsStarted,
    meetingNotes,
    promptMarks,
    timeOuts,
    triggerMoments,
    triggerResponsesWritten,
    appreciationsSent,
    timeTogetherPlanned,
  ] = await Promise.all([
    db
      .selectFrom('conversations')
      .select(['id', 'held_on as heldOn', 'minutes', 'topic', 'source', 'created_at as createdAt'])
      .where('logged_by', '=', userId)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('conversation_ratings')
      .select([
        'conversation_id as conversationId',
        'version',
        'honest',
        'heard',
        'note',
        'note_visibility as noteVisibility',
        'created_at as createdAt',
      ])
      .where('user_id', '=', userId)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('meetings')
      .select(['id', 'started_at as startedAt', 'finished_at as finishedAt'])
      .where('started_by', '=', userId)
      .orderBy('started_at')
      .execute(),
    db
      .selectFrom('meeting_notes')
      .select(['meeting_id as meetingId', 'section', 'version', 'text', 'saved_at as savedAt'])
      .where('author_id', '=', userId)
      .orderBy('saved_at')
      .execute(),
    db
      .selectFrom('prompt_marks')
      .select(['prompt_id as promptId', 'kind', 'is_set as isSet', 'created_at as createdAt'])
      .where('user_id', '=', userId)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('time_outs')
      .select([
        'id',
        'started_at as startedAt',
        'return_at as returnAt',
        'reason',
        'ended_at as endedAt',
      ])
      .where('called_by', '=', userId)
      .orderBy('started_at')
      .execute(),
    db
      .selectFrom('trigger_moments')
      .select([
        'id',
        'occurred_at as occurredAt',
        'intensity',
        'category',
        'helped',
        'visibility',
        'need',
        'shared_at as sharedAt',
      ])
      .where('user_id', '=', userId)
      .orderBy('occurred_at')
      .execute(),
    db
      .selectFrom('trigger_responses')
      .select(['trigger_id as triggerId', 'text', 'created_at as createdAt'])
      .where('author_id', '=', userId)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('appreciations')
      .select(['text', 'created_at as createdAt'])
      .where('sent_by', '=', userId)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('time_together')
      .select([
        'kind',
        'title',
        'planned_for as plannedFor',
        'happened_on as happenedOn',
        'created_at as createdAt',
      ])
      .where('planned_by', '=', userId)
      .orderBy('created_at')
      .execute(),
  ]);
  return {
    conversationsLogged,
    conversationRatings,
    meetingsStarted,
    meetingNotes,
    promptMarks,
    timeOuts,
    triggerMoments,
    triggerResponsesWritten,
    appreciationsSent,
    timeTogetherPlanned,
  };
}
