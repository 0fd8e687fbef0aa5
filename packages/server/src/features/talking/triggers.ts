import {
  DomainError,
  isTriggerCategory,
  isWhatHelped,
  localDateOf,
  mayChangeTalkingRecord,
  mayLogTriggers,
  mayReadTalkingRecord,
  mayRespondToTrigger,
  SUGGESTED_TRIGGER_RESPONSES,
  type TriggerFact,
} from '@amend/core';
import type { AppDeps } from '../../platform/deps.js';
import { newId } from '../../platform/tokens.js';
import type { SpaceContext } from '../space/service.js';
import {
  cleanText,
  notFound,
  notifyPartner,
  type PersonView,
  type TalkingContext,
  talkingContext,
} from './context.js';
import * as store from './triggers-store.js';

export interface TriggerInput {
  readonly intensity: number;
  readonly category: string;
  readonly helped: readonly string[];
  /** Share it with the partner now, saying what is needed. */
  readonly share?: { readonly need?: string | undefined } | undefined;
  /** When it happened, if earlier than now: a moment noted offline arrives later. */
  readonly occurredAt?: string | undefined;
}

// A moment kept on a device without a connection may arrive days later; older than this is
// more likely a wrong clock than a phone that was offline that long.
const LATE_ARRIVAL_MS = 7 * 24 * 60 * 60 * 1000;
// Device clocks run a little ahead of the server's now and then.
const CLOCK_SKEW_MS = 5 * 60 * 1000;

function occurredAtOf(input: TriggerInput, now: Date): Date {
  if (input.occurredAt === undefined) return now;
  const at = new Date(input.occurredAt);
  const ms = at.getTime();
  if (
    Number.isNaN(ms) ||
    ms > now.getTime() + CLOCK_SKEW_MS ||
    ms < now.getTime() - LATE_ARRIVAL_MS
  ) {
    throw new DomainError('VALIDATION_FAILED', 'The time needs another look.', [
      { field: 'occurredAt', message: 'Give a time within the last week, not in the future.' },
    ]);
  }
  return ms > now.getTime() ? now : at;
}

export interface TriggerView {
  readonly id: string;
  readonly owner: PersonView | null;
  readonly occurredAt: string;
  readonly intensity: number;
  readonly category: string;
  readonly helped: string[];
  readonly visibility: 'private' | 'partner';
  readonly need: string | null;
  readonly sharedAt: string | null;
  readonly responses: { id: string; author: PersonView | null; text: string; createdAt: string }[];
}

function visibilityOf(row: store.TriggerRow): 'private' | 'partner' {
  return row.visibility === 'partner' ? 'partner' : 'private';
}

function present(
  ctx: TalkingContext,
  row: store.TriggerRow,
  responses: readonly store.ResponseRow[],
): TriggerView {
  return {
    id: row.id,
    owner: ctx.person(row.userId),
    occurredAt: row.occurredAt.toISOString(),
    intensity: row.intensity,
    category: row.category,
    helped: row.helped,
    visibility: visibilityOf(row),
    need: row.need,
    sharedAt: row.sharedAt?.toISOString() ?? null,
    responses: responses
      .filter((response) => response.triggerId === row.id)
      .map((response) => ({
        id: response.id,
        author: ctx.person(response.authorId),
        text: response.text,
        createdAt: response.createdAt.toISOString(),
      })),
  };
}

/**
 * The person's own trigger moments (all of them) and the ones their partner shared with them,
 * with the responses; the partner's private moments leave no trace. Suggested responses are
 * offered to whoever has a shared moment to answer.
 */
export async function triggersOverview(deps: AppDeps, userId: string) {
  const ctx = await talkingContext(deps, userId, 'view');
  const [rows, responses] = await Promise.all([
    store.listTriggers(deps.db, ctx.coupleId),
    store.listResponses(deps.db, ctx.coupleId),
  ]);
  const visible = rows.filter((row) =>
    mayReadTalkingRecord(ctx.actor, ctx.record(row.userId, visibilityOf(row))),
  );
  const sharedWithYou = visible.filter((row) => row.userId !== userId);
  return {
    mayLog: mayLogTriggers(ctx.role),
    mine: visible.filter((row) => row.userId === userId).map((row) => present(ctx, row, responses)),
    sharedWithYou: sharedWithYou.map((row) => present(ctx, row, responses)),
    suggestedResponses: sharedWithYou.length > 0 ? [...SUGGESTED_TRIGGER_RESPONSES] : [],
  };
}

function checkChoices(input: TriggerInput): void {
  const problems = [];
  if (!isTriggerCategory(input.category)) {
    problems.push({ field: 'category', message: 'Choose one of the listed kinds of reminder.' });
  }
  if (!input.helped.every(isWhatHelped) || new Set(input.helped).size !== input.helped.length) {
    problems.push({
      field: 'helped',
      message: 'Choose from the listed things that helped, once each.',
    });
  }
  if (problems.length > 0) {
    throw new DomainError('VALIDATION_FAILED', 'Something needs another look.', problems);
  }
}

export async function logTrigger(
  deps: AppDeps,
  userId: string,
  input: TriggerInput,
  idempotencyKey: string | null,
): Promise<{ id: string }> {
  const ctx = await talkingContext(deps, userId, 'record');
  if (!mayLogTriggers(ctx.role)) {
    throw new DomainError(
      'NOT_FOUND',
      'Trigger moments are kept by the partner who was hurt. You can answer the ones shared with you.',
    );
  }
  checkChoices(input);
  const now = deps.now();
  const id = await store.insertTrigger(deps.db, {
    coupleId: ctx.coupleId,
    id: newId(),
    userId,
    occurredAt: occurredAtOf(input, now),
    intensity: input.intensity,
    category: input.category,
    helped: [...input.helped],
    visibility: input.share ? 'partner' : 'private',
    need: input.share ? cleanText(input.share.need) : null,
    sharedAt: input.share ? now : null,
    idempotencyKey,
    at: now,
  });
  if (input.share) await notifyPartner(deps, ctx, 'trigger.shared', { type: 'trigger', id });
  return { id };
}

export async function shareTrigger(
  deps: AppDeps,
  userId: string,
  triggerId: string,
  need: string | undefined,
): Promise<void> {
  const ctx = await talkingContext(deps, userId, 'record');
  const row = await store.findTrigger(deps.db, ctx.coupleId, triggerId);
  if (!row || !mayChangeTalkingRecord(ctx.actor, ctx.record(row.userId, visibilityOf(row)))) {
    throw notFound('trigger moment of yours');
  }
  if (row.visibility === 'partner') return;
  await store.shareTrigger(deps.db, ctx.coupleId, triggerId, cleanText(need), deps.now());
  await notifyPartner(deps, ctx, 'trigger.shared', { type: 'trigger', id: triggerId });
}

export async function respondToTrigger(
  deps: AppDeps,
  userId: string,
  triggerId: string,
  text: string,
): Promise<{ id: string }> {
  const ctx = await talkingContext(deps, userId, 'record');
  const row = await store.findTrigger(deps.db, ctx.coupleId, triggerId);
  if (!row || !mayRespondToTrigger(ctx.actor, ctx.record(row.userId, visibilityOf(row)))) {
    throw notFound('trigger moment shared with you');
  }
  const body = cleanText(text);
  if (!body) {
    throw new DomainError('VALIDATION_FAILED', 'Write a few words, or choose a suggestion.', [
      { field: 'text', message: 'Your response is empty.' },
    ]);
  }
  const id = newId();
  await store.insertResponse(deps.db, {
    coupleId: ctx.coupleId,
    id,
    triggerId,
    authorId: userId,
    text: body,
    createdAt: deps.now(),
  });
  // The partner here is the one who shared the moment: they hear that it was answered.
  await notifyPartner(deps, ctx, 'trigger.responded', { type: 'trigger', id: triggerId });
  return { id };
}

/**
 * The viewer's own trigger moments, on their calendar, for their signs of progress; undefined
 * when they have never logged one (the sign is then not shown to them).
 */
export async function ownTriggerFactsInSpace(
  deps: AppDeps,
  space: SpaceContext,
): Promise<TriggerFact[] | undefined> {
  const rows = await store.ownTriggerFacts(deps.db, space.coupleId, space.userId);
  if (rows.length === 0) return undefined;
  return rows.map((row) => ({
    date: localDateOf(row.occurredAt, space.timeZone),
    intensity: row.intensity,
  }));
}
