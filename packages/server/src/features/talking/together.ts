import {
  connectionMoments,
  DomainError,
  isPlannableDate,
  type LocalDate,
  localDateOf,
  mayContributeTo,
  mayReadTalkingRecord,
  parseLocalDate,
  type TogetherKind,
} from '@amend/core';
import type { AppDeps } from '../../platform/deps.js';
import { keyedId, newId } from '../../platform/tokens.js';
import type { SpaceContext } from '../space/service.js';
import { cleanText, notFound, notifyPartner, pastOrTodayDate, talkingContext } from './context.js';
import * as store from './together-store.js';

const APPRECIATIONS_SHOWN = 50;

function emptyText(field: string, message: string): DomainError {
  return new DomainError('VALIDATION_FAILED', message, [{ field, message }]);
}

/** Appreciations and time together: shared by the couple, both partners see them all. */
export async function togetherOverview(deps: AppDeps, userId: string) {
  const ctx = await talkingContext(deps, userId, 'view');
  const [appreciations, plans] = await Promise.all([
    store.listAppreciations(deps.db, ctx.coupleId, APPRECIATIONS_SHOWN),
    store.listPlans(deps.db, ctx.coupleId),
  ]);
  const visible = <T extends { ownerId: string }>(rows: T[]) =>
    rows.filter((row) => mayReadTalkingRecord(ctx.actor, ctx.record(row.ownerId, 'space')));
  return {
    appreciations: visible(appreciations.map((row) => ({ ...row, ownerId: row.sentBy }))).map(
      (row) => ({
        id: row.id,
        from: ctx.person(row.sentBy),
        text: row.text,
        createdAt: row.createdAt.toISOString(),
      }),
    ),
    plans: visible(plans.map((row) => ({ ...row, ownerId: row.plannedBy }))).map((row) => ({
      id: row.id,
      plannedBy: ctx.person(row.plannedBy),
      kind: row.kind,
      title: row.title,
      plannedFor: row.plannedFor,
      happenedOn: row.happenedOn,
      createdAt: row.createdAt.toISOString(),
    })),
  };
}

export async function sendAppreciation(
  deps: AppDeps,
  userId: string,
  text: string,
  idempotencyKey: string | null,
): Promise<{ id: string }> {
  const ctx = await talkingContext(deps, userId, 'record');
  const body = cleanText(text);
  if (!body) throw emptyText('text', 'Write what you appreciate, in a few words.');
  // Written offline and sent again with its key, it stays one appreciation and one update.
  const { id, inserted } = await store.insertAppreciation(deps.db, {
    coupleId: ctx.coupleId,
    id: newId(),
    sentBy: userId,
    text: body,
    idempotencyKey,
    createdAt: deps.now(),
  });
  if (inserted) await notifyPartner(deps, ctx, 'appreciation.sent', { type: 'appreciation', id });
  return { id };
}

export async function planTimeTogether(
  deps: AppDeps,
  userId: string,
  input: { kind: TogetherKind; title: string; plannedFor: string },
  idempotencyKey: string | null,
): Promise<{ id: string }> {
  const ctx = await talkingContext(deps, userId, 'record');
  const title = cleanText(input.title);
  if (!title) throw emptyText('title', 'Say in a few words what you will do.');
  const plannedFor = parseLocalDate(input.plannedFor);
  if (!plannedFor || !isPlannableDate(plannedFor, ctx.today)) {
    throw new DomainError('VALIDATION_FAILED', 'The date needs another look.', [
      { field: 'plannedFor', message: 'Choose a real date within the next year.' },
    ]);
  }
  // A plan sent again with its key (the offline queue retrying) gets the same id, so the
  // insert finds the first one and changes nothing.
  const id = idempotencyKey === null ? newId() : keyedId('time_together', userId, idempotencyKey);
  await store.insertPlan(deps.db, {
    coupleId: ctx.coupleId,
    id,
    plannedBy: userId,
    kind: input.kind,
    title,
    plannedFor,
    happenedOn: null,
    createdAt: deps.now(),
  });
  return { id };
}

/** Either partner marks shared time as having happened, on a day not in the future. */
export async function markTogetherHappened(
  deps: AppDeps,
  userId: string,
  planId: string,
  happenedOn: string,
): Promise<void> {
  const ctx = await talkingContext(deps, userId, 'record');
  const plan = await store.findPlan(deps.db, ctx.coupleId, planId);
  if (!plan || !mayContributeTo(ctx.actor, ctx.record(plan.plannedBy, 'space'))) {
    throw notFound('plan for time together');
  }
  const day = pastOrTodayDate(happenedOn, ctx.today, 'happenedOn');
  await store.markHappened(deps.db, ctx.coupleId, planId, day, deps.now());
}

/** Moments of connection in the space, on the viewer's calendar, for the signs of progress. */
export async function connectionMomentsInSpace(
  deps: AppDeps,
  space: SpaceContext,
): Promise<LocalDate[]> {
  const [appreciations, plans] = await Promise.all([
    store.listAppreciations(deps.db, space.coupleId),
    store.listPlans(deps.db, space.coupleId),
  ]);
  return connectionMoments(
    appreciations.map((row) => localDateOf(row.createdAt, space.timeZone)),
    plans.map((plan) => (plan.happenedOn as LocalDate | null) ?? null),
  );
}
