import { sql } from 'kysely';
import type { AmendDb } from '../../db/database.js';
import type { Leaver } from './withdrawal.js';

/** Records that belong to one person and have nothing hanging on them: they simply move. */
const OWN_RECORDS = [
  { table: 'prompt_marks', owner: 'user_id' },
  { table: 'time_outs', owner: 'called_by' },
  { table: 'appreciations', owner: 'sent_by' },
  { table: 'time_together', owner: 'planned_by' },
] as const;

/**
 * Records with children keyed by (couple_id, parent id): the parent is copied into the leaver's
 * own space, its children follow it (whoever wrote them, as with an incident's notes), and the
 * emptied original is removed. What the leaver wrote on the partner's records (a rating of the
 * partner's conversation, a note in a meeting the partner started, a response to the partner's
 * trigger) cannot move without the partner's record, so it is deleted.
 */
const PARENTS = [
  {
    table: 'conversations',
    owner: 'logged_by',
    columns:
      'id, logged_by, held_on, minutes, topic, source, meeting_id, idempotency_key, created_at',
    child: { table: 'conversation_ratings', key: 'conversation_id', author: 'user_id' },
  },
  {
    table: 'meetings',
    owner: 'started_by',
    columns: 'id, started_by, started_at, finished_at, finished_by',
    child: { table: 'meeting_notes', key: 'meeting_id', author: 'author_id' },
  },
  {
    table: 'trigger_moments',
    owner: 'user_id',
    columns:
      'id, user_id, occurred_at, intensity, category, helped, visibility, need, shared_at, idempotency_key, created_at',
    child: { table: 'trigger_responses', key: 'trigger_id', author: 'author_id' },
  },
] as const;

/**
 * Takes what the leaver put into talking and reconnecting out of the space they leave, into
 * `ownSpaceId` (see withdrawSharedRecords). Answers how many records moved. Table and column
 * names are the constants above, never input.
 */
export async function withdrawTalking(
  trx: AmendDb,
  leaver: Leaver,
  ownSpaceId: string,
): Promise<number> {
  const { coupleId, userId } = leaver;
  let moved = 0;
  for (const { table, owner } of OWN_RECORDS) {
    const result = await sql`
      UPDATE ${sql.table(table)} SET couple_id = ${ownSpaceId}
      WHERE couple_id = ${coupleId} AND ${sql.ref(owner)} = ${userId}`.execute(trx);
    moved += Number(result.numAffectedRows ?? 0n);
  }
  for (const parent of PARENTS) {
    const { child } = parent;
    await sql`
      DELETE FROM ${sql.table(child.table)} c
      WHERE c.couple_id = ${coupleId} AND ${sql.ref(`c.${child.author}`)} = ${userId}
        AND NOT EXISTS (
          SELECT 1 FROM ${sql.table(parent.table)} p
          WHERE p.couple_id = c.couple_id AND p.id = ${sql.ref(`c.${child.key}`)}
            AND ${sql.ref(`p.${parent.owner}`)} = ${userId})`.execute(trx);
    const copied = await sql`
      INSERT INTO ${sql.table(parent.table)} (couple_id, ${sql.raw(parent.columns)})
      SELECT ${ownSpaceId}, ${sql.raw(parent.columns)} FROM ${sql.table(parent.table)}
      WHERE couple_id = ${coupleId} AND ${sql.ref(parent.owner)} = ${userId}`.execute(trx);
    const count = Number(copied.numAffectedRows ?? 0n);
    if (count === 0) continue;
    await sql`
      UPDATE ${sql.table(child.table)} SET couple_id = ${ownSpaceId}
      WHERE couple_id = ${coupleId} AND ${sql.ref(child.key)} IN (
        SELECT id FROM ${sql.table(parent.table)} WHERE couple_id = ${ownSpaceId})`.execute(trx);
    await sql`
      DELETE FROM ${sql.table(parent.table)}
      WHERE couple_id = ${coupleId} AND ${sql.ref(parent.owner)} = ${userId}`.execute(trx);
    moved += count;
  }
  return moved;
}
