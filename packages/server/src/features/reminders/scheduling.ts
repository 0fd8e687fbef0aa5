import {
  isReminderWanted,
  type LocalDate,
  nextWeeklyReminder,
  type PlannedReminder,
  type ReminderKind,
  type ReminderPreferences,
  reminderBefore,
  reminderOnDate,
} from '@amend/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { addJob, removeJob } from '../../platform/jobs.js';
import { reminderPreferencesOf } from './preferences-store.js';

type Db = Kysely<Database>;

export const FIRE_REMINDER_TASK = 'reminder.fire';
export const TIMED_UPDATE_TASK = 'update.at';

/** Reminders that repeat every week at the person's chosen time. */
export type WeeklyReminderKind = Extract<ReminderKind, 'weekly_checkin' | 'weekly_meeting'>;
export const WEEKLY_REMINDER_KINDS: readonly WeeklyReminderKind[] = [
  'weekly_checkin',
  'weekly_meeting',
];

/** Reminders about one thing: a questionnaire due, an agreement to review, a session. */
export type OneOffReminder =
  | {
      readonly kind: 'questionnaire_due' | 'agreement_review';
      readonly subjectId: string;
      /** The day it is due, in the person's own calendar. */
      readonly dueOn: LocalDate;
    }
  | {
      readonly kind: 'therapy_session';
      readonly subjectId: string;
      readonly startsAt: Date;
    };

/** What a queued `reminder.fire` job carries: ids and times only. */
export interface FirePayload {
  readonly userId: string;
  readonly kind: ReminderKind;
  /** The local date of the occurrence (weekly) or the subject's id (one-off). */
  readonly occurrence: string;
  readonly subjectId: string | null;
  readonly dueOn: string | null;
  readonly startsAt: string | null;
}

export function reminderJobKey(userId: string, kind: ReminderKind, subjectId?: string): string {
  return subjectId ? `reminder:${userId}:${kind}:${subjectId}` : `reminder:${userId}:${kind}`;
}

export function weeklyPlan(
  preferences: ReminderPreferences,
  kind: WeeklyReminderKind,
  after: Date,
): PlannedReminder {
  const weekly = kind === 'weekly_checkin' ? preferences.checkinTime : preferences.meetingTime;
  return nextWeeklyReminder(weekly, after, preferences.timeZone, preferences.quietHours);
}

export function oneOffPlan(
  preferences: ReminderPreferences,
  reminder: OneOffReminder,
): PlannedReminder {
  if (reminder.kind === 'therapy_session') {
    return reminderBefore(
      reminder.startsAt,
      preferences.sessionLeadMinutes,
      preferences.timeZone,
      preferences.quietHours,
    );
  }
  return reminderOnDate(
    { date: reminder.dueOn, minuteOfDay: preferences.dateReminderMinute },
    preferences.timeZone,
    preferences.quietHours,
  );
}

/**
 * Queues (or replaces, or removes) a person's next weekly reminders after their choices change.
 * One keyed job per person and kind, so changing the time moves the job rather than adding one.
 */
export async function planWeeklyReminders(
  db: Db,
  userId: string,
  preferences: ReminderPreferences,
  now: Date,
): Promise<void> {
  for (const kind of WEEKLY_REMINDER_KINDS) {
    const jobKey = reminderJobKey(userId, kind);
    if (!isReminderWanted(preferences, kind)) {
      await removeJob(db, jobKey);
      continue;
    }
    const planned = weeklyPlan(preferences, kind, now);
    const payload: FirePayload = {
      userId,
      kind,
      occurrence: planned.occurrenceDate,
      subjectId: null,
      dueOn: null,
      startsAt: null,
    };
    await addJob(db, {
      task: FIRE_REMINDER_TASK,
      payload: { ...payload },
      runAt: planned.at,
      jobKey,
    });
  }
}

/**
 * The one call other features make: remind `userId` of a questionnaire due, an agreement's
 * review date or a therapy session. Call it again when the date moves (the job is replaced) and
 * `cancelReminder` when the thing is withdrawn. Whether it is sent, how and when exactly is
 * worked out from the person's choices when it fires, so later changes to them still count.
 */
export async function scheduleReminder(
  db: Db,
  userId: string,
  reminder: OneOffReminder,
  now: Date,
): Promise<void> {
  const preferences = await reminderPreferencesOf(db, userId);
  if (!preferences) return;
  const planned = oneOffPlan(preferences, reminder);
  const jobKey = reminderJobKey(userId, reminder.kind, reminder.subjectId);
  if (planned.at.getTime() <= now.getTime()) {
    // Already past (a session booked for within the lead time): nothing useful to remind of.
    await removeJob(db, jobKey);
    return;
  }
  const payload: FirePayload = {
    userId,
    kind: reminder.kind,
    occurrence: reminder.subjectId,
    subjectId: reminder.subjectId,
    dueOn: reminder.kind === 'therapy_session' ? null : reminder.dueOn,
    startsAt: reminder.kind === 'therapy_session' ? reminder.startsAt.toISOString() : null,
  };
  await addJob(db, {
    task: FIRE_REMINDER_TASK,
    payload: { ...payload },
    runAt: planned.at,
    jobKey,
  });
}

export async function cancelReminder(
  db: Db,
  userId: string,
  kind: OneOffReminder['kind'],
  subjectId: string,
): Promise<void> {
  await removeJob(db, reminderJobKey(userId, kind, subjectId));
}

/**
 * Tells `userId` "you have an update" at a moment decided by another feature (a pause's agreed
 * time to come back), by e-mail and/or push as they chose for updates; once per `occurrence`.
 * Call again to move it, `cancelTimedUpdate` to take it back.
 */
export async function scheduleTimedUpdate(
  db: Db,
  userId: string,
  occurrence: string,
  at: Date,
): Promise<void> {
  await addJob(db, {
    task: TIMED_UPDATE_TASK,
    payload: { userId, occurrence },
    runAt: at,
    jobKey: `reminder:${userId}:update:${occurrence}`,
  });
}

export async function cancelTimedUpdate(db: Db, userId: string, occurrence: string) {
  await removeJob(db, `reminder:${userId}:update:${occurrence}`);
}
