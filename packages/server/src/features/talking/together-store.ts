import type { AmendDb } from '../../db/database.js';

export interface AppreciationRow {
  readonly id: string;
  readonly sentBy: string;
  readonly text: string;
  readonly createdAt: Date;
}

export interface PlanRow {
  readonly id: string;
  readonly plannedBy: string;
  readonly kind: string;
  readonly title: string;
  readonly plannedFor: string;
  readonly happenedOn: string | null;
  readonly createdAt: Date;
}

const PLAN_COLUMNS = [
  'id',
  'planned_by as plannedBy',
  'kind',
  'title',
  'planned_for as plannedFor',
  'happened_on as happenedOn',
  'created_at as createdAt',
] as const;

/**
 * Inserts once per idempotency key: a copy sent again (the offline queue retrying, two tabs at
 * once) inserts nothing and answers the first one's id. `inserted` says whether this call made
 * it, so only the first copy tells the partner.
 */
export async function insertAppreciation(
  db: AmendDb,
  row: AppreciationRow & { coupleId: string; idempotencyKey: string | null },
): Promise<{ id: string; inserted: boolean }> {
  const inserted = await db
    .insertInto('appreciations')
    .values({
      couple_id: row.coupleId,
      id: row.id,
      sent_by: row.sentBy,
      text: row.text,
      idempotency_key: row.idempotencyKey,
      created_at: row.createdAt,
    })
    .onConflict((conflict) => conflict.doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { id: inserted.id, inserted: true };
  // Only the key's unique index can conflict (the id is new): read the copy that won.
  const earlier = await db
    .selectFrom('appreciations')
    .select('id')
    .where('couple_id', '=', row.coupleId)
    .where('sent_by', '=', row.sentBy)
    .where('idempotency_key', '=', row.idempotencyKey)
    .executeTakeFirstOrThrow();
  return { id: earlier.id, inserted: false };
}

export async function listAppreciations(
  db: AmendDb,
  coupleId: string,
  limit?: number,
): Promise<AppreciationRow[]> {
  let query = db
    .selectFrom('appreciations')
    .select(['id', 'sent_by as sentBy', 'text', 'created_at as createdAt'])
    .where('couple_id', '=', coupleId)
    .orderBy('created_at', 'desc');
  if (limit !== undefined) query = query.limit(limit);
  return query.execute();
}

/** Inserts once: a plan whose id is already there (the same keyed retry) changes nothing. */
export async function insertPlan(db: AmendDb, row: PlanRow & { coupleId: string }): Promise<void> {
  await db
    .insertInto('time_together')
    .values({
      couple_id: row.coupleId,
      id: row.id,
      planned_by: row.plannedBy,
      kind: row.kind,
      title: row.title,
      planned_for: row.plannedFor,
      happened_on: row.happenedOn,
      created_at: row.createdAt,
      updated_at: row.createdAt,
    })
    .onConflict((conflict) => conflict.columns(['couple_id', 'id']).doNothing())
    .execute();
}

export async function listPlans(db: AmendDb, coupleId: string): Promise<PlanRow[]> {
  return db
    .selectFrom('time_together')
    .select(PLAN_COLUMNS)
    .where('couple_id', '=', coupleId)
    .orderBy('planned_for', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
}

export async function findPlan(db: AmendDb, coupleId: string, id: string) {
  return db
    .selectFrom('time_together')
    .select(PLAN_COLUMNS)
    .where('couple_id', '=', coupleId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function markHappened(
  db: AmendDb,
  coupleId: string,
  id: string,
  happenedOn: string,
  at: Date,
): Promise<void> {
  await db
    .updateTable('time_together')
    .set({ happened_on: happenedOn, updated_at: at })
    .where('couple_id', '=', coupleId)
    .where('id', '=', id)
    .execute();
}
