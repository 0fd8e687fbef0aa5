/**
 * Appointments a therapist schedules with a couple: who is expected, who may see one, and when
 * it may still be cancelled.
 *
 * The rule, decided here once for the partners' list, their calendar feeds, reminders and the
 * cancellation notice:
 * - A couple session is with every partner in the space: both are expected, both see it.
 * - An individual session is with one partner, and only that partner sees it. That someone
 *   sees a therapist alone, and when, is theirs to tell their partner or not; the other
 *   partner's list, feed and notifications never show it.
 * - The therapist who scheduled it, and nobody else, may cancel it, and only before it begins:
 *   after that it is something that happened (or not), which the therapist records as a session.
 */

export type AppointmentKind = 'couple' | 'individual';

export interface AppointmentAudience {
  readonly kind: AppointmentKind;
  /** The partners (couple_members ids) the therapist expects. */
  readonly invitees: readonly string[];
}

/**
 * What is wrong with whom a new appointment expects, or null: an individual session names
 * exactly one partner, a couple session every partner of the space (and no one else).
 */
export function appointmentInviteesProblem(
  kind: AppointmentKind,
  invitees: readonly string[],
  partnerMemberIds: readonly string[],
): string | null {
  const chosen = new Set(invitees);
  if (chosen.size === 0 || [...chosen].some((id) => !partnerMemberIds.includes(id))) {
    return 'Choose who is expected from the couple’s partners.';
  }
  if (kind === 'individual' && chosen.size !== 1) {
    return 'An individual session is with one partner; book one for each.';
  }
  if (kind === 'couple' && partnerMemberIds.some((id) => !chosen.has(id))) {
    return 'A couple session is with both partners; book an individual session for one.';
  }
  return null;
}

/**
 * Whether a partner of the couple may see an appointment (in their list and calendar feed, and
 * be told when it is cancelled): a couple session, or an individual session with them. A couple
 * session reaches a partner who joined the space after it was booked, too.
 */
export function isAppointmentVisibleTo(
  appointment: AppointmentAudience,
  memberId: string,
): boolean {
  return appointment.kind === 'couple' || appointment.invitees.includes(memberId);
}

/**
 * Why an appointment may, or may not, be cancelled now.
 * - `not_found`: not an appointment this therapist scheduled (told as "not found", so another
 *   therapist or a partner learns nothing of it).
 * - `already_cancelled`, `already_begun`: it is closed.
 */
export type AppointmentCancellation =
  | 'allowed'
  | 'not_found'
  | 'already_cancelled'
  | 'already_begun';

export function appointmentCancellation(
  appointment: {
    readonly therapistUserId: string;
    readonly startsAt: Date;
    readonly cancelledAt: Date | null;
  } | null,
  therapistUserId: string,
  now: Date,
): AppointmentCancellation {
  if (!appointment || appointment.therapistUserId !== therapistUserId) return 'not_found';
  if (appointment.cancelledAt !== null) return 'already_cancelled';
  if (appointment.startsAt.getTime() <= now.getTime()) return 'already_begun';
  return 'allowed';
}
