import {
  type AppointmentKind,
  appointmentCancellation,
  appointmentInviteesProblem,
  DomainError,
  type FieldProblem,
  isAppointmentVisibleTo,
} from '@amend/core';
import type { AppDeps, RequestOrigin } from '../../platform/deps.js';
import { removeJob } from '../../platform/jobs.js';
import { newId } from '../../platform/tokens.js';
import { notify } from '../notifications/service.js';
import { recordAccess } from '../privacy/access-store.js';
import { reminderJobKey, scheduleReminder } from '../reminders/scheduling.js';
import { therapistCoupleContext } from './context.js';
import * as store from './sessions-store.js';

/**
 * Appointments the therapist schedules with a couple (or one partner), cancels before they
 * begin, and the partners see. Who is expected and who sees one is core's rule
 * (policy/appointments.ts): a couple session is both partners', an individual one only its
 * partner's.
 */

/** Schedules a session: a date and time, and who is expected. */
export async function scheduleAppointment(
  deps: AppDeps,
  therapistUserId: string,
  coupleId: string,
  input: { startsAt: string; kind: AppointmentKind; invitees: string[] },
): Promise<{ id: string }> {
  const context = await therapistCoupleContext(deps, therapistUserId, coupleId, 'record');
  const startsAt = new Date(input.startsAt);
  const problems: FieldProblem[] = [];
  if (Number.isNaN(startsAt.getTime()) || startsAt.getTime() <= deps.now().getTime()) {
    problems.push({ field: 'startsAt', message: 'Choose a time in the future.' });
  }
  const partners = context.members.map((member) => member.memberId);
  const inviteesProblem = appointmentInviteesProblem(input.kind, input.invitees, partners);
  if (inviteesProblem) problems.push({ field: 'invitees', message: inviteesProblem });
  if (problems.length > 0) {
    throw new DomainError('VALIDATION_FAILED', 'Some details need another look.', problems);
  }
  const invitees = [...new Set(input.invitees)];
  const id = newId();
  await deps.db.transaction().execute(async (trx) => {
    await store.insertAppointment(trx, {
      coupleId,
      id,
      therapistUserId,
      startsAt,
      kind: input.kind,
      invitees,
      at: deps.now(),
    });
    // Each partner expected is reminded as they chose (or not at all), before it begins.
    for (const member of context.members) {
      if (!invitees.includes(member.memberId)) continue;
      await scheduleReminder(
        trx,
        member.userId,
        { kind: 'therapy_session', subjectId: id, startsAt },
        deps.now(),
      );
    }
  });
  return { id };
}

/**
 * Cancels an appointment the therapist scheduled, before it begins (core decides: only its
 * therapist, only while it is still to come). The partners who can see it are told in the app,
 * find the cancellation in their access log, have its reminders taken off the queue, and see it
 * marked cancelled in their list and calendar feed. The consent in force does not matter:
 * cancelling shows nothing of anyone's records, and a therapist whose consent was revoked must
 * still be able to call off what they booked. Nothing changes on a refusal.
 */
export async function cancelAppointment(
  deps: AppDeps,
  therapistUserId: string,
  coupleId: string,
  appointmentId: string,
  origin: RequestOrigin,
): Promise<void> {
  const context = await therapistCoupleContext(deps, therapistUserId, coupleId, 'open');
  const now = deps.now();
  await deps.db.transaction().execute(async (trx) => {
    const appointment = await store.findAppointmentForUpdate(trx, coupleId, appointmentId);
    const decision = appointmentCancellation(appointment ?? null, therapistUserId, now);
    if (decision === 'not_found' || !appointment) {
      throw new DomainError('NOT_FOUND', 'You have no appointment with that id.');
    }
    if (decision !== 'allowed') {
      throw new DomainError(
        'APPOINTMENT_CLOSED',
        decision === 'already_cancelled'
          ? 'This appointment is already cancelled.'
          : 'This appointment has already begun, so it can no longer be cancelled.',
      );
    }
    await store.markAppointmentCancelled(trx, coupleId, appointmentId, now);
    const audience = { kind: appointment.kind as AppointmentKind, invitees: appointment.invitees };
    const told = context.members.filter((member) =>
      isAppointmentVisibleTo(audience, member.memberId),
    );
    for (const member of context.members) {
      // Every partner's key, not only those told: a reminder must never outlive its appointment.
      await removeJob(trx, reminderJobKey(member.userId, 'therapy_session', appointmentId));
    }
    for (const member of told) {
      await notify(
        deps,
        {
          recipientUserId: member.userId,
          coupleId,
          kind: 'appointment.cancelled',
          subject: { type: 'appointment', id: appointmentId },
          actorUserId: therapistUserId,
        },
        trx,
      );
    }
    await recordAccess(trx, {
      action: 'record.changed',
      actorId: therapistUserId,
      owners: { coupleId, ownerIds: told.map((member) => member.userId) },
      kind: 'therapy_sessions',
      recordIds: [appointmentId],
      origin,
      at: now,
    });
  });
}

export interface PartnerAppointmentView {
  readonly id: string;
  readonly startsAt: string;
  readonly kind: AppointmentKind;
  readonly therapistName: string;
  readonly cancelled: boolean;
}

/**
 * The appointments a partner may see, from a day ago on (so one earlier today still shows):
 * the couple's sessions and their own individual ones, never the other partner's individual
 * ones (who sees a therapist alone, and when, is theirs to tell).
 */
export async function appointmentsForPartner(
  deps: AppDeps,
  space: { coupleId: string; memberId: string },
): Promise<PartnerAppointmentView[]> {
  const since = new Date(deps.now().getTime() - 24 * 3_600_000);
  const rows = await store.appointmentsOfMember(deps.db, space.coupleId, space.memberId, since);
  return rows
    .map((row) => ({ ...row, kind: row.kind === 'individual' ? 'individual' : 'couple' }) as const)
    .filter((row) => isAppointmentVisibleTo(row, space.memberId))
    .map((row) => ({
      id: row.id,
      startsAt: row.startsAt.toISOString(),
      kind: row.kind,
      therapistName: row.therapistName,
      cancelled: row.cancelledAt !== null,
    }));
}
