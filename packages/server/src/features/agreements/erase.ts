import { sql } from 'kysely';
import type { AmendDb } from '../../db/database.js';
import { statusOf } from './service.js';
import { readAgreements } from './store.js';

/**
 * What a person's account deletion does to agreements. An agreement that came into force is the
 * couple's record, not one person's: both accepted every word of each version in force, and the
 * partner who stays keeps it, with every version both accepted, as the history of what they
 * agreed (as when someone leaves and withdraws what they shared: see privacy/withdrawal.ts).
 * What only the deleted person wrote goes with them:
 * - an agreement they proposed that never came into force, whole (nobody but them agreed to it);
 * - their proposals of new terms that were never accepted (waiting, declined, withdrawn, or
 *   overtaken by an ending), with the facts about them;
 * - the reasons they gave (for a change, a decline or an ending) on what stays;
 * - their name: the facts and versions that stay point at nobody (an ending keeps the fact that
 *   it ended; migration 0017 lets it lose its reason with its author);
 * - their weekly "did it hold?" marks (with the user row, ON DELETE CASCADE).
 * The partner's own proposals, answers and reasons stay as they were.
 */
export async function eraseAgreementsOf(trx: AmendDb, userId: string): Promise<void> {
  const taken = await sql<{ couple_id: string; id: string }>`
    SELECT a.couple_id, a.id FROM agreements a
    WHERE a.proposed_by = ${userId}
       OR EXISTS (SELECT 1 FROM agreement_versions v
                  WHERE v.couple_id = a.couple_id AND v.agreement_id = a.id AND v.proposed_by = ${userId})
       OR EXISTS (SELECT 1 FROM agreement_events e
                  WHERE e.couple_id = a.couple_id AND e.agreement_id = a.id AND e.actor_id = ${userId})`.execute(
    trx,
  );
  const erased: { couple_id: string; id: string }[] = [];
  for (const { couple_id: coupleId, id } of taken.rows) {
    const [row] = await readAgreements(trx, coupleId, id);
    if (!row) continue;
    const status = statusOf(row);
    if (status.inForceVersion === null && row.proposedBy === userId) {
      erased.push({ couple_id: coupleId, id });
      continue;
    }
    const accepted = new Set(
      row.events.flatMap((event) => (event.type === 'accepted' ? [event.version] : [])),
    );
    const neverAccepted = row.versions
      .filter((version) => version.proposedBy === userId && !accepted.has(version.version))
      .map((version) => version.version);
    await keepWithoutTheirWords(trx, coupleId, id, userId, neverAccepted);
  }
  await eraseAgreements(trx, erased);
}

async function keepWithoutTheirWords(
  trx: AmendDb,
  coupleId: string,
  agreementId: string,
  userId: string,
  neverAccepted: readonly number[],
): Promise<void> {
  if (neverAccepted.length > 0) {
    for (const table of ['agreement_events', 'agreement_versions'] as const) {
      await trx
        .deleteFrom(table)
        .where('couple_id', '=', coupleId)
        .where('agreement_id', '=', agreementId)
        .where('version', 'in', [...neverAccepted])
        .execute();
    }
  }
  await trx
    .updateTable('agreement_versions')
    .set({ reason: null, proposed_by: null })
    .where('couple_id', '=', coupleId)
    .where('agreement_id', '=', agreementId)
    .where('proposed_by', '=', userId)
    .execute();
  await trx
    .updateTable('agreement_events')
    .set({ reason: null, actor_id: null })
    .where('couple_id', '=', coupleId)
    .where('agreement_id', '=', agreementId)
    .where('actor_id', '=', userId)
    .execute();
}

/** Every agreement of spaces that are about to be removed (nobody is left in them). */
export async function eraseAgreementsInSpaces(
  trx: AmendDb,
  coupleIds: readonly string[],
): Promise<void> {
  if (coupleIds.length === 0) return;
  const rows = await trx
    .selectFrom('agreements')
    .select(['couple_id', 'id'])
    .where('couple_id', 'in', [...coupleIds])
    .execute();
  await eraseAgreements(trx, rows);
}

async function eraseAgreements(
  trx: AmendDb,
  agreements: readonly { couple_id: string; id: string }[],
): Promise<void> {
  if (agreements.length === 0) return;
  const ids = agreements.map((row) => row.id);
  const coupleIds = [...new Set(agreements.map((row) => row.couple_id))];
  for (const table of ['agreement_holding', 'agreement_events', 'agreement_versions'] as const) {
    await trx
      .deleteFrom(table)
      .where('couple_id', 'in', coupleIds)
      .where('agreement_id', 'in', ids)
      .execute();
  }
  await trx
    .deleteFrom('agreements')
    .where('couple_id', 'in', coupleIds)
    .where('id', 'in', ids)
    .execute();
  await trx
    .deleteFrom('notifications')
    .where('subject_type', '=', 'agreement')
    .where('subject_id', 'in', ids)
    .execute();
}

/**
 * Someone leaving with their records withdrawn takes their own weekly marks with them (deleted:
 * a mark cannot move without the agreement, which is the partner's too). The agreements stay
 * with the partner as the record of what both accepted; the leaver's name no longer shows.
 */
export async function withdrawHoldingMarks(
  trx: AmendDb,
  coupleId: string,
  userId: string,
): Promise<void> {
  await trx
    .deleteFrom('agreement_holding')
    .where('couple_id', '=', coupleId)
    .where('user_id', '=', userId)
    .execute();
}
