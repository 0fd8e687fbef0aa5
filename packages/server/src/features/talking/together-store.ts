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

export async function insertAppreciation(
  db: AmendDb,
  row: AppreciationRow & { coupleId: string },
): Promise<void> {
  await db
    .insertInto('appreciations')
    .values({
      couple_id: row.coupleId,
      id: row.id,
      sent_by: row.sentBy,
      text: row.text,
      created_at: row.createdAt,
    })
    .execute();
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
