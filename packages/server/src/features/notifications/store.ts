import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

/** The app's database or a transaction on it: notifications are written in their cause's. */
export type Db = Kysely<Database>;

export interface NotificationRow {
  readonly id: string;
  readonly recipientId: string;
  readonly spaceId: string | null;
  readonly kind: string;
  readonly subjectType: string | null;
  readonly subjectId: string | null;
  readonly actorId: string | null;
  readonly createdAt: Date;
  readonly readAt: Date | null;
}

export async function insertNotification(db: Db, row: NotificationRow): Promise<void> {
  await db
    .insertInto('notifications')
    .values({
      recipient_id: row.recipientId,
      id: row.id,
      space_id: row.spaceId,
      kind: row.kind,
      subject_type: row.subjectType,
      subject_id: row.subjectId,
      actor_id: row.actorId,
      created_at: row.createdAt,
      read_at: row.readAt,
    })
    .execute();
}

export interface NotificationListItem extends NotificationRow {
  /** The actor's name as it is now, or null when they deleted their account. */
  readonly actorName: string | null;
}

/**
 * The person's notifications, newest first, from no space or from the space they are in now:
 * after leaving a space, links into it would lead nowhere.
 */
export async function listNotifications(
  db: Db,
  recipientId: string,
  currentSpaceId: string | null,
  limit: number,
): Promise<{ items: NotificationListItem[]; unread: number }> {
  const [items, unread] = await Promise.all([
    db
      .selectFrom('notifications as n')
      .leftJoin('users as actor', 'actor.id', 'n.actor_id')
      .select([
        'n.id',
        'n.recipient_id as recipientId',
        'n.space_id as spaceId',
        'n.kind',
        'n.subject_type as subjectType',
        'n.subject_id as subjectId',
        'n.actor_id as actorId',
        'n.created_at as createdAt',
        'n.read_at as readAt',
        'actor.display_name as actorName',
      ])
      .where('n.recipient_id', '=', recipientId)
      .where((eb) =>
        currentSpaceId === null
          ? eb('n.space_id', 'is', null)
          : eb.or([eb('n.space_id', 'is', null), eb('n.space_id', '=', currentSpaceId)]),
      )
      .orderBy('n.created_at', 'desc')
      .orderBy('n.id', 'desc')
      .limit(limit)
      .execute(),
    db
      .selectFrom('notifications')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .where('recipient_id', '=', recipientId)
      .where('read_at', 'is', null)
      .where((eb) =>
        currentSpaceId === null
          ? eb('space_id', 'is', null)
          : eb.or([eb('space_id', 'is', null), eb('space_id', '=', currentSpaceId)]),
      )
      .executeTakeFirstOrThrow(),
  ]);
  return { items, unread: Number(unread.count) };
}

/** Marks the named notifications (or all, when ids is null) read; only the recipient's own. */
export async function markRead(
  db: Db,
  recipientId: string,
  ids: readonly string[] | null,
  at: Date,
): Promise<void> {
  let query = db
    .updateTable('notifications')
    .set({ read_at: at })
    .where('recipient_id', '=', recipientId)
    .where('read_at', 'is', null);
  if (ids !== null) {
    if (ids.length === 0) return;
    query = query.where('id', 'in', ids);
  }
  await query.execute();
}

/** Everything a person was notified of, for their export. */
export async function notificationsOf(db: Db, recipientId: string): Promise<NotificationRow[]> {
  return db
    .selectFrom('notifications')
    .select([
      'id',
      'recipient_id as recipientId',
      'space_id as spaceId',
      'kind',
      'subject_type as subjectType',
      'subject_id as subjectId',
      'actor_id as actorId',
      'created_at as createdAt',
      'read_at as readAt',
    ])
    .where('recipient_id', '=', recipientId)
    .orderBy('created_at')
    .execute();
}
