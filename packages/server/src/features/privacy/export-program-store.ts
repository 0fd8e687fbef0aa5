import type { AmendDb } from '../../db/database.js';

/** The person's recovery path: the stages they began or finished, and every exercise answer. */
export interface ProgramData {
  readonly progress: {
    readonly stageId: string;
    readonly kind: string;
    readonly occurredOn: string;
    readonly recordedAt: Date;
  }[];
  readonly answers: {
    readonly exerciseId: string;
    readonly stageId: string;
    readonly visibility: string;
    /** What was being written and not yet saved as a version. */
    readonly draft: unknown;
    readonly versions: {
      readonly version: number;
      readonly values: unknown;
      readonly savedAt: Date;
    }[];
    readonly createdAt: Date;
    readonly updatedAt: Date;
  }[];
}

export async function readProgramData(db: AmendDb, userId: string): Promise<ProgramData> {
  const [progress, answers, versions] = await Promise.all([
    db
      .selectFrom('program_progress_events')
      .select(['stage_id', 'kind', 'occurred_on', 'created_at'])
      .where('user_id', '=', userId)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('exercise_answers')
      .select([
        'couple_id',
        'id',
        'exercise_id',
        'stage_id',
        'visibility',
        'draft',
        'created_at',
        'updated_at',
      ])
      .where('owner_id', '=', userId)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('exercise_answer_versions as v')
      .innerJoin('exercise_answers as a', (join) =>
        join.onRef('a.couple_id', '=', 'v.couple_id').onRef('a.id', '=', 'v.answer_id'),
      )
      .select(['v.couple_id', 'v.answer_id', 'v.version', 'v.answer_values', 'v.saved_at'])
      .where('a.owner_id', '=', userId)
      .orderBy('v.version')
      .execute(),
  ]);
  return {
    progress: progress.map((row) => ({
      stageId: row.stage_id,
      kind: row.kind,
      occurredOn: row.occurred_on,
      recordedAt: row.created_at,
    })),
    answers: answers.map((answer) => ({
      exerciseId: answer.exercise_id,
      stageId: answer.stage_id,
      visibility: answer.visibility,
      draft: answer.draft,
      versions: versions
        .filter((v) => v.couple_id === answer.couple_id && v.answer_id === answer.id)
        .map((v) => ({ version: v.version, values: v.answer_values, savedAt: v.saved_at })),
      createdAt: answer.created_at,
      updatedAt: answer.updated_at,
    })),
  };
}
