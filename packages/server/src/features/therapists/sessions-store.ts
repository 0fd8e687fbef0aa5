import type { AmendDb } from '../../db/database.js';

export interface SessionRow {
  readonly id: string;
  readonly heldOn: string;
  readonly kind: string;
  readonly attendees: string[];
  readonly verification: string;
  readonly therapistUserId: string | null;
  readonly recordedBy: string | null;
}

export async function listSessions(db: AmendDb, coupleId: string): Promise<SessionRow[]> {
  const rows = await db
    .selectFrom('therapy_sessions')
    .select([
      'id',
      'held_on',
      'kind',
      'attendees',
      'verification',
      'therapist_user_id',
      'recorded_by',
    ])
    .where('couple_id', '=', coupleId)
    .orderBy('held_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    heldOn: row.held_on,
    kind: row.kind,
    attendees: row.attendees,
    verification: row.verification,
    therapistUserId: row.therapist_user_id,
    recordedBy: row.recorded_by,
  }));
}

export async function insertVerifiedSession(
  db: AmendDb,
  session: {
    coupleId: string;
    id: string;
    therapistUserId: string;
    heldOn: string;
    kind: 'couple' | 'individual';
    attendees: string[];
    at: Date;
  },
): Promise<void> {
  await db
    .insertInto('therapy_sessions')
    .values({
      couple_id: session.coupleId,
      id: session.id,
      recorded_by: session.therapistUserId,
      therapist_user_id: session.therapistUserId,
      held_on: session.heldOn,
      kind: session.kind,
      attendees: session.attendees,
      verification: 'verified',
      idempotency_key: null,
      created_at: session.at,
    })
    .execute();
}

/** A session this therapist verified in this couple, or nothing (someone else's is not theirs). */
export async function findOwnSession(
  db: AmendDb,
  coupleId: string,
  sessionId: string,
  therapistUserId: string,
): Promise<{ id: string } | null> {
  const row = await db
    .selectFrom('therapy_sessions')
    .select('id')
    .where('couple_id', '=', coupleId)
    .where('id', '=', sessionId)
    .where('therapist_user_id', '=', therapistUserId)
    .executeTakeFirst();
  return row ?? null;
}

export async function insertNote(
  db: AmendDb,
  note: {
    coupleId: string;
    id: string;
    sessionId: string;
    therapistUserId: string;
    text: string;
    at: Date;
  },
): Promise<void> {
  await db
    .insertInto('therapist_session_notes')
    .values({
      couple_id: note.coupleId,
      id: note.id,
      session_id: note.sessionId,
      therapist_user_id: note.therapistUserId,
      text: note.text,
      created_at: note.at,
    })
    .execute();
}

/** This therapist's own notes in the couple; never another therapist's. */
export async function listOwnNotes(db: AmendDb, coupleId: string, therapistUserId: string) {
  return db
    .selectFrom('therapist_session_notes')
    .select(['id', 'session_id as sessionId', 'text', 'created_at as createdAt'])
    .where('couple_id', '=', coupleId)
    .where('therapist_user_id', '=', therapistUserId)
    .orderBy('created_at')
    .execute();
}

export async function insertObservation(
  db: AmendDb,
  observation: {
    coupleId: string;
    id: string;
    therapistUserId: string;
    sessionId: string | null;
    aboutMemberId: string | null;
    observedOn: string;
    kind: 'communication' | 'forgiveness';
    value: number;
    at: Date;
  },
): Promise<void> {
  await db
    .insertInto('therapist_observations')
    .values({
      couple_id: observation.coupleId,
      id: observation.id,
      therapist_user_id: observation.therapistUserId,
      session_id: observation.sessionId,
      about_member_id: observation.aboutMemberId,
      observed_on: observation.observedOn,
      kind: observation.kind,
      value: observation.value,
      created_at: observation.at,
    })
    .execute();
}

export async function listOwnObservations(db: AmendDb, coupleId: string, therapistUserId: string) {
  return db
    .selectFrom('therapist_observations')
    .select([
      'id',
      'session_id as sessionId',
      'about_member_id as aboutMemberId',
      'observed_on as observedOn',
      'kind',
      'value',
    ])
    .where('couple_id', '=', coupleId)
    .where('therapist_user_id', '=', therapistUserId)
    .orderBy('observed_on')
    .orderBy('id')
    .execute();
}

export async function insertAppointment(
  db: AmendDb,
  appointment: {
    coupleId: string;
    id: string;
    therapistUserId: string;
    startsAt: Date;
    kind: 'couple' | 'individual';
    invitees: string[];
    at: Date;
  },
): Promise<void> {
  await db
    .insertInto('therapist_appointments')
    .values({
      couple_id: appointment.coupleId,
      id: appointment.id,
      therapist_user_id: appointment.therapistUserId,
      starts_at: appointment.startsAt,
      kind: appointment.kind,
      invitees: appointment.invitees,
      created_at: appointment.at,
    })
    .execute();
}

export async function listUpcomingAppointments(
  db: AmendDb,
  coupleId: string,
  therapistUserId: string,
  from: Date,
) {
  return db
    .selectFrom('therapist_appointments')
    .select(['id', 'starts_at as startsAt', 'kind', 'invitees'])
    .where('couple_id', '=', coupleId)
    .where('therapist_user_id', '=', therapistUserId)
    .where('cancelled_at', 'is', null)
    .where('starts_at', '>=', from)
    .orderBy('starts_at')
    .execute();
}

/**
 * One of the couple's appointments, locked until the transaction ends, so a cancellation decides
 * on the row as it stands (two cancels at once: the second sees the first's).
 */
export async function findAppointmentForUpdate(db: AmendDb, coupleId: string, id: string) {
  return db
    .selectFrom('therapist_appointments')
    .select([
      'id',
      'therapist_user_id as therapistUserId',
      'starts_at as startsAt',
      'cancelled_at as cancelledAt',
      'kind',
      'invitees',
    ])
    .where('couple_id', '=', coupleId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function markAppointmentCancelled(
  db: AmendDb,
  coupleId: string,
  id: string,
  at: Date,
): Promise<void> {
  await db
    .updateTable('therapist_appointments')
    .set({ cancelled_at: at })
    .where('couple_id', '=', coupleId)
    .where('id', '=', id)
    .execute();
}

/**
 * A partner's appointments with the couple's therapists from a moment on, cancelled ones
 * included (so a cancellation is seen), with the therapist's name. The WHERE is the core rule
 * (isAppointmentVisibleTo) as SQL, so the other partner's individual sessions never leave the
 * database; the service applies the rule again to what comes back.
 */
export async function appointmentsOfMember(
  db: AmendDb,
  coupleId: string,
  memberId: string,
  from: Date,
) {
  return db
    .selectFrom('therapist_appointments as a')
    .innerJoin('users as t', 't.id', 'a.therapist_user_id')
    .select([
      'a.id',
      'a.starts_at as startsAt',
      'a.kind',
      'a.invitees',
      'a.cancelled_at as cancelledAt',
      't.display_name as therapistName',
    ])
    .where('a.couple_id', '=', coupleId)
    .where((eb) =>
      eb.or([eb('a.kind', '=', 'couple'), eb(eb.val(memberId), '=', eb.fn.any('a.invitees'))]),
    )
    .where('a.starts_at', '>=', from)
    .orderBy('a.starts_at')
    .execute();
}
