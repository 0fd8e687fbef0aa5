import { sql } from 'kysely';
import type { AmendDb } from '../../db/database.js';

export interface ConversationRow {
  readonly id: string;
  readonly loggedBy: string;
  readonly heldOn: string;
  readonly minutes: number;
  readonly topic: string;
  readonly source: string;
  readonly meetingId: string | null;
  readonly createdAt: Date;
}

/** A person's latest rating of a conversation (earlier versions are kept, not shown). */
export interface RatingRow {
  readonly conversationId: string;
  readonly userId: string;
  readonly version: number;
  readonly honest: number;
  readonly heard: number;
  readonly note: string | null;
  readonly noteVisibility: string;
  readonly createdAt: Date;
}

const CONVERSATION_COLUMNS = [
  'id',
  'logged_by as loggedBy',
  'held_on as heldOn',
  'minutes',
  'topic',
  'source',
  'meeting_id as meetingId',
  'created_at as createdAt',
] as const;

export interface NewConversation {
  readonly coupleId: string;
  readonly id: string;
  readonly loggedBy: string;
  readonly heldOn: string;
  readonly minutes: number;
  readonly topic: string;
  readonly source: 'logged' | 'meeting';
  readonly meetingId: string | null;
  readonly idempotencyKey: string | null;
  readonly at: Date;
}

/** Inserts once: a retry with the same key, or a second finish of one meeting, changes nothing. */
export async function insertConversation(db: AmendDb, row: NewConversation): Promise<string> {
  const inserted = await db
    .insertInto('conversations')
    .values({
      couple_id: row.coupleId,
      id: row.id,
      logged_by: row.loggedBy,
      held_on: row.heldOn,
      minutes: row.minutes,
      topic: row.topic,
      source: row.source,
      meeting_id: row.meetingId,
      idempotency_key: row.idempotencyKey,
      created_at: row.at,
    })
    .onConflict((conflict) => conflict.doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return inserted.id;
  let earlier = db.selectFrom('conversations').select('id').where('couple_id', '=', row.coupleId);
  earlier = row.meetingId
    ? earlier.where('meeting_id', '=', row.meetingId)
    : earlier
        .where('logged_by', '=', row.loggedBy)
        .where('idempotency_key', '=', row.idempotencyKey);
  return (await earlier.executeTakeFirstOrThrow()).id;
}

/** The space's conversations, newest first; `limit` for the page, none for the metric. */
export async function listConversations(
  db: AmendDb,
  coupleId: string,
  limit?: number,
): Promise<ConversationRow[]> {
  let query = db
    .selectFrom('conversations')
    .select(CONVERSATION_COLUMNS)
    .where('couple_id', '=', coupleId)
    .orderBy('held_on', 'desc')
    .orderBy('created_at', 'desc');
  if (limit !== undefined) query = query.limit(limit);
  return query.execute();
}

/** Every conversation's id and day, for the weekly count (nothing else is read). */
export async function listConversationDates(db: AmendDb, coupleId: string) {
  return db
    .selectFrom('conversations')
    .select(['id', 'held_on as heldOn'])
    .where('couple_id', '=', coupleId)
    .execute();
}

export async function findConversation(
  db: AmendDb,
  coupleId: string,
  id: string,
): Promise<ConversationRow | undefined> {
  return db
    .selectFrom('conversations')
    .select(CONVERSATION_COLUMNS)
    .where('couple_id', '=', coupleId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Each person's latest rating of each conversation in the space. */
export async function latestRatings(db: AmendDb, coupleId: string): Promise<RatingRow[]> {
  return db
    .selectFrom('conversation_ratings')
    .distinctOn(['conversation_id', 'user_id'])
    .select([
      'conversation_id as conversationId',
      'user_id as userId',
      'version',
      'honest',
      'heard',
      'note',
      'note_visibility as noteVisibility',
      'created_at as createdAt',
    ])
    .where('couple_id', '=', coupleId)
    .orderBy('conversation_id')
    .orderBy('user_id')
    .orderBy('version', 'desc')
    .execute();
}

export interface NewRating {
  readonly coupleId: string;
  readonly conversationId: string;
  readonly userId: string;
  readonly honest: number;
  readonly heard: number;
  readonly note: string | null;
  readonly noteVisibility: 'private' | 'partner';
  readonly at: Date;
}

/**
 * A new version of the person's rating; earlier ones are kept. The version is computed in the
 * statement, and the primary key refuses a duplicate from two tabs saving at once (the second
 * gets a clear conflict instead of overwriting).
 */
export async function addRating(db: AmendDb, rating: NewRating): Promise<void> {
  await sql`
    INSERT INTO conversation_ratings
      (couple_id, conversation_id, user_id, version, honest, heard, note, note_visibility, created_at)
    SELECT ${rating.coupleId}::uuid, ${rating.conversationId}::uuid, ${rating.userId}::uuid,
      COALESCE(MAX(version), 0) + 1, ${rating.honest}::smallint, ${rating.heard}::smallint,
      ${rating.note}::text, ${rating.noteVisibility}::text, ${rating.at}::timestamptz
    FROM conversation_ratings
    WHERE couple_id = ${rating.coupleId} AND conversation_id = ${rating.conversationId}
      AND user_id = ${rating.userId}`.execute(db);
}
