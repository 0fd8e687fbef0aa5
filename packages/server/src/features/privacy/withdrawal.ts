import { sql } from 'kysely';
import type { AmendDb } from '../../db/database.js';
import { newId } from '../../platform/tokens.js';
import { withdrawHoldingMarks } from '../agreements/erase.js';
import { withdrawHonesty } from './withdraw-honesty.js';
import { withdrawTalking } from './withdraw-talking.js';

/** What someone leaving a space chooses for what they shared there. */
export const SHARED_RECORDS_CHOICES = ['keep', 'withdraw'] as const;
export type SharedRecordsChoice = (typeof SHARED_RECORDS_CHOICES)[number];

export interface Leaver {
  readonly coupleId: string;
  readonly memberId: string;
  readonly userId: string;
}

/**
 * Carries out the choice of someone leaving, inside the leave's transaction.
 *
 * "Keep" changes nothing: what they shared stays visible to the partner as history.
 *
 * "Withdraw" takes what they put into the space out of it, table by table:
 * - check-ins (ratings, mood and notes, shared or not), questionnaire responses, incidents they
 *   reported (with every correction and every note on them), therapy sessions they recorded, and
 *   their recovery path (progress and exercise answers with every version) move to a space of
 *   their own that nobody is a member of (couples.withdrawn_from names the
 *   space they left). Nobody is shown them any more; the leaver's export and deletion still find
 *   them by user id.
 * - notes they added to incidents someone else reported cannot move without that person's
 *   incident, so they are deleted (the leave page says so and offers the export first).
 * - what they put into talking and reconnecting moves the same way (see withdraw-talking.ts),
 *   and so do their questions, disclosures, full accounts and commitments (withdraw-honesty.ts).
 * - their weekly "did it hold?" marks are deleted; the agreements, accepted by both, stay with
 *   the partner (see agreements/erase.ts).
 * The partner's own records stay where they are.
 */
export async function carryOutLeaveChoice(
  trx: AmendDb,
  leaver: Leaver,
  choice: SharedRecordsChoice,
  at: Date,
): Promise<void> {
  await trx
    .updateTable('couple_members')
    .set({ left_with: choice === 'keep' ? 'kept' : 'withdrawn' })
    .where('couple_id', '=', leaver.coupleId)
    .where('id', '=', leaver.memberId)
    .execute();
  if (choice === 'withdraw') await withdrawSharedRecords(trx, leaver, at);
}

async function withdrawSharedRecords(trx: AmendDb, leaver: Leaver, at: Date): Promise<void> {
  const { coupleId, userId } = leaver;
  const ownSpaceId = newId();
  await sql`
    INSERT INTO couples (id, relationship_type, came_to_light_on, created_by, created_at, ended_at, withdrawn_from)
    SELECT ${ownSpaceId}, relationship_type, came_to_light_on, ${userId}, ${at}, ${at}, id
    FROM couples WHERE id = ${coupleId}`.execute(trx);

  let moved = 0;
  const count = (result: { numUpdatedRows?: bigint; numInsertedOrUpdatedRows?: bigint }) => {
    moved += Number(result.numUpdatedRows ?? result.numInsertedOrUpdatedRows ?? 0n);
  };
  for (const table of ['checkins', 'questionnaire_responses'] as const) {
    count(
      await trx
        .updateTable(table)
        .set({ couple_id: ownSpaceId })
        .where('couple_id', '=', coupleId)
        .where('user_id', '=', userId)
        .executeTakeFirst(),
    );
  }
  count(
    await trx
      .updateTable('therapy_sessions')
      .set({ couple_id: ownSpaceId })
      .where('couple_id', '=', coupleId)
      .where('recorded_by', '=', userId)
      .executeTakeFirst(),
  );

  await trx
    .deleteFrom('incident_notes as n')
    .where('n.couple_id', '=', coupleId)
    .where('n.author_id', '=', userId)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('incidents as i')
            .select('i.id')
            .whereRef('i.couple_id', '=', 'n.couple_id')
            .whereRef('i.id', '=', 'n.incident_id')
            .where('i.reported_by', '=', userId),
        ),
      ),
    )
    .execute();
  // Versions and notes point at (couple_id, incident_id): the incident is copied into the new
  // space first, its versions and notes follow it, then the emptied original is removed.
  const copied = await sql`
    INSERT INTO incidents (couple_id, id, reported_by, about, created_at)
    SELECT ${ownSpaceId}, id, reported_by, about, created_at
    FROM incidents WHERE couple_id = ${coupleId} AND reported_by = ${userId}`.execute(trx);
  const incidentCount = Number(copied.numAffectedRows ?? 0n);
  if (incidentCount > 0) {
    const movedIncidents = trx
      .selectFrom('incidents')
      .select('id')
      .where('couple_id', '=', ownSpaceId);
    for (const table of ['incident_versions', 'incident_notes'] as const) {
      await trx
        .updateTable(table)
        .set({ couple_id: ownSpaceId })
        .where('couple_id', '=', coupleId)
        .where('incident_id', 'in', movedIncidents)
        .execute();
    }
    await trx
      .deleteFrom('incidents')
      .where('couple_id', '=', coupleId)
      .where('reported_by', '=', userId)
      .execute();
  }
  moved += incidentCount;
  moved += await withdrawProgram(trx, leaver, ownSpaceId);
  moved += await withdrawTalking(trx, leaver, ownSpaceId);
  moved += await withdrawHonesty(trx, leaver, ownSpaceId);
  await withdrawHoldingMarks(trx, coupleId, userId);
  // Nothing was theirs to move: no empty space is left behind.
  if (moved === 0) await trx.deleteFrom('couples').where('id', '=', ownSpaceId).execute();
}

/** Their place on the recovery path and their exercise answers, with every version. */
async function withdrawProgram(trx: AmendDb, leaver: Leaver, ownSpaceId: string): Promise<number> {
  const { coupleId, userId } = leaver;
  const progress = await trx
    .updateTable('program_progress_events')
    .set({ couple_id: ownSpaceId })
    .where('couple_id', '=', coupleId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  // Versions point at (couple_id, answer_id), like incident versions: copy, follow, remove.
  const copied = await sql`
    INSERT INTO exercise_answers (couple_id, id, owner_id, exercise_id, stage_id, visibility,
      draft, draft_saved_at, created_at, updated_at)
    SELECT ${ownSpaceId}, id, owner_id, exercise_id, stage_id, visibility,
      draft, draft_saved_at, created_at, updated_at
    FROM exercise_answers WHERE couple_id = ${coupleId} AND owner_id = ${userId}`.execute(trx);
  const answerCount = Number(copied.numAffectedRows ?? 0n);
  if (answerCount > 0) {
    await trx
      .updateTable('exercise_answer_versions')
      .set({ couple_id: ownSpaceId })
      .where('couple_id', '=', coupleId)
      .where(
        'answer_id',
        'in',
        trx.selectFrom('exercise_answers').select('id').where('couple_id', '=', ownSpaceId),
      )
      .execute();
    await trx
      .deleteFrom('exercise_answers')
      .where('couple_id', '=', coupleId)
      .where('owner_id', '=', userId)
      .execute();
  }
  return Number(progress.numUpdatedRows) + answerCount;
}
