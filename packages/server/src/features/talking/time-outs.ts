import {
  DomainError,
  isValidTimeOutLength,
  mayChangeTalkingRecord,
  mayReadTalkingRecord,
  returnTimeOf,
  TIME_OUT_MINUTES,
  type TimeOutStatus,
  timeOutStatus,
} from '@amend/core';
import type { AppDeps } from '../../platform/deps.js';
import { newId } from '../../platform/tokens.js';
import { cancelTimedUpdate, scheduleTimedUpdate } from '../reminders/scheduling.js';
import { cleanText, notFound, notifyPartner, type PersonView, talkingContext } from './context.js';
import * as store from './time-outs-store.js';

/** How many past pauses the page lists (all of them are counted). */
const RECENT_SHOWN = 10;

export interface TimeOutView {
  readonly id: string;
  readonly calledBy: PersonView | null;
  readonly startedAt: string;
  readonly returnAt: string;
  readonly reason: string | null;
  readonly endedAt: string | null;
  readonly status: TimeOutStatus;
}

/**
 * The pauses in the space: the ones still running or due to end (for the banner both partners
 * see), the most recent, and how many each person has asked for. Counted, never scored.
 */
export async function timeOutsOverview(deps: AppDeps, userId: string) {
  const ctx = await talkingContext(deps, userId, 'view');
  const now = deps.now();
  const rows = (await store.listTimeOuts(deps.db, ctx.coupleId)).filter((row) =>
    mayReadTalkingRecord(ctx.actor, ctx.record(row.calledBy, 'space')),
  );
  const views: TimeOutView[] = rows.map((row) => ({
    id: row.id,
    calledBy: ctx.person(row.calledBy),
    startedAt: row.startedAt.toISOString(),
    returnAt: row.returnAt.toISOString(),
    reason: row.reason,
    endedAt: row.endedAt?.toISOString() ?? null,
    status: timeOutStatus(row, now),
  }));
  return {
    current: views.filter((view) => view.status !== 'over'),
    recent: views.slice(0, RECENT_SHOWN),
    counts: {
      total: rows.length,
      yours: rows.filter((row) => row.calledBy === userId).length,
    },
  };
}

export async function callTimeOut(
  deps: AppDeps,
  userId: string,
  input: { minutes: number; reason?: string | undefined },
): Promise<{ id: string; returnAt: string }> {
  const ctx = await talkingContext(deps, userId, 'record');
  if (!isValidTimeOutLength(input.minutes)) {
    throw new DomainError('VALIDATION_FAILED', 'Choose when you will come back.', [
      {
        field: 'minutes',
        message: `A pause lasts from ${TIME_OUT_MINUTES.min} minutes to a day.`,
      },
    ]);
  }
  const startedAt = deps.now();
  const returnAt = returnTimeOf(startedAt, input.minutes);
  const id = newId();
  await store.insertTimeOut(deps.db, {
    coupleId: ctx.coupleId,
    id,
    calledBy: userId,
    startedAt,
    returnAt,
    reason: cleanText(input.reason),
    endedAt: null,
  });
  await notifyPartner(deps, ctx, 'time_out.called', { type: 'time_out', id });
  // At the agreed time both are told (as they chose for updates) that it is time to come back.
  for (const member of ctx.members) {
    await scheduleTimedUpdate(deps.db, member.userId, `time_out:${id}`, returnAt);
  }
  return { id, returnAt: returnAt.toISOString() };
}

/** The person who asked for the pause says they are ready to come back. */
export async function endTimeOut(deps: AppDeps, userId: string, timeOutId: string) {
  const ctx = await talkingContext(deps, userId, 'record');
  const row = await store.findTimeOut(deps.db, ctx.coupleId, timeOutId);
  if (!row || !mayChangeTalkingRecord(ctx.actor, ctx.record(row.calledBy, 'space'))) {
    throw notFound('pause of yours');
  }
  await store.endTimeOut(deps.db, ctx.coupleId, timeOutId, deps.now());
  for (const member of ctx.members) {
    await cancelTimedUpdate(deps.db, member.userId, `time_out:${timeOutId}`);
  }
}
