import { sql } from 'kysely';
import type { AmendDb } from '../../db/database.js';
import type { Leaver } from './withdrawal.js';

/**
 * Records with children keyed by (couple_id, parent id), as in withdraw-talking.ts: the parent
 * is copied into the leaver's own space, its children follow (whoever wrote them: the partner's
 * answers to the leaver's question, marks on the leaver's commitment), and the emptied original
 * is removed. A question's answers are themselves named by its events (a mark names an answer),
 * so answers are copied too and the events follow both. Table and column names are constants.
 */
const PARENTS = [
  {
    table: 'questions',
    owner: 'asked_by',
    columns: 'id, asked_by, text, created_at',
    copiedChild: {
      table: 'question_answers',
      key: 'question_id',
      columns: 'id, question_id, author_id, text, created_at',
    },
    children: ['question_events'],
  },
  {
    table: 'full_accounts',
    owner: 'author_id',
    columns: 'id, author_id, created_at',
    copiedChild: null,
    children: ['full_account_versions', 'full_account_events'],
  },
  {
    table: 'commitments',
    owner: 'author_id',
    columns: 'id, author_id, what, how_often, made_on, until, created_at',
    copiedChild: null,
    children: ['commitment_marks', 'commitment_acknowledgements'],
  },
] as const;

const CHILD_KEYS: Readonly<Record<string, string>> = {
  question_events: 'question_id',
  full_account_versions: 'account_id',
  full_account_events: 'account_id',
  commitment_marks: 'commitment_id',
  commitment_acknowledgements: 'commitment_id',
};

/**
 * Takes what the leaver put into questions, disclosures, the full account and commitments out
 * of the space they leave, into `ownSpaceId` (see withdrawSharedRecords); answers how many
 * records moved. What the leaver wrote on the partner's records cannot move without them and is
 * deleted: their answers to the partner's questions (with the marks on those answers), their
 * marks, holds and withdrawals there, their weekly marks on and acknowledgement of the partner's
 * commitments. Their "open" on the partner's full account stays: opening took both, and the
 * account, once open, is the author's history.
 */
export async function withdrawHonesty(
  trx: AmendDb,
  leaver: Leaver,
  ownSpaceId: string,
): Promise<number> {
  const { coupleId, userId } = leaver;
  await sql`
    DELETE FROM question_answers a WHERE a.couple_id = ${coupleId} AND a.author_id = ${userId}
      AND NOT EXISTS (SELECT 1 FROM questions q
        WHERE q.couple_id = a.couple_id AND q.id = a.question_id AND q.asked_by = ${userId})`.execute(
    trx,
  );
  await sql`
    DELETE FROM question_events e WHERE e.couple_id = ${coupleId} AND e.by_user = ${userId}
      AND NOT EXISTS (SELECT 1 FROM questions q
        WHERE q.couple_id = e.couple_id AND q.id = e.question_id AND q.asked_by = ${userId})`.execute(
    trx,
  );
  for (const table of ['commitment_marks', 'commitment_acknowledgements'] as const) {
    await sql`
      DELETE FROM ${sql.table(table)} m WHERE m.couple_id = ${coupleId} AND m.user_id = ${userId}
        AND NOT EXISTS (SELECT 1 FROM commitments c
          WHERE c.couple_id = m.couple_id AND c.id = m.commitment_id AND c.author_id = ${userId})`.execute(
      trx,
    );
  }

  // Disclosures name their incident, which withdrawSharedRecords has already moved with the
  // same id; the deferred foreign key is checked when the leave commits.
  const disclosures = await sql`
    UPDATE disclosures SET couple_id = ${ownSpaceId}
    WHERE couple_id = ${coupleId} AND user_id = ${userId}`.execute(trx);
  let moved = Number(disclosures.numAffectedRows ?? 0n);

  for (const parent of PARENTS) {
    const copied = await sql`
      INSERT INTO ${sql.table(parent.table)} (couple_id, ${sql.raw(parent.columns)})
      SELECT ${ownSpaceId}, ${sql.raw(parent.columns)} FROM ${sql.table(parent.table)}
      WHERE couple_id = ${coupleId} AND ${sql.ref(parent.owner)} = ${userId}`.execute(trx);
    const count = Number(copied.numAffectedRows ?? 0n);
    if (count === 0) continue;
    const movedIds = sql`SELECT id FROM ${sql.table(parent.table)} WHERE couple_id = ${ownSpaceId}`;
    const copiedChild = parent.copiedChild;
    if (copiedChild) {
      await sql`
        INSERT INTO ${sql.table(copiedChild.table)} (couple_id, ${sql.raw(copiedChild.columns)})
        SELECT ${ownSpaceId}, ${sql.raw(copiedChild.columns)} FROM ${sql.table(copiedChild.table)}
        WHERE couple_id = ${coupleId} AND ${sql.ref(copiedChild.key)} IN (${movedIds})`.execute(
        trx,
      );
    }
    for (const child of parent.children) {
      const key = CHILD_KEYS[child] ?? '';
      await sql`
        UPDATE ${sql.table(child)} SET couple_id = ${ownSpaceId}
        WHERE couple_id = ${coupleId} AND ${sql.ref(key)} IN (${movedIds})`.execute(trx);
    }
    if (copiedChild) {
      await sql`
        DELETE FROM ${sql.table(copiedChild.table)}
        WHERE couple_id = ${coupleId} AND ${sql.ref(copiedChild.key)} IN (${movedIds})`.execute(
        trx,
      );
    }
    await sql`
      DELETE FROM ${sql.table(parent.table)}
      WHERE couple_id = ${coupleId} AND ${sql.ref(parent.owner)} = ${userId}`.execute(trx);
    moved += count;
  }
  return moved;
}
