import {
  type AssignmentSchedule,
  addDays,
  assignmentOpensOn,
  assignmentRepeatDays,
  type LocalDate,
  localDateOf,
} from '@amend/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { assignmentsForPartner } from '../therapists/assignments.js';

type Db = Kysely<Database>;

/**
 * A therapist's weekly or monthly questionnaire opens again a week (or four) after each
 * answer, so its reminder cannot be a single job: the `questionnaire_due` job of a recurring
 * assignment works out, when it runs, which opening it is for.
 */
export type AssignmentStep =
  /** A one-time assignment: the reminder goes out as any one-off does. */
  | { readonly kind: 'once' }
  /** Withdrawn, or a one-time one answered: nothing to send, nothing to plan. */
  | { readonly kind: 'over' }
  /** Answered since: the next opening is later than planned, so the job moves to that day. */
  | { readonly kind: 'later'; readonly dueOn: LocalDate }
  /**
   * Open: remind once for this opening (`occurrence` names it, so a job that runs twice, or
   * a later check before another answer, sends nothing more), and check again one period on.
   */
  | { readonly kind: 'remind'; readonly occurrence: string; readonly checkAgainOn: LocalDate };

async function lastCompletedOn(
  db: Db,
  coupleId: string,
  userId: string,
  instrumentId: string,
  timeZone: string,
): Promise<LocalDate | null> {
  const last = await db
    .selectFrom('questionnaire_responses')
    .select('completed_at')
    .where('couple_id', '=', coupleId)
    .where('user_id', '=', userId)
    .where('instrument_id', '=', instrumentId)
    .where('status', '=', 'completed')
    .where('completed_at', 'is not', null)
    .orderBy('completed_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return last?.completed_at ? localDateOf(last.completed_at, timeZone) : null;
}

/** What a `questionnaire_due` reminder for assignment `assignmentId` should do at `now`. */
export async function assignmentStep(
  db: Db,
  userId: string,
  assignmentId: string,
  timeZone: string,
  now: Date,
): Promise<AssignmentStep> {
  const row = await db
    .selectFrom('questionnaire_assignments')
    .select(['couple_id', 'member_id', 'schedule'])
    .where('id', '=', assignmentId)
    .executeTakeFirst();
  // Not found: the reminder names something else; it is sent as any one-off is.
  if (!row) return { kind: 'once' };
  // Still asked: not ended (nor its questionnaire retired), from a therapist still linked and
  // still shared questionnaires with. A one-time request asked no longer is not reminded either.
  const assignment = (await assignmentsForPartner({ db }, row.couple_id, row.member_id)).find(
    (candidate) => candidate.id === assignmentId,
  );
  if (!assignment) return { kind: 'over' };
  if (row.schedule === 'once') return { kind: 'once' };
  const schedule: AssignmentSchedule = assignment.schedule;
  const today = localDateOf(now, timeZone);
  const opensOn = assignmentOpensOn(
    schedule,
    assignment.startsOn as LocalDate,
    await lastCompletedOn(db, row.couple_id, userId, assignment.instrumentId, timeZone),
  );
  if (opensOn === null) return { kind: 'over' };
  if (opensOn > today) return { kind: 'later', dueOn: opensOn };
  const repeat = assignmentRepeatDays(schedule) ?? 1;
  return {
    kind: 'remind',
    occurrence: `${assignmentId}:${opensOn}`,
    checkAgainOn: addDays(today, repeat),
  };
}
