import type { AgreementContent, AgreementEvent, HoldingMark } from '@amend/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

/** The app's database or a transaction on it. */
type Db = Kysely<Database>;

export type ChangeKind = 'first' | 'change' | 'sunset_step';

export interface VersionRow extends AgreementContent {
  readonly version: number;
  readonly changeKind: ChangeKind;
  readonly reason: string | null;
  readonly proposedBy: string | null;
  readonly createdAt: Date;
}

export interface EventRow {
  readonly seq: number;
  readonly type: AgreementEvent['type'];
  readonly version: number | null;
  readonly actorId: string | null;
  readonly reason: string | null;
  readonly createdAt: Date;
}

export interface AgreementRow {
  readonly id: string;
  readonly proposedBy: string | null;
  readonly createdAt: Date;
  /** Oldest first. */
  readonly versions: readonly VersionRow[];
  /** Oldest first. */
  readonly events: readonly EventRow[];
}

export async function insertAgreement(
  db: Db,
  row: { coupleId: string; id: string; proposedBy: string; at: Date },
): Promise<void> {
  await db
    .insertInto('agreements')
    .values({
      couple_id: row.coupleId,
      id: row.id,
      proposed_by: row.proposedBy,
      created_at: row.at,
    })
    .execute();
}

export async function insertVersion(
  db: Db,
  coupleId: string,
  agreementId: string,
  version: Omit<VersionRow, 'createdAt'> & { createdAt: Date },
): Promise<void> {
  await db
    .insertInto('agreement_versions')
    .values({
      couple_id: coupleId,
      agreement_id: agreementId,
      version: version.version,
      change_kind: version.changeKind,
      title: version.title,
      practice: version.practice,
      category: version.category,
      review_on: version.reviewOn,
      sunset_steps: [...version.sunsetSteps],
      steps_taken: version.stepsTaken,
      reason: version.reason,
      proposed_by: version.proposedBy,
      created_at: version.createdAt,
    })
    .execute();
}

/** Appends a fact; `seq` follows the last one (the caller holds the agreement's lock). */
export async function appendEvent(
  db: Db,
  coupleId: string,
  agreementId: string,
  event: Omit<EventRow, 'seq'>,
): Promise<void> {
  const last = await db
    .selectFrom('agreement_events')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('couple_id', '=', coupleId)
    .where('agreement_id', '=', agreementId)
    .executeTakeFirst();
  await db
    .insertInto('agreement_events')
    .values({
      couple_id: coupleId,
      agreement_id: agreementId,
      seq: Number(last?.seq ?? 0) + 1,
      type: event.type,
      version: event.version,
      actor_id: event.actorId,
      reason: event.reason,
      created_at: event.createdAt,
    })
    .execute();
}

/**
 * Takes the agreement's row lock, so two answers to the same proposal (or an answer and a
 * change) are decided one after the other against the facts as they then stand.
 */
export async function lockAgreement(db: Db, coupleId: string, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('agreements')
    .select('id')
    .where('couple_id', '=', coupleId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  return row !== undefined;
}

/** Every agreement of the space (or the one named) with all its versions and facts. */
export async function readAgreements(
  db: Db,
  coupleId: string,
  onlyId?: string,
): Promise<AgreementRow[]> {
  const [agreements, versions, events] = await Promise.all([
    db
      .selectFrom('agreements')
      .selectAll()
      .where('couple_id', '=', coupleId)
      .$if(onlyId !== undefined, (query) => query.where('id', '=', onlyId ?? ''))
      .orderBy('created_at', 'desc')
      .execute(),
    db
      .selectFrom('agreement_versions')
      .selectAll()
      .where('couple_id', '=', coupleId)
      .$if(onlyId !== undefined, (query) => query.where('agreement_id', '=', onlyId ?? ''))
      .orderBy('version')
      .execute(),
    db
      .selectFrom('agreement_events')
      .selectAll()
      .where('couple_id', '=', coupleId)
      .$if(onlyId !== undefined, (query) => query.where('agreement_id', '=', onlyId ?? ''))
      .orderBy('seq')
      .execute(),
  ]);
  return agreements.map((agreement) => ({
    id: agreement.id,
    proposedBy: agreement.proposed_by,
    createdAt: agreement.created_at,
    versions: versions
      .filter((row) => row.agreement_id === agreement.id)
      .map((row) => ({
        version: row.version,
        changeKind: row.change_kind as ChangeKind,
        title: row.title,
        practice: row.practice,
        category: row.category as AgreementContent['category'],
        reviewOn: row.review_on as AgreementContent['reviewOn'],
        sunsetSteps: row.sunset_steps,
        stepsTaken: row.steps_taken,
        reason: row.reason,
        proposedBy: row.proposed_by,
        createdAt: row.created_at,
      })),
    events: events
      .filter((row) => row.agreement_id === agreement.id)
      .map((row) => ({
        seq: row.seq,
        type: row.type as AgreementEvent['type'],
        version: row.version,
        actorId: row.actor_id,
        reason: row.reason,
        createdAt: row.created_at,
      })),
  }));
}

export interface HoldingRow {
  readonly agreementId: string;
  readonly userId: string;
  readonly weekStart: string;
  readonly mark: HoldingMark;
}

/** The space's weekly marks, all weeks or one, oldest week first. */
export async function holdingMarks(
  db: Db,
  coupleId: string,
  weeks?: readonly string[],
): Promise<HoldingRow[]> {
  const rows = await db
    .selectFrom('agreement_holding')
    .select(['agreement_id', 'user_id', 'week_start', 'mark'])
    .where('couple_id', '=', coupleId)
    .$if(weeks !== undefined, (query) => query.where('week_start', 'in', [...(weeks ?? [])]))
    .orderBy('week_start')
    .execute();
  return rows.map((row) => ({
    agreementId: row.agreement_id,
    userId: row.user_id,
    weekStart: row.week_start,
    mark: row.mark as HoldingMark,
  }));
}

/** Sets one person's marks for one week; a mark given again replaces theirs for that week. */
export async function saveHoldingMarks(
  db: Db,
  coupleId: string,
  userId: string,
  weekStart: string,
  marks: readonly { agreementId: string; mark: HoldingMark }[],
  at: Date,
): Promise<void> {
  if (marks.length === 0) return;
  await db
    .insertInto('agreement_holding')
    .values(
      marks.map((mark) => ({
        couple_id: coupleId,
        agreement_id: mark.agreementId,
        user_id: userId,
        week_start: weekStart,
        mark: mark.mark,
        created_at: at,
        updated_at: at,
      })),
    )
    .onConflict((conflict) =>
      conflict
        .columns(['couple_id', 'agreement_id', 'user_id', 'week_start'])
        .doUpdateSet((eb) => ({
          mark: eb.ref('excluded.mark'),
          updated_at: eb.ref('excluded.updated_at'),
        })),
    )
    .execute();
}
