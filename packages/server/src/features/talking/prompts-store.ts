import type { AmendDb } from '../../db/database.js';

/** The person's latest change of each kind of mark on each card (earlier ones are kept). */
export async function latestMarks(db: AmendDb, coupleId: string, userId: string) {
  return db
    .selectFrom('prompt_marks')
    .distinctOn(['prompt_id', 'kind'])
    .select(['prompt_id as promptId', 'kind', 'is_set as isSet'])
    .where('couple_id', '=', coupleId)
    .where('user_id', '=', userId)
    .orderBy('prompt_id')
    .orderBy('kind')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export async function insertMark(
  db: AmendDb,
  mark: {
    coupleId: string;
    id: string;
    userId: string;
    promptId: string;
    kind: string;
    isSet: boolean;
    at: Date;
  },
): Promise<void> {
  await db
    .insertInto('prompt_marks')
    .values({
      couple_id: mark.coupleId,
      id: mark.id,
      user_id: mark.userId,
      prompt_id: mark.promptId,
      kind: mark.kind,
      is_set: mark.isSet,
      created_at: mark.at,
    })
    .execute();
}
