import type { AmendDb } from '../../db/database.js';

/** Question id → answer code. */
export type ScreenAnswers = Record<string, string>;

export interface ScreenRow {
  readonly ownerId: string;
  readonly id: string;
  readonly instrumentVersion: string;
  readonly answers: ScreenAnswers;
  readonly sharedWithTherapist: boolean;
  readonly takenAt: Date;
}

export interface ResourceRow {
  readonly id: string;
  readonly name: string;
  readonly contact: string;
  readonly note: string | null;
  readonly updatedAt: Date;
}

/** How many past screens a history shows: far more than anyone takes, yet a bounded answer. */
const HISTORY_LIMIT = 100;

const SCREEN_COLUMNS = [
  'user_id',
  'id',
  'instrument_version',
  'answers',
  'shared_with_therapist',
  'taken_at',
] as const;

function toScreen(row: {
  user_id: string;
  id: string;
  instrument_version: string;
  answers: unknown;
  shared_with_therapist: boolean;
  taken_at: Date;
}): ScreenRow {
  return {
    ownerId: row.user_id,
    id: row.id,
    instrumentVersion: row.instrument_version,
    answers: (row.answers ?? {}) as ScreenAnswers,
    sharedWithTherapist: row.shared_with_therapist,
    takenAt: row.taken_at,
  };
}

// Every query below names the owner: these rows have no other way in.

/** The person's own screens, newest first. */
export async function listScreens(db: AmendDb, userId: string): Promise<ScreenRow[]> {
  const rows = await db
    .selectFrom('safety_screens')
    .select(SCREEN_COLUMNS)
    .where('user_id', '=', userId)
    .orderBy('taken_at', 'desc')
    .orderBy('id', 'desc')
    .limit(HISTORY_LIMIT)
    .execute();
  return rows.map(toScreen);
}

export async function findScreen(
  db: AmendDb,
  userId: string,
  screenId: string,
): Promise<ScreenRow | null> {
  const row = await db
    .selectFrom('safety_screens')
    .select(SCREEN_COLUMNS)
    .where('user_id', '=', userId)
    .where('id', '=', screenId)
    .executeTakeFirst();
  return row ? toScreen(row) : null;
}

export async function findScreenByIdempotencyKey(
  db: AmendDb,
  userId: string,
  idempotencyKey: string,
): Promise<ScreenRow | null> {
  const row = await db
    .selectFrom('safety_screens')
    .select(SCREEN_COLUMNS)
    .where('user_id', '=', userId)
    .where('idempotency_key', '=', idempotencyKey)
    .executeTakeFirst();
  return row ? toScreen(row) : null;
}

/**
 * Saves a screen once per idempotency key: a retried request that races the first one finds
 * the conflict and gets the row that was saved.
 */
export async function insertScreen(
  db: AmendDb,
  screen: {
    userId: string;
    id: string;
    instrumentVersion: string;
    answers: ScreenAnswers;
    idempotencyKey: string | null;
    at: Date;
  },
): Promise<ScreenRow> {
  const inserted = await db
    .insertInto('safety_screens')
    .values({
      user_id: screen.userId,
      id: screen.id,
      instrument_version: screen.instrumentVersion,
      answers: JSON.stringify(screen.answers),
      idempotency_key: screen.idempotencyKey,
      taken_at: screen.at,
    })
    .onConflict((conflict) =>
      conflict
        .columns(['user_id', 'idempotency_key'])
        .where('idempotency_key', 'is not', null)
        .doNothing(),
    )
    .returning(SCREEN_COLUMNS)
    .executeTakeFirst();
  if (inserted) return toScreen(inserted);
  const earlier =
    screen.idempotencyKey &&
    (await findScreenByIdempotencyKey(db, screen.userId, screen.idempotencyKey));
  if (!earlier) throw new Error('a safety screen conflicted but no earlier one was found');
  return earlier;
}

/** Changes nothing when the person has no such screen. */
export async function setSharing(
  db: AmendDb,
  userId: string,
  screenId: string,
  sharedWithTherapist: boolean,
): Promise<void> {
  await db
    .updateTable('safety_screens')
    .set({ shared_with_therapist: sharedWithTherapist })
    .where('user_id', '=', userId)
    .where('id', '=', screenId)
    .execute();
}

export async function deleteScreen(db: AmendDb, userId: string, screenId: string) {
  const result = await db
    .deleteFrom('safety_screens')
    .where('user_id', '=', userId)
    .where('id', '=', screenId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

const RESOURCE_COLUMNS = ['id', 'name', 'contact', 'note', 'updated_at'] as const;

function toResource(row: {
  id: string;
  name: string;
  contact: string;
  note: string | null;
  updated_at: Date;
}): ResourceRow {
  return {
    id: row.id,
    name: row.name,
    contact: row.contact,
    note: row.note,
    updatedAt: row.updated_at,
  };
}

/** The person's own resources, in the order they added them. */
export async function listResources(db: AmendDb, userId: string): Promise<ResourceRow[]> {
  const rows = await db
    .selectFrom('safety_resources')
    .select(RESOURCE_COLUMNS)
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toResource);
}

export interface ResourceFields {
  readonly name: string;
  readonly contact: string;
  readonly note: string | null;
}

/**
 * Adds a resource unless the person already has `limit`; the count and the insert happen under
 * a lock on the person's row, so two quick additions cannot both slip past the limit.
 */
export async function insertResource(
  db: AmendDb,
  resource: { userId: string; id: string; fields: ResourceFields; at: Date },
  limit: number,
): Promise<ResourceRow | null> {
  return db.transaction().execute(async (trx) => {
    await trx
      .selectFrom('users')
      .select('id')
      .where('id', '=', resource.userId)
      .forUpdate()
      .execute();
    const { count } = await trx
      .selectFrom('safety_resources')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .where('user_id', '=', resource.userId)
      .executeTakeFirstOrThrow();
    if (Number(count) >= limit) return null;
    const row = await trx
      .insertInto('safety_resources')
      .values({
        user_id: resource.userId,
        id: resource.id,
        ...resource.fields,
        created_at: resource.at,
        updated_at: resource.at,
      })
      .returning(RESOURCE_COLUMNS)
      .executeTakeFirstOrThrow();
    return toResource(row);
  });
}

export async function updateResource(
  db: AmendDb,
  userId: string,
  resourceId: string,
  fields: ResourceFields,
  at: Date,
): Promise<ResourceRow | null> {
  const row = await db
    .updateTable('safety_resources')
    .set({ ...fields, updated_at: at })
    .where('user_id', '=', userId)
    .where('id', '=', resourceId)
    .returning(RESOURCE_COLUMNS)
    .executeTakeFirst();
  return row ? toResource(row) : null;
}

export async function deleteResource(db: AmendDb, userId: string, resourceId: string) {
  const result = await db
    .deleteFrom('safety_resources')
    .where('user_id', '=', userId)
    .where('id', '=', resourceId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export async function discreetMode(db: AmendDb, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('discreet_mode')
    .where('id', '=', userId)
    .executeTakeFirst();
  return row?.discreet_mode ?? false;
}

export async function setDiscreetMode(
  db: AmendDb,
  userId: string,
  discreet: boolean,
  at: Date,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ discreet_mode: discreet, updated_at: at })
    .where('id', '=', userId)
    .execute();
}
