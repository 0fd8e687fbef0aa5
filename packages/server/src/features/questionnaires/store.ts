import type { AmendDb } from '../../db/database.js';

export type Answers = Record<string, string | number>;

export interface ResponseRow {
  readonly id: string;
  readonly instrumentId: string;
  readonly instrumentVersion: string;
  readonly status: 'in_progress' | 'completed';
  readonly answers: Answers;
  readonly total: number | null;
  readonly facets: Record<string, number | null>;
  readonly band: string | null;
  readonly startedAt: Date;
  readonly completedAt: Date | null;
}

const COLUMNS = [
  'id',
  'instrument_id',
  'instrument_version',
  'status',
  'answers',
  'total',
  'facets',
  'band',
  'started_at',
  'completed_at',
] as const;

function toResponse(row: {
  id: string;
  instrument_id: string;
  instrument_version: string;
  status: string;
  answers: unknown;
  total: number | null;
  facets: unknown;
  band: string | null;
  started_at: Date;
  completed_at: Date | null;
}): ResponseRow {
  return {
    id: row.id,
    instrumentId: row.instrument_id,
    instrumentVersion: row.instrument_version,
    status: row.status === 'completed' ? 'completed' : 'in_progress',
    answers: (row.answers ?? {}) as Answers,
    total: row.total,
    facets: (row.facets ?? {}) as Record<string, number | null>,
    band: row.band,
    startedAt: row.started_at,
    completedAt: row.completed_at,
  };
}

/** Every response of one person, oldest first. */
export async function listResponses(
  db: AmendDb,
  coupleId: string,
  userId: string,
): Promise<ResponseRow[]> {
  const rows = await db
    .selectFrom('questionnaire_responses')
    .select(COLUMNS)
    .where('couple_id', '=', coupleId)
    .where('user_id', '=', userId)
    .orderBy('started_at')
    .execute();
  return rows.map(toResponse);
}

/** One of the person's own completed responses; someone else's answers "not found" (null). */
export async function findOwnCompleted(
  db: AmendDb,
  coupleId: string,
  userId: string,
  id: string,
): Promise<ResponseRow | null> {
  const row = await db
    .selectFrom('questionnaire_responses')
    .select(COLUMNS)
    .where('couple_id', '=', coupleId)
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .where('status', '=', 'completed')
    .executeTakeFirst();
  return row ? toResponse(row) : null;
}

export async function findByIdempotencyKey(
  db: AmendDb,
  coupleId: string,
  userId: string,
  key: string,
): Promise<ResponseRow | null> {
  const row = await db
    .selectFrom('questionnaire_responses')
    .select(COLUMNS)
    .where('couple_id', '=', coupleId)
    .where('user_id', '=', userId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
  return row ? toResponse(row) : null;
}

/** Creates or replaces the person's unfinished response to an instrument. */
export async function saveDraft(
  db: AmendDb,
  draft: {
    id: string;
    coupleId: string;
    userId: string;
    instrumentId: string;
    version: string;
    answers: Answers;
    at: Date;
  },
): Promise<void> {
  await db
    .insertInto('questionnaire_responses')
    .values({
      couple_id: draft.coupleId,
      id: draft.id,
      user_id: draft.userId,
      instrument_id: draft.instrumentId,
      instrument_version: draft.version,
      status: 'in_progress',
      answers: JSON.stringify(draft.answers),
      total: null,
      facets: null,
      band: null,
      idempotency_key: null,
      started_at: draft.at,
      updated_at: draft.at,
      completed_at: null,
    })
    .onConflict((conflict) =>
      conflict
        .columns(['couple_id', 'user_id', 'instrument_id'])
        .where('status', '=', 'in_progress')
        .doUpdateSet({
          answers: JSON.stringify(draft.answers),
          updated_at: draft.at,
          instrument_version: draft.version,
        }),
    )
    .execute();
}

/** Completes the draft (if any) or inserts a completed response, in one transaction. */
export async function complete(
  db: AmendDb,
  response: {
    id: string;
    coupleId: string;
    userId: string;
    instrumentId: string;
    version: string;
    answers: Answers;
    total: number | null;
    facets: Record<string, number | null>;
    band: string | null;
    idempotencyKey: string | null;
    at: Date;
  },
): Promise<ResponseRow> {
  return db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('questionnaire_responses')
      .where('couple_id', '=', response.coupleId)
      .where('user_id', '=', response.userId)
      .where('instrument_id', '=', response.instrumentId)
      .where('status', '=', 'in_progress')
      .execute();
    const row = await trx
      .insertInto('questionnaire_responses')
      .values({
        couple_id: response.coupleId,
        id: response.id,
        user_id: response.userId,
        instrument_id: response.instrumentId,
        instrument_version: response.version,
        status: 'completed',
        answers: JSON.stringify(response.answers),
        total: response.total,
        facets: JSON.stringify(response.facets),
        band: response.band,
        idempotency_key: response.idempotencyKey,
        started_at: response.at,
        updated_at: response.at,
        completed_at: response.at,
      })
      .returning(COLUMNS)
      .executeTakeFirstOrThrow();
    return toResponse(row);
  });
}
