import type { AmendDb } from '../../db/database.js';

export interface TriggerRow {
  readonly id: string;
  readonly userId: string;
  readonly occurredAt: Date;
  readonly intensity: number;
  readonly category: string;
  readonly helped: string[];
  readonly visibility: string;
  readonly need: string | null;
  readonly sharedAt: Date | null;
}

export interface ResponseRow {
  readonly id: string;
  readonly triggerId: string;
  readonly authorId: string;
  readonly text: string;
  readonly createdAt: Date;
}

const COLUMNS = [
  'id',
  'user_id as userId',
  'occurred_at as occurredAt',
  'intensity',
  'category',
  'helped',
  'visibility',
  'need',
  'shared_at as sharedAt',
] as const;

export async function insertTrigger(
  db: AmendDb,
  row: TriggerRow & { coupleId: string; idempotencyKey: string | null; at: Date },
): Promise<string> {
  const inserted = await db
    .insertInto('trigger_moments')
    .values({
      couple_id: row.coupleId,
      id: row.id,
      user_id: row.userId,
      occurred_at: row.occurredAt,
      intensity: row.intensity,
      category: row.category,
      helped: row.helped,
      visibility: row.visibility,
      need: row.need,
      shared_at: row.sharedAt,
      idempotency_key: row.idempotencyKey,
      created_at: row.at,
    })
    .onConflict((conflict) => conflict.doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return inserted.id;
  const earlier = await db
    .selectFrom('trigger_moments')
    .select('id')
    .where('couple_id', '=', row.coupleId)
    .where('user_id', '=', row.userId)
    .where('idempotency_key', '=', row.idempotencyKey)
    .executeTakeFirstOrThrow();
  return earlier.id;
}

/** Every trigger moment in the space, newest first; the service decides who sees which. */
export async function listTriggers(db: AmendDb, coupleId: string): Promise<TriggerRow[]> {
  return db
    .selectFrom('trigger_moments')
    .select(COLUMNS)
    .where('couple_id', '=', coupleId)
    .orderBy('occurred_at', 'desc')
    .execute();
}

export async function findTrigger(db: AmendDb, coupleId: string, id: string) {
  return db
    .selectFrom('trigger_moments')
    .select(COLUMNS)
    .where('couple_id', '=', coupleId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Sharing is one way: a shared moment stays shared, with when and what was asked for. */
export async function shareTrigger(
  db: AmendDb,
  coupleId: string,
  id: string,
  need: string | null,
  at: Date,
): Promise<void> {
  await db
    .updateTable('trigger_moments')
    .set({ visibility: 'partner', need, shared_at: at })
    .where('couple_id', '=', coupleId)
    .where('id', '=', id)
    .where('visibility', '=', 'private')
    .execute();
}

export async function listResponses(db: AmendDb, coupleId: string): Promise<ResponseRow[]> {
  return db
    .selectFrom('trigger_responses')
    .select([
      'id',
      'trigger_id as triggerId',
      'author_id as authorId',
      'text',
      'created_at as createdAt',
    ])
    .where('couple_id', '=', coupleId)
    .orderBy('created_at')
    .execute();
}

export async function insertResponse(
  db: AmendDb,
  row: ResponseRow & { coupleId: string },
): Promise<void> {
  await db
    .insertInto('trigger_responses')
    .values({
      couple_id: row.coupleId,
      id: row.id,
      trigger_id: row.triggerId,
      author_id: row.authorId,
      text: row.text,
      created_at: row.createdAt,
    })
    .execute();
}

/** The person's own trigger moments as dated intensities, for their signs of progress. */
export async function ownTriggerFacts(db: AmendDb, coupleId: string, userId: string) {
  return db
    .selectFrom('trigger_moments')
    .select(['occurred_at as occurredAt', 'intensity'])
    .where('couple_id', '=', coupleId)
    .where('user_id', '=', userId)
    .execute();
}
