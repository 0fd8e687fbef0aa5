import { DomainError, localDateOf, parseLocalDate } from '@amend/core';
import type { AppDeps } from '../../platform/deps.js';
import { newId } from '../../platform/tokens.js';
import { currentUser } from '../accounts/service.js';
import {
  activeMembers,
  authorizedSpace,
  type SpaceContext,
  spaceContext,
} from '../space/service.js';

export interface TherapySessionInput {
  readonly heldOn: string;
  readonly kind: 'couple' | 'individual';
  /** Member ids of who attended. */
  readonly attendees: string[];
}

export interface TherapySessionView {
  readonly id: string;
  readonly heldOn: string;
  readonly kind: string;
  readonly attendees: { memberId: string; displayName: string }[];
  /** Recorded by a partner: self-reported. The therapist portal will add verified sessions. */
  readonly verification: string;
  readonly recordedByYou: boolean;
}

async function context(deps: AppDeps, userId: string, action: 'view' | 'record') {
  const { coupleId } = await authorizedSpace(deps, userId, action);
  const [user, members] = await Promise.all([
    currentUser(deps, userId),
    activeMembers(deps, coupleId),
  ]);
  return { coupleId, members, today: localDateOf(deps.now(), user.timeZone) };
}

export async function recordSession(
  deps: AppDeps,
  userId: string,
  input: TherapySessionInput,
  idempotencyKey: string | null,
): Promise<{ id: string; created: boolean }> {
  const { coupleId, members, today } = await context(deps, userId, 'record');
  if (idempotencyKey) {
    const earlier = await deps.db
      .selectFrom('therapy_sessions')
      .select('id')
      .where('couple_id', '=', coupleId)
      .where('recorded_by', '=', userId)
      .where('idempotency_key', '=', idempotencyKey)
      .executeTakeFirst();
    if (earlier) return { id: earlier.id, created: false };
  }
  const heldOn = parseLocalDate(input.heldOn);
  const problems = [];
  if (!heldOn || heldOn > today) {
    problems.push({
      field: 'heldOn',
      message: heldOn ? 'This date is in the future.' : 'Enter a real date, like 2026-03-14.',
    });
  }
  const memberIds = new Set(members.map((member) => member.memberId));
  const attendees = [...new Set(input.attendees)];
  if (attendees.length === 0 || attendees.some((id) => !memberIds.has(id))) {
    problems.push({
      field: 'attendees',
      message: 'Choose who attended from the people in your space.',
    });
  }
  if (problems.length > 0 || !heldOn)
    throw new DomainError('VALIDATION_FAILED', 'Some details need another look.', problems);
  const id = newId();
  await deps.db
    .insertInto('therapy_sessions')
    .values({
      couple_id: coupleId,
      id,
      recorded_by: userId,
      held_on: heldOn,
      kind: input.kind,
      attendees,
      verification: 'self_reported',
      idempotency_key: idempotencyKey,
      created_at: deps.now(),
    })
    .execute();
  return { id, created: true };
}

export async function listSessions(deps: AppDeps, userId: string): Promise<TherapySessionView[]> {
  return sessionsInSpace(deps, await spaceContext(deps, userId, 'view'));
}

/** The therapy sessions of a space already resolved and authorized for viewing (see SpaceContext). */
export async function sessionsInSpace(
  deps: AppDeps,
  space: SpaceContext,
): Promise<TherapySessionView[]> {
  const { userId, members } = space;
  const rows = await deps.db
    .selectFrom('therapy_sessions')
    .select(['id', 'held_on', 'kind', 'attendees', 'verification', 'recorded_by'])
    .where('couple_id', '=', space.coupleId)
    .orderBy('held_on', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    heldOn: row.held_on,
    kind: row.kind,
    attendees: row.attendees.flatMap((memberId) => {
      const member = members.find((candidate) => candidate.memberId === memberId);
      return member ? [{ memberId, displayName: member.displayName }] : [];
    }),
    verification: row.verification,
    recordedByYou: row.recorded_by === userId,
  }));
}

/** What the attendance metric needs of one therapy session. */
export interface AttendedSession {
  readonly heldOn: string;
  readonly verification: string;
}

/**
 * The dates and verification of every therapy session in a space already resolved and authorized
 * for viewing (see SpaceContext), newest first, for the dashboard. Who attended is left out: the
 * attendance metric counts sessions, and decoding two years of attendee arrays doubled the read.
 */
export async function attendanceInSpace(
  deps: AppDeps,
  space: SpaceContext,
): Promise<AttendedSession[]> {
  return deps.db
    .selectFrom('therapy_sessions')
    .select(['held_on as heldOn', 'verification'])
    .where('couple_id', '=', space.coupleId)
    .orderBy('held_on', 'desc')
    .execute();
}
