import {
  type CoupleId,
  DomainError,
  isMeetingSection,
  MEETING_TOPIC,
  mayReadTalkingRecord,
  mayWriteInMeeting,
  meetingAgenda,
  meetingMinutes,
} from '@amend/core';
import type { AppDeps } from '../../platform/deps.js';
import { newId } from '../../platform/tokens.js';
import { listAgreements } from '../agreements/service.js';
import { commitmentRows } from '../honesty/commitments.js';
import { questionCountsInSpace } from '../honesty/questions.js';
import {
  notFound,
  notifyPartner,
  type PersonView,
  type TalkingContext,
  talkingContext,
} from './context.js';
import { logMeetingConversation } from './conversations.js';
import * as store from './meetings-store.js';

const PAST_MEETINGS_SHOWN = 20;

export interface MeetingView {
  readonly id: string;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  readonly startedBy: PersonView | null;
  readonly agenda: { id: string; minutes: number }[];
  /** What the agreements part of the agenda reviews (it is left out when there are none). */
  readonly agreementsInForce: { id: string; title: string; practice: string }[];
  readonly commitmentsInForce: { id: string; what: string }[];
  /** For the "questions waiting" part: open questions, and those kept for a session. */
  readonly questionsWaiting: { open: number; onHold: number };
  readonly notes: {
    section: string;
    author: PersonView | null;
    text: string;
    version: number;
    savedAt: string;
  }[];
}

/** An agreement is reviewed while it is in force, including while a change to it waits. */
const IN_FORCE = new Set(['in_force', 'change_proposed']);

/**
 * The agreements in force in the space, for the agenda's review (the agreements feature decides
 * who sees what: both partners see every agreement).
 */
async function agreementsInForce(deps: AppDeps, userId: string) {
  const agreements = await listAgreements(deps, userId);
  return agreements
    .filter((agreement) => IN_FORCE.has(agreement.state))
    .map((agreement) => ({
      id: agreement.id,
      title: agreement.current.title,
      practice: agreement.current.practice,
    }));
}

function summary(ctx: TalkingContext, row: store.MeetingRow) {
  return {
    id: row.id,
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    startedBy: ctx.person(row.startedBy),
  };
}

async function meetingInSpace(deps: AppDeps, ctx: TalkingContext, meetingId: string) {
  const meeting = await store.findMeeting(deps.db, ctx.coupleId, meetingId);
  // A meeting belongs to the couple: both partners see it and its notes.
  if (!meeting || !mayReadTalkingRecord(ctx.actor, ctx.record(meeting.startedBy, 'space'))) {
    throw notFound('meeting');
  }
  return meeting;
}

async function present(
  deps: AppDeps,
  ctx: TalkingContext,
  row: store.MeetingRow,
): Promise<MeetingView> {
  const [notes, agreements, commitments, questions] = await Promise.all([
    store.latestNotes(deps.db, ctx.coupleId, row.id),
    agreementsInForce(deps, ctx.userId),
    commitmentRows(deps, ctx),
    questionCountsInSpace(deps, ctx),
  ]);
  // Commitments still running today are reviewed beside the agreements (both partners see them).
  const running = commitments
    .filter((commitment) => commitment.until >= ctx.today)
    .map((commitment) => ({ id: commitment.id, what: commitment.what }));
  return {
    ...summary(ctx, row),
    agreementsInForce: agreements,
    commitmentsInForce: running,
    questionsWaiting: questions,
    agenda: meetingAgenda({ agreementsToReview: agreements.length + running.length }).map(
      (section) => ({
        id: section.id,
        minutes: section.minutes,
      }),
    ),
    notes: notes.map((note) => ({
      section: note.section,
      author: ctx.person(note.authorId),
      text: note.text,
      version: note.version,
      savedAt: note.savedAt.toISOString(),
    })),
  };
}

export async function meetingsOverview(deps: AppDeps, userId: string) {
  const ctx = await talkingContext(deps, userId, 'view');
  const rows = await store.listMeetings(deps.db, ctx.coupleId, PAST_MEETINGS_SHOWN);
  const open = rows.find((row) => row.finishedAt === null);
  return {
    open: open ? summary(ctx, open) : null,
    finished: rows.filter((row) => row.finishedAt !== null).map((row) => summary(ctx, row)),
  };
}

/** Starts this week's meeting, or joins the one already open (the second screen). */
export async function startOrJoinMeeting(deps: AppDeps, userId: string) {
  const ctx = await talkingContext(deps, userId, 'record');
  const { meeting, started } = await store.startMeeting(deps.db, {
    coupleId: ctx.coupleId,
    id: newId(),
    startedBy: userId,
    at: deps.now(),
  });
  if (started)
    await notifyPartner(deps, ctx, 'meeting.started', { type: 'meeting', id: meeting.id });
  return { meeting: await present(deps, ctx, meeting), started };
}

export async function meetingView(
  deps: AppDeps,
  userId: string,
  meetingId: string,
): Promise<MeetingView> {
  const ctx = await talkingContext(deps, userId, 'view');
  return present(deps, ctx, await meetingInSpace(deps, ctx, meetingId));
}

export async function saveMeetingNote(
  deps: AppDeps,
  userId: string,
  meetingId: string,
  section: string,
  text: string,
): Promise<void> {
  const ctx = await talkingContext(deps, userId, 'record');
  const meeting = await meetingInSpace(deps, ctx, meetingId);
  if (!isMeetingSection(section)) {
    throw new DomainError('NOT_FOUND', 'The meeting has no part with that name.');
  }
  const writable = mayWriteInMeeting(ctx.actor, {
    coupleId: ctx.coupleId as CoupleId,
    finished: meeting.finishedAt !== null,
  });
  if (!writable) {
    throw new DomainError(
      'MEETING_CLOSED',
      'This meeting has finished, so its notes are kept as they were. Start a new one to add more.',
    );
  }
  await store.saveNote(deps.db, {
    coupleId: ctx.coupleId,
    meetingId,
    authorId: userId,
    section,
    text: text.trim(),
    at: deps.now(),
  });
}

/**
 * Finishes the meeting (either partner, from either screen) and logs it as a conversation both
 * can rate. Finishing twice is harmless: the second screen gets the same conversation.
 */
export async function finishMeeting(
  deps: AppDeps,
  userId: string,
  meetingId: string,
): Promise<{ conversationId: string }> {
  const ctx = await talkingContext(deps, userId, 'record');
  const meeting = await meetingInSpace(deps, ctx, meetingId);
  const now = deps.now();
  // One transaction: the other screen must never see the meeting finished without its entry in
  // the conversation log (it polls, and would show "it is in your log" too early).
  const conversationId = await deps.db.transaction().execute(async (trx) => {
    await store.finishMeeting(trx, ctx.coupleId, meetingId, userId, now);
    return logMeetingConversation({ ...deps, db: trx }, ctx, {
      id: meetingId,
      startedAt: meeting.startedAt,
      minutes: meetingMinutes(meeting.startedAt, meeting.finishedAt ?? now),
      topic: MEETING_TOPIC,
    });
  });
  return { conversationId };
}
