import {
  addDays,
  checkinPrefillFromLog,
  DomainError,
  type LocalDate,
  localDateOf,
  weekEverywhere,
  weekStartOf,
} from '@amend/core';
import type { AppDeps } from '../../platform/deps.js';
import { newId } from '../../platform/tokens.js';
import { currentUser } from '../accounts/service.js';
import { authorizedSpace, type SpaceContext } from '../space/service.js';
import { conversationLogFor } from '../talking/conversations.js';
import * as store from './store.js';

export const MOODS = ['very_low', 'low', 'okay', 'good', 'very_good'] as const;
export type Mood = (typeof MOODS)[number];

export interface CheckinInput {
  readonly trust: number;
  readonly closeness: number;
  readonly honestConversations: number;
  readonly mood: Mood;
  readonly note?: string | undefined;
  readonly noteVisibility: 'private' | 'partner';
}

export interface CheckinView {
  readonly id: string;
  readonly weekStart: string;
  /** The last calendar day this check-in can still be changed, in the writer's time zone. */
  readonly editableUntil: string;
  readonly editable: boolean;
  readonly trust: number;
  readonly closeness: number;
  readonly honestConversations: number;
  readonly mood: Mood;
  readonly note: string | null;
  readonly noteVisibility: 'private' | 'partner';
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** What a partner may see of the other's check-in: the ratings, and the note only if shared. */
export interface PartnerCheckinView {
  readonly weekStart: string;
  readonly trust: number;
  readonly closeness: number;
  readonly honestConversations: number;
  readonly note: string | null;
}

function present(row: store.CheckinRow, currentWeek: LocalDate): CheckinView {
  return {
    id: row.id,
    weekStart: row.weekStart,
    editableUntil: addDays(row.weekStart as LocalDate, 6),
    editable: row.weekStart === currentWeek,
    trust: row.trust,
    closeness: row.closeness,
    honestConversations: row.honestConversations,
    mood: (MOODS as readonly string[]).includes(row.mood) ? (row.mood as Mood) : 'okay',
    note: row.note,
    noteVisibility: row.noteVisibility === 'partner' ? 'partner' : 'private',
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function presentForPartner(row: store.CheckinRow): PartnerCheckinView {
  return {
    weekStart: row.weekStart,
    trust: row.trust,
    closeness: row.closeness,
    honestConversations: row.honestConversations,
    note: row.noteVisibility === 'partner' ? row.note : null,
  };
}

function cleanValues(input: CheckinInput): store.CheckinValues {
  const note = input.note?.trim() ? input.note.trim() : null;
  return {
    trust: input.trust,
    closeness: input.closeness,
    honestConversations: input.honestConversations,
    mood: input.mood,
    note,
    noteVisibility: input.noteVisibility,
  };
}

/** The person's space and their current ISO week, counted in their own time zone. */
async function context(deps: AppDeps, userId: string, action: 'view' | 'record') {
  // Two independent reads: run together, they cost one round trip of waiting.
  const [{ coupleId }, user] = await Promise.all([
    authorizedSpace(deps, userId, action),
    currentUser(deps, userId),
  ]);
  const currentWeek = weekStartOf(localDateOf(deps.now(), user.timeZone));
  return { coupleId, currentWeek };
}

export async function recordCheckin(
  deps: AppDeps,
  userId: string,
  input: CheckinInput,
  idempotencyKey: string | null,
): Promise<{ checkin: CheckinView; created: boolean }> {
  const { coupleId, currentWeek } = await context(deps, userId, 'record');
  if (idempotencyKey) {
    const earlier = await store.findByIdempotencyKey(deps.db, coupleId, userId, idempotencyKey);
    if (earlier) return { checkin: present(earlier, currentWeek), created: false };
  }
  const inserted = await store.insertCheckin(deps.db, {
    ...cleanValues(input),
    id: newId(),
    coupleId,
    userId,
    weekStart: currentWeek,
    idempotencyKey,
    at: deps.now(),
  });
  if (!inserted && idempotencyKey) {
    // A concurrent retry of the same write (an offline queue and a second tab sending at once)
    // lost the race to the unique key: answer with the check-in the other one stored.
    const winner = await store.findByIdempotencyKey(deps.db, coupleId, userId, idempotencyKey);
    if (winner) return { checkin: present(winner, currentWeek), created: false };
  }
  if (!inserted) {
    throw new DomainError(
      'CHECKIN_EXISTS',
      'You have already checked in this week. You can change that check-in until the week ends.',
    );
  }
  return { checkin: present(inserted, currentWeek), created: true };
}

/** The first step of a change (see attemptChange), for the route to take the session from. */
export interface ChangeAttempt extends store.ChangeWithSession {
  /** The week the change was tried in: null when it had to wait for the person's zone. */
  readonly openWeek: LocalDate | null;
}

/**
 * Changing this week's check-in starts from the session token: one statement finds the live
 * session, the person's space and time zone, and, except around the turn of a week, changes the
 * check-in too (store.changeWithSession). Null when the token names no live session.
 */
export async function attemptChange(
  deps: AppDeps,
  tokenHash: Buffer,
  checkinId: string,
  input: CheckinInput,
  now: Date,
): Promise<ChangeAttempt | null> {
  // Most of the week every time zone is in the same ISO week, so the open week is known before
  // the person's zone is; around its turn it is not, and settleChange asks their zone.
  const openWeek = weekEverywhere(now);
  const found = await store.changeWithSession(deps.db, tokenHash, now, {
    id: checkinId,
    openWeek,
    values: cleanValues(input),
  });
  return found && { ...found, openWeek };
}

/** The second step, once the route has taken the session: the changed check-in, or why not. */
export async function settleChange(
  deps: AppDeps,
  attempt: ChangeAttempt,
  checkinId: string,
  input: CheckinInput,
  now: Date,
): Promise<CheckinView> {
  const { coupleId, session } = attempt;
  // As authorizedSpace answers: only an active member acts on a space (the statement changed
  // nothing otherwise), and nothing is revealed about one the person is not in.
  if (coupleId === null)
    throw new DomainError('NOT_IN_SPACE', 'You are not in a recovery space yet.');
  const currentWeek = weekStartOf(localDateOf(now, attempt.timeZone));
  if (attempt.changed) return present(attempt.changed, currentWeek);
  const owner = { coupleId, userId: session.userId };
  if (attempt.openWeek === null) {
    const values = cleanValues(input);
    const updated = await store.updateOwnCheckinInWeek(
      deps.db,
      owner,
      checkinId,
      currentWeek,
      values,
      now,
    );
    if (updated) return present(updated, currentWeek);
  }
  // Nothing changed: only now is the check-in looked up, to say why.
  const existing = await store.findOwn(deps.db, coupleId, session.userId, checkinId);
  if (!existing) throw new DomainError('NOT_FOUND', 'There is no check-in of yours with that id.');
  throw new DomainError(
    'CHECKIN_CLOSED',
    'That week has ended, so its check-in is kept as it was. This week’s check-in is open.',
  );
}

export interface CheckinOverview {
  readonly currentWeek: string;
  /** Honest conversations the couple logged this week, to prefill the form; null if none logged. */
  readonly honestConversationsFromLog: number | null;
  readonly thisWeek: CheckinView | null;
  readonly mine: CheckinView[];
  readonly partner: PartnerCheckinView[];
}

export async function checkinOverview(deps: AppDeps, userId: string): Promise<CheckinOverview> {
  const { coupleId, currentWeek } = await context(deps, userId, 'view');
  const [rows, log] = await Promise.all([
    store.listForCouple(deps.db, coupleId),
    conversationLogFor(deps, userId, 'view'),
  ]);
  const mine = rows.filter((row) => row.userId === userId).map((row) => present(row, currentWeek));
  return {
    currentWeek,
    honestConversationsFromLog: checkinPrefillFromLog(log, currentWeek) ?? null,
    thisWeek: mine.find((checkin) => checkin.weekStart === currentWeek) ?? null,
    mine: mine.reverse(),
    partner: rows
      .filter((row) => row.userId !== userId)
      .map(presentForPartner)
      .reverse(),
  };
}

/** The numbers of one check-in that the dashboard's analysis uses. */
export interface CheckinRatings {
  readonly userId: string;
  readonly weekStart: string;
  readonly trust: number;
  readonly closeness: number;
  readonly honestConversations: number;
}

/**
 * Every check-in's ratings in a space already resolved and authorized for viewing (see
 * SpaceContext), oldest week first, for the dashboard's analysis. Only these five columns are
 * read: notes, moods and timestamps are not shown there, and decoding them for two years of
 * weekly check-ins cost more than the rest of the read.
 */
export async function checkinRatingsInSpace(
  deps: AppDeps,
  space: SpaceContext,
): Promise<CheckinRatings[]> {
  return deps.db
    .selectFrom('checkins')
    .select([
      'user_id as userId',
      'week_start as weekStart',
      'trust',
      'closeness',
      'honest_conversations as honestConversations',
    ])
    .where('couple_id', '=', space.coupleId)
    .orderBy('week_start')
    .execute();
}
