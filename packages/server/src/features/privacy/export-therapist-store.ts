import type { AmendDb } from '../../db/database.js';

/**
 * What a person has in the therapist portal. A partner: every consent they gave, narrowed or
 * revoked, to whom and when, and the codes they made for a therapist. A therapist: their
 * professional profile, the couples they work with, the sessions they recorded, their private
 * notes, observations, appointments and assigned questionnaires.
 */
export interface TherapistPortalData {
  readonly consentsGiven: readonly Record<string, unknown>[];
  readonly therapistCodesMade: readonly Record<string, unknown>[];
  readonly therapistProfile: Record<string, unknown> | null;
  readonly couplesWorkedWith: readonly Record<string, unknown>[];
  readonly sessionNotesWritten: readonly Record<string, unknown>[];
  readonly observationsMade: readonly Record<string, unknown>[];
  readonly appointmentsScheduled: readonly Record<string, unknown>[];
  readonly questionnairesAssigned: readonly Record<string, unknown>[];
}

export async function readTherapistPortalData(
  db: AmendDb,
  userId: string,
): Promise<TherapistPortalData> {
  const [
    consentsGiven,
    therapistCodesMade,
    therapistProfile,
    couplesWorkedWith,
    sessionNotesWritten,
    observationsMade,
    appointmentsScheduled,
    questionnairesAssigned,
  ] = await Promise.all([
    db
      .selectFrom('therapist_consents as c')
      .innerJoin('couple_members as m', (join) =>
        join.onRef('m.couple_id', '=', 'c.couple_id').onRef('m.id', '=', 'c.member_id'),
      )
      .leftJoin('users as t', 't.id', 'c.therapist_user_id')
      .select([
        'c.couple_id as spaceId',
        't.display_name as therapist',
        'c.categories',
        'c.change',
        'c.created_at as createdAt',
      ])
      .where('m.user_id', '=', userId)
      .orderBy('c.created_at')
      .execute(),
    db
      .selectFrom('therapist_invitations')
      .select([
        'couple_id as spaceId',
        'created_at as createdAt',
        'expires_at as expiresAt',
        'accepted_at as acceptedAt',
      ])
      .where('invited_by', '=', userId)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('therapist_profiles')
      .select([
        'profession',
        'licence_number as licenceNumber',
        'practice_name as practiceName',
        'created_at as createdAt',
      ])
      .where('user_id', '=', userId)
      .executeTakeFirst(),
    db
      .selectFrom('couple_therapists')
      .select(['couple_id as spaceId', 'linked_at as linkedAt', 'ended_at as endedAt'])
      .where('therapist_user_id', '=', userId)
      .orderBy('linked_at')
      .execute(),
    db
      .selectFrom('therapist_session_notes')
      .select([
        'couple_id as spaceId',
        'session_id as sessionId',
        'text',
        'created_at as createdAt',
      ])
      .where('therapist_user_id', '=', userId)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('therapist_observations')
      .select([
        'couple_id as spaceId',
        'kind',
        'value',
        'observed_on as observedOn',
        'about_member_id as aboutMemberId',
        'created_at as createdAt',
      ])
      .where('therapist_user_id', '=', userId)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('therapist_appointments')
      .select([
        'couple_id as spaceId',
        'starts_at as startsAt',
        'kind',
        'cancelled_at as cancelledAt',
        'created_at as createdAt',
      ])
      .where('therapist_user_id', '=', userId)
      .orderBy('starts_at')
      .execute(),
    db
      .selectFrom('questionnaire_assignments')
      .select([
        'couple_id as spaceId',
        'member_id as memberId',
        'instrument_id as instrumentId',
        'schedule',
        'starts_on as startsOn',
        'ended_at as endedAt',
      ])
      .where('therapist_user_id', '=', userId)
      .orderBy('created_at')
      .execute(),
  ]);
  return {
    consentsGiven,
    therapistCodesMade,
    therapistProfile: therapistProfile ?? null,
    couplesWorkedWith,
    sessionNotesWritten,
    observationsMade,
    appointmentsScheduled,
    questionnairesAssigned,
  };
}
