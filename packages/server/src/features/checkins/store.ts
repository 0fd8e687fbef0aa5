import type { AmendDb } from '../../db/database.js';

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
