import type { AmendDb } from '../../db/database.js';

export interface TimeOutRow {
  readonly id: string;
  readonly calledBy: string;
  readonly startedAt: Date;
  readonly returnAt: Date;
  readonly reason: string | null;
  readonly endedAt: Date | null;
}

const COLUMNS = [
  'id',
  'called_by as calledBy',
  'started_at as startedAt',
  'return_at as returnAt',
  'reason',
  'ended_at as endedAt',
] as const;

export async function insertTimeOut(
  db: AmendDb,
  row: TimeOutRow & { coupleId: string },
): Promise<void> {
  await db
    .insertInto('time_outs')
    .values({
      couple_id: row.coupleId,
      id: row.id,
      called_by: row.calledBy,
      started_at: row.startedAt,
      return_at: row.returnAt,
      reason: row.reason,
      ended_at: row.endedAt,
    })
    .execute();
}

/** The space's pauses, newest first. */
export async function listTimeOuts(db: AmendDb, coupleId: string): Promise<TimeOutRow[]> {
  return db
    .selectFrom('time_outs')
    .select(COLUMNS)
    .where('couple_id', '=', coupleId)
    .orderBy('started_at', 'desc')
    .execute();
}

export async function findTimeOut(db: AmendDb, coupleId: string, id: string) {
  return db
    .selectFrom('time_outs')
    .select(COLUMNS)
    .where('couple_id', '=', coupleId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Records when the pause ended; ending an ended pause keeps the first end. */
export async function endTimeOut(db: AmendDb, coupleId: string, id: string, at: Date) {
  await db
    .updateTable('time_outs')
    .set({ ended_at: at })
    .where('couple_id', '=', coupleId)
    .where('id', '=', id)
    .where('ended_at', 'is', null)
    .execute();
}
