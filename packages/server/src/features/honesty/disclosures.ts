import {
  type DisclosureTopic,
  DomainError,
  incidentKindOfDisclosure,
  localDateOf,
  mayDisclose,
} from '@amend/core';
import type { AppDeps } from '../../platform/deps.js';
import { newId } from '../../platform/tokens.js';
import type { SpaceContext } from '../space/service.js';
import {
  cleanText,
  notifyPartner,
  type PersonView,
  pastOrTodayDate,
  talkingContext,
} from '../talking/context.js';

export interface DisclosureInput {
  readonly topic: DisclosureTopic;
  readonly occurredOn: string;
  readonly text: string;
}

export interface DisclosureView {
  readonly id: string;
  readonly by: PersonView | null;
  readonly topic: string;
  readonly occurredOn: string;
  readonly text: string;
  /** The incident this disclosure recorded (disclosed proactively), if it was one. */
  readonly incidentId: string | null;
  readonly createdAt: string;
}

/**
 * "I'm telling you before you ask." When it is about an incident, the incident is recorded in
 * the same transaction as reported by the discloser about themselves, disclosed proactively:
 * the relapse metric counts it there, once (see core honesty/disclosures.ts).
 */
export async function makeDisclosure(
  deps: AppDeps,
  userId: string,
  input: DisclosureInput,
  idempotencyKey: string | null,
): Promise<{ id: string }> {
  const ctx = await talkingContext(deps, userId, 'record');
  if (!mayDisclose(ctx.role)) {
    throw new DomainError(
      'NOT_FOUND',
      'Disclosures are made by the partner who was involved. They show here for you to read.',
    );
  }
  const occurredOn = pastOrTodayDate(input.occurredOn, ctx.today, 'occurredOn');
  const text = cleanText(input.text);
  if (!text) {
    throw new DomainError('VALIDATION_FAILED', 'Say what you want your partner to know.', [
      { field: 'text', message: 'Write a few words.' },
    ]);
  }
  const at = deps.now();
  const kind = incidentKindOfDisclosure(input.topic);
  const earlier = async () =>
    idempotencyKey
      ? deps.db
          .selectFrom('disclosures')
          .select('id')
          .where('couple_id', '=', ctx.coupleId)
          .where('user_id', '=', userId)
          .where('idempotency_key', '=', idempotencyKey)
          .executeTakeFirst()
      : undefined;
  const sent = await earlier();
  if (sent) return { id: sent.id };
  const recorded = deps.db.transaction().execute(async (trx) => {
    const incidentId = kind ? newId() : null;
    if (kind && incidentId) {
      await trx
        .insertInto('incidents')
        .values({
          couple_id: ctx.coupleId,
          id: incidentId,
          reported_by: userId,
          about: 'self',
          created_at: at,
        })
        .execute();
      await trx
        .insertInto('incident_versions')
        .values({
          couple_id: ctx.coupleId,
          incident_id: incidentId,
          version: 1,
          kind,
          disclosure: 'proactive',
          occurred_on: occurredOn,
          description: text,
          reason: null,
          created_at: at,
        })
        .execute();
    }
    const disclosureId = newId();
    await trx
      .insertInto('disclosures')
      .values({
        couple_id: ctx.coupleId,
        id: disclosureId,
        user_id: userId,
        topic: input.topic,
        occurred_on: occurredOn,
        text,
        incident_id: incidentId,
        idempotency_key: idempotencyKey,
        created_at: at,
      })
      .execute();
    return disclosureId;
  });
  let id: string;
  try {
    id = await recorded;
  } catch (error) {
    // The same retry sent twice at once: the unique key kept one; answer with it.
    const stored = isUniqueViolation(error) ? await earlier() : undefined;
    if (!stored) throw error;
    return { id: stored.id };
  }
  await notifyPartner(deps, ctx, 'disclosure.made', { type: 'disclosure', id });
  return { id };
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === '23505';
}

/** Every disclosure in the space, newest first: they are made to be read by both. */
export async function listDisclosures(deps: AppDeps, userId: string) {
  const ctx = await talkingContext(deps, userId, 'view');
  const rows = await disclosureRows(deps, ctx);
  return {
    mayDisclose: mayDisclose(ctx.role),
    disclosures: rows.map(
      (row): DisclosureView => ({
        id: row.id,
        by: ctx.person(row.userId),
        topic: row.topic,
        occurredOn: row.occurredOn,
        text: row.text,
        incidentId: row.incidentId,
        createdAt: row.createdAt.toISOString(),
      }),
    ),
  };
}

export async function disclosureRows(deps: AppDeps, space: SpaceContext) {
  return deps.db
    .selectFrom('disclosures')
    .select([
      'id',
      'user_id as userId',
      'topic',
      'occurred_on as occurredOn',
      'text',
      'incident_id as incidentId',
      'created_at as createdAt',
    ])
    .where('couple_id', '=', space.coupleId)
    .orderBy('created_at', 'desc')
    .execute();
}

/**
 * The dates of the disclosures made in the space, on the viewer's calendar, for the signs of
 * progress (a positive signal of consistent honesty).
 */
export async function disclosureDatesInSpace(deps: AppDeps, space: SpaceContext) {
  const rows = await deps.db
    .selectFrom('disclosures')
    .select('created_at as createdAt')
    .where('couple_id', '=', space.coupleId)
    .execute();
  return rows.map((row) => localDateOf(row.createdAt, space.timeZone));
}
