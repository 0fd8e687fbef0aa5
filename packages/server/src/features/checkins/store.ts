import { sql } from 'kysely';
import type { AmendDb } from '../../db/database.js';
import type { SessionRow } from '../sessions/store.js';

export interface CheckinRow {
  readonly id: string;
  readonly coupleId: string;
  readonly userId: string;
  readonly weekStart: string;
  readonly trust: number;
  readonly closeness: number;
  readonly honestConversations: number;
  readonly mood: string;
  readonly note: string | null;
  readonly noteVisibility: string;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

const COLUMNS = [
  'id',
  'couple_id',
  'user_id',
  'week_start',
  'trust',
  'closeness',
  'honest_conversations',
  'mood',
  'note',
  'note_visibility',
  'created_at',
  'updated_at',
] as const;

type Row = {
  id: string;
  couple_id: string;
  user_id: string;
  week_start: string;
  trust: number;
  closeness: number;
  honest_conversations: number;
  mood: string;
  note: string | null;
  note_visibility: string;
  created_at: Date;
  updated_at: Date;
};

function toCheckin(row: Row): CheckinRow {
  return {
    id: row.id,
    coupleId: row.couple_id,
    userId: row.user_id,
    weekStart: row.week_start,
    trust: row.trust,
    closeness: row.closeness,
    honestConversations: row.honest_conversations,
    mood: row.mood,
    note: row.note,
    noteVisibility: row.note_visibility,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export interface CheckinValues {
  readonly trust: number;
  readonly closeness: number;
  readonly honestConversations: number;
  readonly mood: string;
  readonly note: string | null;
  readonly noteVisibility: string;
}

/** Inserts unless this person already has a check-in for the week; returns null in that case. */
export async function insertCheckin(
  db: AmendDb,
  checkin: CheckinValues & {
    id: string;
    coupleId: string;
    userId: string;
    weekStart: string;
    idempotencyKey: string | null;
    at: Date;
  },
): Promise<CheckinRow | null> {
  const row = await db
    .insertInto('checkins')
    .values({
      couple_id: checkin.coupleId,
      id: checkin.id,
      user_id: checkin.userId,
      week_start: checkin.weekStart,
      trust: checkin.trust,
      closeness: checkin.closeness,
      honest_conversations: checkin.honestConversations,
      mood: checkin.mood,
      note: checkin.note,
      note_visibility: checkin.noteVisibility,
      idempotency_key: checkin.idempotencyKey,
      created_at: checkin.at,
      updated_at: checkin.at,
    })
    .onConflict((conflict) => conflict.doNothing())
    .returning(COLUMNS)
    .executeTakeFirst();
  return row ? toCheckin(row) : null;
}

/** One of this person's check-ins, found by its id or by the idempotency key it was sent with. */
async function findOwnBy(
  db: AmendDb,
  coupleId: string,
  userId: string,
  by: { id: string } | { idempotencyKey: string },
): Promise<CheckinRow | null> {
  let query = db
    .selectFrom('checkins')
    .select(COLUMNS)
    .where('couple_id', '=', coupleId)
    .where('user_id', '=', userId);
  query =
    'id' in by
      ? query.where('id', '=', by.id)
      : query.where('idempotency_key', '=', by.idempotencyKey);
  const row = await query.executeTakeFirst();
  return row ? toCheckin(row) : null;
}

export function findByIdempotencyKey(db: AmendDb, coupleId: string, userId: string, key: string) {
  return findOwnBy(db, coupleId, userId, { idempotencyKey: key });
}

export function findOwn(db: AmendDb, coupleId: string, userId: string, id: string) {
  return findOwnBy(db, coupleId, userId, { id });
}

/**
 * Changes one of this person's check-ins if it belongs to `openWeek`, in one statement; null
 * when there is no such check-in of theirs in that week (the caller then finds out why).
 */
export async function updateOwnCheckinInWeek(
  db: AmendDb,
  owner: { coupleId: string; userId: string },
  id: string,
  openWeek: string,
  values: CheckinValues,
  at: Date,
): Promise<CheckinRow | null> {
  const row = await db
    .updateTable('checkins')
    .set({
      trust: values.trust,
      closeness: values.closeness,
      honest_conversations: values.honestConversations,
      mood: values.mood,
      note: values.note,
      note_visibility: values.noteVisibility,
      updated_at: at,
    })
    .where('couple_id', '=', owner.coupleId)
    .where('user_id', '=', owner.userId)
    .where('id', '=', id)
    .where('week_start', '=', openWeek)
    .returning(COLUMNS)
    .executeTakeFirst();
  return row ? toCheckin(row) : null;
}

/** What changeWithSession found: the session, the person's space and zone, and the change. */
export interface ChangeWithSession {
  readonly session: SessionRow;
  /** The space the person is an active member of; null when they are in none. */
  readonly coupleId: string | null;
  readonly timeZone: string;
  /** The changed check-in; null when `openWeek` was not given or nothing matched. */
  readonly changed: CheckinRow | null;
}

/**
 * The session named by the token (live: neither idle nor past its absolute expiry), its
 * person's active space and time zone, and, when the open week is already known (see
 * `weekEverywhere` in core), the change of one of their own check-ins in that week: all in one
 * statement, so a change costs one round trip, and the session is checked in the same snapshot
 * as the write. The check-in must be the person's own, in the space they are an active member
 * of now (the rule `maySpaceAction` states), as in updateOwnCheckinInWeek. Null when the token
 * names no live session. Prepared once per connection (db/prepared.ts).
 */
export async function changeWithSession(
  db: AmendDb,
  tokenHash: Buffer,
  now: Date,
  change: { id: string; openWeek: string | null; values: CheckinValues },
): Promise<ChangeWithSession | null> {
  const { values } = change;
  // The check-in's columns are null when nothing was changed (the left join found no row).
  const result = await sql<
    Omit<Row, 'id'> & {
      id: string | null;
      session_id: string;
      session_user_id: string;
      last_seen_at: Date;
      member_couple_id: string | null;
      time_zone: string;
    }
  >`/* prepared: change-checkin-with-session */
    WITH actor AS (
      SELECT s.id AS session_id, s.user_id, s.last_seen_at, u.time_zone, m.couple_id
      FROM sessions s
      JOIN users u ON u.id = s.user_id
      LEFT JOIN couple_members m ON m.user_id = s.user_id AND m.left_at IS NULL
      WHERE s.token_hash = ${tokenHash}
        AND s.idle_expires_at > ${now} AND s.absolute_expires_at > ${now}
    ), changed AS (
      UPDATE checkins c SET trust = ${values.trust}, closeness = ${values.closeness},
        honest_conversations = ${values.honestConversations}, mood = ${values.mood},
        note = ${values.note}, note_visibility = ${values.noteVisibility}, updated_at = ${now}
      FROM actor a
      WHERE c.couple_id = a.couple_id AND c.user_id = a.user_id
        AND c.id = ${change.id} AND c.week_start = ${change.openWeek}
      RETURNING c.id, c.couple_id, c.user_id, c.week_start, c.trust, c.closeness,
        c.honest_conversations, c.mood, c.note, c.note_visibility, c.created_at, c.updated_at
    )
    SELECT a.session_id, a.user_id AS session_user_id, a.last_seen_at,
      a.couple_id AS member_couple_id, a.time_zone, ch.*
    FROM actor a LEFT JOIN changed ch ON true`.execute(db);
  const row = result.rows[0];
  if (!row) return null;
  return {
    session: { id: row.session_id, userId: row.session_user_id, lastSeenAt: row.last_seen_at },
    coupleId: row.member_couple_id,
    timeZone: row.time_zone,
    changed: row.id === null ? null : toCheckin({ ...row, id: row.id }),
  };
}

/** Every check-in in the space, oldest first: both partners' rows, for the dashboard. */
export async function listForCouple(db: AmendDb, coupleId: string): Promise<CheckinRow[]> {
  const rows = await db
    .selectFrom('checkins')
    .select(COLUMNS)
    .where('couple_id', '=', coupleId)
    .orderBy('week_start')
    .execute();
  return rows.map(toCheckin);
}
