import {
  conversationLogByWeek,
  DomainError,
  type LocalDate,
  type LoggedWeek,
  localDateOf,
  mayContributeTo,
  mayReadTalkingRecord,
  ratedHonestByAll,
  type SpaceAction,
  suggestedTopics,
  weekStartOf,
} from '@amend/core';
import type { AppDeps } from '../../platform/deps.js';
import { newId } from '../../platform/tokens.js';
import { programOverview } from '../program/service.js';
import type { SpaceContext } from '../space/service.js';
import {
  cleanText,
  notFound,
  type PersonView,
  pastOrTodayDate,
  type TalkingContext,
  talkingContext,
} from './context.js';
import * as store from './conversations-store.js';

/** The page shows the most recent conversations; the metric reads them all. */
const CONVERSATIONS_SHOWN = 60;

export interface ConversationInput {
  readonly heldOn: string;
  readonly minutes: number;
  readonly topic: string;
}

export interface RatingInput {
  readonly honest: number;
  readonly heard: number;
  readonly note?: string | undefined;
  readonly noteVisibility: 'private' | 'partner';
}

export interface ConversationView {
  readonly id: string;
  readonly heldOn: string;
  readonly minutes: number;
  readonly topic: string;
  readonly source: string;
  readonly meetingId: string | null;
  readonly loggedBy: PersonView | null;
  /** The viewer's own latest rating (their numbers are theirs alone). */
  readonly yourRating: {
    honest: number;
    heard: number;
    note: string | null;
    noteVisibility: 'private' | 'partner';
    version: number;
  } | null;
  /** Whether the partner rated it, and their note only when they shared it. */
  readonly partnerRating: { rated: boolean; note: string | null } | null;
  /** Everyone in the space rated it honest: it counts toward communication frequency. */
  readonly countsAsHonest: boolean;
  readonly createdAt: string;
}

function visibilityOf(value: string): 'private' | 'partner' {
  return value === 'partner' ? 'partner' : 'private';
}

function present(
  ctx: TalkingContext,
  row: store.ConversationRow,
  ratings: readonly store.RatingRow[],
): ConversationView {
  const own = ratings.find((rating) => rating.userId === ctx.userId);
  const partnerId = ctx.partner?.userId;
  const partners = ratings.find((rating) => rating.userId === partnerId);
  const partnerNoteVisible =
    partners !== undefined &&
    mayReadTalkingRecord(
      ctx.actor,
      ctx.record(partners.userId, visibilityOf(partners.noteVisibility)),
    );
  return {
    id: row.id,
    heldOn: row.heldOn,
    minutes: row.minutes,
    topic: row.topic,
    source: row.source,
    meetingId: row.meetingId,
    loggedBy: ctx.person(row.loggedBy),
    yourRating: own
      ? {
          honest: own.honest,
          heard: own.heard,
          note: own.note,
          noteVisibility: visibilityOf(own.noteVisibility),
          version: own.version,
        }
      : null,
    partnerRating: ctx.partner
      ? {
          rated: partners !== undefined,
          note: partnerNoteVisible ? (partners?.note ?? null) : null,
        }
      : null,
    countsAsHonest: ratedHonestByAll(ratings, ctx.memberIds),
    createdAt: row.createdAt.toISOString(),
  };
}

/** Topics from the person's current stage on the program (general ones when not begun). */
async function topicsFor(deps: AppDeps, userId: string): Promise<string[]> {
  const program = await programOverview(deps, userId);
  return suggestedTopics(program.current);
}

export async function conversationOverview(deps: AppDeps, userId: string) {
  const ctx = await talkingContext(deps, userId, 'view');
  const [rows, ratings, topics, log] = await Promise.all([
    store.listConversations(deps.db, ctx.coupleId, CONVERSATIONS_SHOWN),
    store.latestRatings(deps.db, ctx.coupleId),
    topicsFor(deps, userId),
    conversationLogInSpace(deps, ctx),
  ]);
  const currentWeek = weekStartOf(ctx.today);
  const thisWeek = log.find((week) => week.weekStart === currentWeek);
  return {
    suggestedTopics: topics,
    thisWeek: {
      weekStart: currentWeek,
      logged: thisWeek?.logged ?? 0,
      honest: thisWeek?.honest ?? 0,
    },
    conversations: rows.map((row) =>
      present(
        ctx,
        row,
        ratings.filter((rating) => rating.conversationId === row.id),
      ),
    ),
  };
}

export async function logConversation(
  deps: AppDeps,
  userId: string,
  input: ConversationInput,
  idempotencyKey: string | null,
): Promise<{ id: string }> {
  const ctx = await talkingContext(deps, userId, 'record');
  const heldOn = pastOrTodayDate(input.heldOn, ctx.today, 'heldOn');
  const topic = cleanText(input.topic);
  if (!topic) {
    throw new DomainError('VALIDATION_FAILED', 'Say in a few words what you talked about.', [
      { field: 'topic', message: 'Write a topic, or choose one of the suggestions.' },
    ]);
  }
  const id = await store.insertConversation(deps.db, {
    coupleId: ctx.coupleId,
    id: newId(),
    loggedBy: userId,
    heldOn,
    minutes: input.minutes,
    topic,
    source: 'logged',
    meetingId: null,
    idempotencyKey,
    at: deps.now(),
  });
  return { id };
}

/** Logs a finished weekly meeting as a conversation, once, in the finisher's name. */
export async function logMeetingConversation(
  deps: AppDeps,
  ctx: TalkingContext,
  meeting: { id: string; startedAt: Date; minutes: number; topic: string },
): Promise<string> {
  return store.insertConversation(deps.db, {
    coupleId: ctx.coupleId,
    id: newId(),
    loggedBy: ctx.userId,
    heldOn: localDateOf(meeting.startedAt, ctx.timeZone),
    minutes: meeting.minutes,
    topic: meeting.topic,
    source: 'meeting',
    meetingId: meeting.id,
    idempotencyKey: null,
    at: deps.now(),
  });
}

/** Either partner rates a conversation of their space; each save is a new version of their own. */
export async function rateConversation(
  deps: AppDeps,
  userId: string,
  conversationId: string,
  input: RatingInput,
): Promise<void> {
  const ctx = await talkingContext(deps, userId, 'record');
  const conversation = await store.findConversation(deps.db, ctx.coupleId, conversationId);
  if (!conversation || !mayContributeTo(ctx.actor, ctx.record(conversation.loggedBy, 'space'))) {
    throw notFound('conversation');
  }
  const rating = {
    coupleId: ctx.coupleId,
    conversationId,
    userId,
    honest: input.honest,
    heard: input.heard,
    note: cleanText(input.note),
    noteVisibility: input.noteVisibility,
    at: deps.now(),
  };
  try {
    await store.addRating(deps.db, rating);
  } catch (error) {
    // Two saves of one person's rating at the same moment: the second becomes the next version.
    if ((error as { code?: string }).code !== '23505') throw error;
    await store.addRating(deps.db, rating);
  }
}

/**
 * The couple's conversation log by ISO week (each conversation on its own calendar date), for
 * the dashboard's communication frequency and the check-in's prefill, in a space already
 * resolved and authorized (see SpaceContext).
 */
export async function conversationLogInSpace(
  deps: AppDeps,
  space: SpaceContext,
): Promise<LoggedWeek[]> {
  const [rows, ratings] = await Promise.all([
    store.listConversationDates(deps.db, space.coupleId),
    store.latestRatings(deps.db, space.coupleId),
  ]);
  const byConversation = new Map<string, { userId: string; honest: number }[]>();
  for (const rating of ratings) {
    const list = byConversation.get(rating.conversationId) ?? [];
    list.push({ userId: rating.userId, honest: rating.honest });
    byConversation.set(rating.conversationId, list);
  }
  return conversationLogByWeek(
    rows.map((row) => ({
      heldOn: row.heldOn as LocalDate,
      ratings: byConversation.get(row.id) ?? [],
    })),
    space.members.map((member) => member.userId),
  );
}

/** For the check-in form: the log's honest count for the person's current week, if any logged. */
export async function conversationLogFor(
  deps: AppDeps,
  userId: string,
  action: SpaceAction,
): Promise<LoggedWeek[]> {
  return conversationLogInSpace(deps, await talkingContext(deps, userId, action));
}
