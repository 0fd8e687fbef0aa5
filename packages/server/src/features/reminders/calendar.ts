import {
  type CalendarEvent,
  calendarFeedText,
  DomainError,
  isAppointmentVisibleTo,
  NEUTRAL_APP_NAME,
  weeklyOccurrences,
} from '@amend/core';
import type { AppDeps } from '../../platform/deps.js';
import { hashToken, newSecretToken } from '../../platform/tokens.js';

/**
 * A private calendar link: a secret URL a calendar app polls for the person's therapy
 * appointments and weekly meeting. It must work without a session (calendar apps have none), so
 * the secret is the only key: 256 bits, kept as a SHA-256 only, replaced or revoked at will.
 */

// Appointments have no length on record; an hour is what a calendar shows until it is known.
const APPOINTMENT_MINUTES = 60;
const MEETING_MINUTES = 30;
const MEETING_WEEKS_AHEAD = 12;
const PAST_DAYS_SHOWN = 30;

export function calendarFeedPath(token: string): string {
  return `/api/v1/calendar/${token}.ics`;
}

export async function calendarLinkStatus(
  deps: AppDeps,
  userId: string,
): Promise<{ active: boolean; createdAt: string | null }> {
  const row = await deps.db
    .selectFrom('calendar_feeds')
    .select('created_at')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return { active: Boolean(row), createdAt: row?.created_at.toISOString() ?? null };
}

/** A new secret link; any earlier link stops working at once. Shown this once only. */
export async function createCalendarLink(deps: AppDeps, userId: string): Promise<string> {
  const token = newSecretToken();
  const values = { token_hash: hashToken(token), created_at: deps.now() };
  await deps.db
    .insertInto('calendar_feeds')
    .values({ user_id: userId, ...values })
    .onConflict((conflict) => conflict.column('user_id').doUpdateSet(values))
    .execute();
  return new URL(calendarFeedPath(token), deps.config.publicUrl).toString();
}

export async function revokeCalendarLink(deps: AppDeps, userId: string): Promise<void> {
  await deps.db.deleteFrom('calendar_feeds').where('user_id', '=', userId).execute();
}

/** The feed behind a secret, or NOT_FOUND for a wrong or revoked one. */
export async function calendarFeedFor(deps: AppDeps, token: string): Promise<string> {
  const feed = await deps.db
    .selectFrom('calendar_feeds')
    .innerJoin('users', 'users.id', 'calendar_feeds.user_id')
    .select(['users.id as userId', 'users.discreet_mode as discreet'])
    .where('token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (!feed) throw new DomainError('NOT_FOUND', 'This calendar link does not work any more.');
  const now = deps.now();
  const events: CalendarEvent[] = [];

  const membership = await deps.db
    .selectFrom('couple_members')
    .select(['couple_id', 'id'])
    .where('user_id', '=', feed.userId)
    .where('left_at', 'is', null)
    .executeTakeFirst();
  if (membership) {
    const appointments = await deps.db
      .selectFrom('therapist_appointments')
      .select(['id', 'starts_at', 'cancelled_at', 'kind', 'invitees'])
      .where('couple_id', '=', membership.couple_id)
      // The couple's sessions and the person's own individual ones (core's rule, below).
      .where((eb) =>
        eb.or([eb('kind', '=', 'couple'), eb(eb.val(membership.id), '=', eb.fn.any('invitees'))]),
      )
      .where('starts_at', '>=', new Date(now.getTime() - PAST_DAYS_SHOWN * 86_400_000))
      .orderBy('starts_at')
      .execute();
    const visible = appointments.filter((appointment) =>
      isAppointmentVisibleTo(
        {
          kind: appointment.kind === 'individual' ? 'individual' : 'couple',
          invitees: appointment.invitees,
        },
        membership.id,
      ),
    );
    for (const appointment of visible) {
      events.push({
        uid: `appointment-${appointment.id}@amend`,
        startsAt: appointment.starts_at,
        durationMinutes: APPOINTMENT_MINUTES,
        summary: 'Appointment',
        cancelled: appointment.cancelled_at !== null,
      });
    }
  }

  // The weekly meeting appears once the person has chosen its day and time.
  const preferences = await deps.db
    .selectFrom('reminder_preferences')
    .select(['time_zone', 'meeting_weekday', 'meeting_minute'])
    .where('user_id', '=', feed.userId)
    .executeTakeFirst();
  if (preferences && membership) {
    const meetings = weeklyOccurrences(
      { weekday: preferences.meeting_weekday, minuteOfDay: preferences.meeting_minute },
      preferences.time_zone,
      now,
      MEETING_WEEKS_AHEAD,
    );
    for (const meeting of meetings) {
      events.push({
        uid: `meeting-${feed.userId}-${meeting.localDate}@amend`,
        startsAt: meeting.startsAt,
        durationMinutes: MEETING_MINUTES,
        summary: 'Weekly meeting',
      });
    }
  }
  return calendarFeedText({
    name: feed.discreet ? NEUTRAL_APP_NAME : 'Amend',
    events,
    generatedAt: now,
  });
}
