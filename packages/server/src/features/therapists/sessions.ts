import { DomainError, type FieldProblem, localDateOf, parseLocalDate } from '@amend/core';
import type { AppDeps, RequestOrigin } from '../../platform/deps.js';
import { newId } from '../../platform/tokens.js';
import { recordViews } from '../privacy/access-recording.js';
import { type TherapistCoupleContext, therapistCoupleContext, visibleMembers } from './context.js';
import * as store from './sessions-store.js';

export interface TherapistSessionView {
  readonly id: string;
  readonly heldOn: string;
  readonly kind: string;
  readonly attendees: { memberId: string; displayName: string }[];
  readonly verification: string;
  readonly recordedByYou: boolean;
  /** Your private notes on it: nobody else, the couple included, can read them. */
  readonly notes: { id: string; text: string; createdAt: string }[];
}

export interface ObservationView {
  readonly id: string;
  readonly sessionId: string | null;
  readonly aboutMemberId: string | null;
  readonly observedOn: string;
  readonly kind: string;
  readonly value: number;
}

export interface SessionsPage {
  readonly sessions: TherapistSessionView[];
  readonly appointments: { id: string; startsAt: string; kind: string; invitees: string[] }[];
}

function checkAttendees(context: TherapistCoupleContext, attendees: readonly string[]) {
  const memberIds = new Set(context.members.map((member) => member.memberId));
  const unique = [...new Set(attendees)];
  const valid = unique.length > 0 && unique.every((id) => memberIds.has(id));
  return { unique, problem: valid ? null : 'Choose who attended from the couple’s partners.' };
}

/**
 * The couple's sessions: the ones this therapist verified, with their private notes, and the ones
 * partners recorded themselves (self-reported) when that partner shares metrics. Upcoming
 * appointments too. Each partner whose own records were shown gets an access-log event.
 */
export async function sessionsOfCouple(
  deps: AppDeps,
  therapistUserId: string,
  coupleId: string,
  origin: RequestOrigin,
): Promise<SessionsPage> {
  const context = await therapistCoupleContext(deps, therapistUserId, coupleId, 'open');
  const [sessions, appointments] = await Promise.all([
    sessionsOfCoupleUnlogged(deps, context),
    store.listUpcomingAppointments(deps.db, coupleId, therapistUserId, deps.now()),
  ]);
  const owners = [...new Set(sessions.flatMap((s) => (s.recordedBy ? [s.recordedBy] : [])))];
  await recordViews(
    deps,
    therapistUserId,
    owners.length > 0 ? [{ coupleId, ownerIds: owners }] : [],
    'therapy_sessions',
    origin,
  );
  return {
    sessions: sessions.map(({ recordedBy: _recordedBy, ...session }) => session),
    appointments: appointments.map((appointment) => ({
      id: appointment.id,
      startsAt: appointment.startsAt.toISOString(),
      kind: appointment.kind,
      invitees: appointment.invitees,
    })),
  };
}

/**
 * The sessions the therapist may see, for a context already checked; `recordedBy` names the
 * partner whose own record a self-reported session is (null for the therapist's own).
 */
export async function sessionsOfCoupleUnlogged(
  deps: AppDeps,
  context: TherapistCoupleContext,
): Promise<(TherapistSessionView & { recordedBy: string | null })[]> {
  const therapistUserId = context.viewer.userId;
  const [sessions, notes] = await Promise.all([
    store.listSessions(deps.db, context.coupleId),
    store.listOwnNotes(deps.db, context.coupleId, therapistUserId),
  ]);
  const names = new Map(context.members.map((m) => [m.memberId, m.displayName]));
  // A partner's own record of a session is theirs: shown when they share metrics.
  const sharing = new Set(visibleMembers(context, 'metrics').map((member) => member.userId));
  return sessions
    .filter(
      (session) =>
        session.therapistUserId === therapistUserId ||
        (session.recordedBy !== null && sharing.has(session.recordedBy)),
    )
    .map((session) => ({
      id: session.id,
      heldOn: session.heldOn,
      kind: session.kind,
      attendees: session.attendees.flatMap((memberId) => {
        const displayName = names.get(memberId);
        return displayName ? [{ memberId, displayName }] : [];
      }),
      verification: session.verification,
      recordedByYou: session.therapistUserId === therapistUserId,
      recordedBy: session.therapistUserId === therapistUserId ? null : session.recordedBy,
      notes: notes
        .filter((note) => note.sessionId === session.id)
        .map((note) => ({ id: note.id, text: note.text, createdAt: note.createdAt.toISOString() })),
    }));
}

export interface RecordSessionInput {
  readonly heldOn: string;
  readonly kind: 'couple' | 'individual';
  readonly attendees: string[];
  readonly note?: string;
}

/** A session the therapist records is "verified" attendance, in the couple's attendance metric. */
export async function recordVerifiedSession(
  deps: AppDeps,
  therapistUserId: string,
  coupleId: string,
  input: RecordSessionInput,
): Promise<{ id: string }> {
  const context = await therapistCoupleContext(deps, therapistUserId, coupleId, 'record');
  const today = localDateOf(deps.now(), context.timeZone);
  const heldOn = parseLocalDate(input.heldOn);
  const problems: FieldProblem[] = [];
  if (!heldOn || heldOn > today) {
    problems.push({
      field: 'heldOn',
      message: heldOn ? 'This date is in the future.' : 'Enter a real date, like 2026-03-14.',
    });
  }
  const attendees = checkAttendees(context, input.attendees);
  if (attendees.problem) problems.push({ field: 'attendees', message: attendees.problem });
  if (problems.length > 0 || !heldOn) {
    throw new DomainError('VALIDATION_FAILED', 'Some details need another look.', problems);
  }
  const id = newId();
  const now = deps.now();
  await deps.db.transaction().execute(async (trx) => {
    await store.insertVerifiedSession(trx, {
      coupleId,
      id,
      therapistUserId,
      heldOn,
      kind: input.kind,
      attendees: attendees.unique,
      at: now,
    });
    const note = input.note?.trim();
    if (note) {
      await store.insertNote(trx, {
        coupleId,
        id: newId(),
        sessionId: id,
        therapistUserId,
        text: note,
        at: now,
      });
    }
  });
  return { id };
}

/** A private note on a session this therapist verified; appended, never edited. */
export async function addSessionNote(
  deps: AppDeps,
  therapistUserId: string,
  coupleId: string,
  sessionId: string,
  text: string,
): Promise<{ id: string }> {
  await therapistCoupleContext(deps, therapistUserId, coupleId, 'open');
  if (!(await store.findOwnSession(deps.db, coupleId, sessionId, therapistUserId))) {
    throw new DomainError('NOT_FOUND', 'There is no session of yours with that id.');
  }
  const trimmed = text.trim();
  if (!trimmed) {
    throw new DomainError('VALIDATION_FAILED', 'Write something in the note.', [
      { field: 'text', message: 'Write something in the note.' },
    ]);
  }
  const id = newId();
  await store.insertNote(deps.db, {
    coupleId,
    id,
    sessionId,
    therapistUserId,
    text: trimmed,
    at: deps.now(),
  });
  return { id };
}

export type ObservationInput =
  | { kind: 'communication'; observedOn: string; conversationsPerWeek: number; sessionId?: string }
  | {
      kind: 'forgiveness';
      observedOn: string;
      level: 'low' | 'moderate' | 'high';
      aboutMemberId: string;
      sessionId?: string;
    };

const LEVEL_VALUE = { low: 1, moderate: 2, high: 3 } as const;

/**
 * The therapist's own measure: honest conversations a week as observed (communication), or their
 * assessment of a partner's forgiveness. Both count in the couple's metrics.
 */
export async function recordObservation(
  deps: AppDeps,
  therapistUserId: string,
  coupleId: string,
  input: ObservationInput,
): Promise<{ id: string }> {
  const context = await therapistCoupleContext(deps, therapistUserId, coupleId, 'record');
  const today = localDateOf(deps.now(), context.timeZone);
  const observedOn = parseLocalDate(input.observedOn);
  const problems: FieldProblem[] = [];
  if (!observedOn || observedOn > today) {
    problems.push({ field: 'observedOn', message: 'Enter a date that is not in the future.' });
  }
  if (
    input.kind === 'forgiveness' &&
    !context.members.some((member) => member.memberId === input.aboutMemberId)
  ) {
    problems.push({ field: 'aboutMemberId', message: 'Choose one of the couple’s partners.' });
  }
  if (
    input.sessionId &&
    !(await store.findOwnSession(deps.db, coupleId, input.sessionId, therapistUserId))
  ) {
    problems.push({ field: 'sessionId', message: 'Choose one of the sessions you recorded.' });
  }
  if (problems.length > 0 || !observedOn) {
    throw new DomainError('VALIDATION_FAILED', 'Some details need another look.', problems);
  }
  const id = newId();
  await store.insertObservation(deps.db, {
    coupleId,
    id,
    therapistUserId,
    sessionId: input.sessionId ?? null,
    aboutMemberId: input.kind === 'forgiveness' ? input.aboutMemberId : null,
    observedOn,
    kind: input.kind,
    value: input.kind === 'forgiveness' ? LEVEL_VALUE[input.level] : input.conversationsPerWeek,
    at: deps.now(),
  });
  return { id };
}

export async function listObservations(
  deps: AppDeps,
  context: TherapistCoupleContext,
): Promise<ObservationView[]> {
  return store.listOwnObservations(deps.db, context.coupleId, context.viewer.userId);
}
