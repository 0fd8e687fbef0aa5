import {
  type DeliveryChannels,
  defaultReminderPreferences,
  REMINDER_KINDS,
  type ReminderKind,
  type ReminderPreferences,
} from '@amend/core';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { ReminderPreferencesTable } from '../../db/schema-reminders.js';

type Db = Kysely<Database>;

function channelsFrom(stored: unknown): Record<ReminderKind, DeliveryChannels> {
  const source = (stored ?? {}) as Partial<Record<ReminderKind, Partial<DeliveryChannels>>>;
  const channels = {} as Record<ReminderKind, DeliveryChannels>;
  for (const kind of REMINDER_KINDS) {
    channels[kind] = { email: source[kind]?.email === true, push: source[kind]?.push === true };
  }
  return channels;
}

function preferencesFrom(row: Selectable<ReminderPreferencesTable>): ReminderPreferences {
  return {
    timeZone: row.time_zone,
    quietHours:
      row.quiet_start_minute === null || row.quiet_end_minute === null
        ? null
        : { startMinute: row.quiet_start_minute, endMinute: row.quiet_end_minute },
    checkinTime: { weekday: row.checkin_weekday, minuteOfDay: row.checkin_minute },
    meetingTime: { weekday: row.meeting_weekday, minuteOfDay: row.meeting_minute },
    dateReminderMinute: row.date_reminder_minute,
    sessionLeadMinutes: row.session_lead_minutes,
    channels: channelsFrom(row.channels),
    updates: { email: row.updates_email, push: row.updates_push },
  };
}

/** The person's reminder choices, or core's defaults in their account's time zone. */
export async function reminderPreferencesOf(
  db: Db,
  userId: string,
): Promise<ReminderPreferences | null> {
  const row = await db
    .selectFrom('reminder_preferences')
    .selectAll()
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (row) return preferencesFrom(row);
  const user = await db
    .selectFrom('users')
    .select('time_zone')
    .where('id', '=', userId)
    .executeTakeFirst();
  return user ? defaultReminderPreferences(user.time_zone) : null;
}

export async function saveReminderPreferences(
  db: Db,
  userId: string,
  preferences: ReminderPreferences,
  now: Date,
): Promise<void> {
  const values = {
    time_zone: preferences.timeZone,
    quiet_start_minute: preferences.quietHours?.startMinute ?? null,
    quiet_end_minute: preferences.quietHours?.endMinute ?? null,
    checkin_weekday: preferences.checkinTime.weekday,
    checkin_minute: preferences.checkinTime.minuteOfDay,
    meeting_weekday: preferences.meetingTime.weekday,
    meeting_minute: preferences.meetingTime.minuteOfDay,
    date_reminder_minute: preferences.dateReminderMinute,
    session_lead_minutes: preferences.sessionLeadMinutes,
    channels: JSON.stringify(preferences.channels),
    updates_email: preferences.updates.email,
    updates_push: preferences.updates.push,
    updated_at: now,
  };
  await db
    .insertInto('reminder_preferences')
    .values({ user_id: userId, ...values })
    .onConflict((conflict) => conflict.column('user_id').doUpdateSet(values))
    .execute();
}
