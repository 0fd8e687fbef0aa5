import type { ExerciseValues } from '@amend/core';
import type { AmendDb } from '../../db/database.js';

export interface ProgressEventRow {
  readonly userId: string;
  readonly kind: 'stage_started' | 'stage_marked_done';
  readonly stageId: string;
  readonly occurredOn: string;
}

export interface AnswerVersionRow {
  readonly version: number;
  readonly values: ExerciseValues;
  readonly savedAt: Date;
}

export interface AnswerRow {
  readonly id: string;
  readonly ownerId: string;
  readonly exerciseId: string;
  readonly stageId: string;
  readonly visibility: string;
  readonly draft: ExerciseValues | null;
  readonly draftSavedAt: Date | null;
  /** Oldest first. */
  readonly versions: readonly AnswerVersionRow[];
}

/**
 * The couple's relationship type, which decides the exercises offered. Read here rather than
 * through the space feature because the program needs this one column on every request.
 */
export async function findRelationshipType(db: AmendDb, coupleId: string): Promise<string | null> {
  const row = await db
    .selectFrom('couples')
    .select('relationship_type')
    .where('id', '=', coupleId)
    .executeTakeFirst();
  return row?.relationship_type ?? null;
}

export async function listProgressEvents(
  db: AmendDb,
  coupleId: string,
): Promise<ProgressEventRow[]> {
  const rows = await db
    .selectFrom('program_progress_events')
    .select(['user_id', 'kind', 'stage_id', 'occurred_on'])
    .where('couple_id', '=', coupleId)
    .orderBy('created_at')
    .execute();
  return rows.map((row) => ({
    userId: row.user_id,
    kind: row.kind === 'stage_marked_done' ? 'stage_marked_done' : 'stage_started',
    stageId: row.stage_id,
    occurredOn: row.occurred_on,
  }));
}

/** Records a fact once; asking again (a double click, a retry) changes nothing. */
export async function recordProgressEvent(
  db: AmendDb,
  event: {
    coupleId: string;
    id: string;
    userId: string;
    kind: ProgressEventRow['kind'];
    stageId: string;
    occurredOn: string;
    at: Date;
  },
): Promise<void> {
  await db
    .insertInto('program_progress_events')
    .values({
      couple_id: event.coupleId,
      id: event.id,
      user_id: event.userId,
      kind: event.kind,
      stage_id: event.stageId,
      occurred_on: event.occurredOn,
      created_at: event.at,
    })
    .onConflict((conflict) =>
      conflict.columns(['couple_id', 'user_id', 'stage_id', 'kind']).doNothing(),
    )
    .execute();
}

/** Every answer in the space (of both partners) with its versions; callers apply the policy. */
export async function listAnswers(
  db: AmendDb,
  coupleId: string,
  stageId?: string,
): Promise<AnswerRow[]> {
  let answersQuery = db
    .selectFrom('exercise_answers')
    .select(['id', 'owner_id', 'exercise_id', 'stage_id', 'visibility', 'draft', 'draft_saved_at'])
    .where('couple_id', '=', coupleId);
  let versionsQuery = db
    .selectFrom('exercise_answer_versions as v')
    .innerJoin('exercise_answers as a', (join) =>
      join.onRef('a.couple_id', '=', 'v.couple_id').onRef('a.id', '=', 'v.answer_id'),
    )
    .select(['v.answer_id', 'v.version', 'v.answer_values', 'v.saved_at'])
    .where('v.couple_id', '=', coupleId);
  if (stageId !== undefined) {
    answersQuery = answersQuery.where('stage_id', '=', stageId);
    versionsQuery = versionsQuery.where('a.stage_id', '=', stageId);
  }
  const [answers, versions] = await Promise.all([
    answersQuery.orderBy('created_at').execute(),
    versionsQuery.orderBy('v.version').execute(),
  ]);
  return answers.map((answer) => ({
    id: answer.id,
    ownerId: answer.owner_id,
    exerciseId: answer.exercise_id,
    stageId: answer.stage_id,
    visibility: answer.visibility,
    draft: (answer.draft ?? null) as ExerciseValues | null,
    draftSavedAt: answer.draft_saved_at,
    versions: versions
      .filter((version) => version.answer_id === answer.id)
      .map((version) => ({
        version: version.version,
        values: version.answer_values as ExerciseValues,
        savedAt: version.saved_at,
      })),
  }));
}

export interface AnswerKey {
  readonly coupleId: string;
  readonly ownerId: string;
  readonly exerciseId: string;
  readonly stageId: string;
}

type Executor = Pick<AmendDb, 'insertInto'>;

/** The person's answer row, created with the exercise's default visibility the first time. */
async function ensureAnswer(
  db: Executor,
  key: AnswerKey,
  newId: string,
  visibility: string,
  at: Date,
): Promise<void> {
  await db
    .insertInto('exercise_answers')
    .values({
      couple_id: key.coupleId,
      id: newId,
      owner_id: key.ownerId,
      exercise_id: key.exerciseId,
      stage_id: key.stageId,
      visibility,
      draft: null,
      draft_saved_at: null,
      created_at: at,
      updated_at: at,
    })
    .onConflict((conflict) =>
      conflict.columns(['couple_id', 'owner_id', 'exercise_id']).doNothing(),
    )
    .execute();
}

export async function saveDraft(
  db: AmendDb,
  key: AnswerKey,
  draft: { newId: string; defaultVisibility: string; values: ExerciseValues; at: Date },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await ensureAnswer(trx, key, draft.newId, draft.defaultVisibility, draft.at);
    await trx
      .updateTable('exercise_answers')
      .set({ draft: JSON.stringify(draft.values), draft_saved_at: draft.at, updated_at: draft.at })
      .where('couple_id', '=', key.coupleId)
      .where('owner_id', '=', key.ownerId)
      .where('exercise_id', '=', key.exerciseId)
      .execute();
  });
}

/**
 * Saves a new version (earlier ones are kept), sets who may see the answer, and clears the draft,
 * all in one transaction under a row lock so two saves at once get distinct version numbers.
 */
export async function saveVersion(
  db: AmendDb,
  key: AnswerKey,
  save: { newId: string; visibility: string; values: ExerciseValues; at: Date },
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await ensureAnswer(trx, key, save.newId, save.visibility, save.at);
    const answer = await trx
      .selectFrom('exercise_answers')
      .select('id')
      .where('couple_id', '=', key.coupleId)
      .where('owner_id', '=', key.ownerId)
      .where('exercise_id', '=', key.exerciseId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const latest = await trx
      .selectFrom('exercise_answer_versions')
      .select((eb) => eb.fn.max('version').as('version'))
      .where('couple_id', '=', key.coupleId)
      .where('answer_id', '=', answer.id)
      .executeTakeFirst();
    const version = Number(latest?.version ?? 0) + 1;
    await trx
      .insertInto('exercise_answer_versions')
      .values({
        couple_id: key.coupleId,
        answer_id: answer.id,
        version,
        answer_values: JSON.stringify(save.values),
        saved_at: save.at,
      })
      .execute();
    await trx
      .updateTable('exercise_answers')
      .set({ visibility: save.visibility, draft: null, draft_saved_at: null, updated_at: save.at })
      .where('couple_id', '=', key.coupleId)
      .where('id', '=', answer.id)
      .execute();
    return version;
  });
}

export async function setVisibility(
  db: AmendDb,
  key: AnswerKey,
  change: { newId: string; visibility: string; at: Date },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await ensureAnswer(trx, key, change.newId, change.visibility, change.at);
    await trx
      .updateTable('exercise_answers')
      .set({ visibility: change.visibility, updated_at: change.at })
      .where('couple_id', '=', key.coupleId)
      .where('owner_id', '=', key.ownerId)
      .where('exercise_id', '=', key.exerciseId)
      .execute();
  });
}
