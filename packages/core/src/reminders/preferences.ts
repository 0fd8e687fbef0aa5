import { NEUTRAL_APP_NAME } from '../safety/discreet-wording.js';
import { isValidTimeZone } from '../time/local-date.js';
import { isMinuteOfDay, type QuietHours, type WeeklyTime } from './schedule.js';

/** What a person can be reminded of. Each is on or off, by e-mail and/or push. */
export const REMINDER_KINDS = [
  'weekly_checkin',
  'weekly_meeting',
  'questionnaire_due',
  'agreement_review',
  'therapy_session',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** How something reaches a person outside the app; in-app notifications are always kept. */
export interface DeliveryChannels {
  readonly email: boolean;
  readonly push: boolean;
}

export interface ReminderPreferences {
  readonly timeZone: string;
  /** Null when the person wants reminders at any hour. */
  readonly quietHours: QuietHours | null;
  readonly checkinTime: WeeklyTime;
  readonly meetingTime: WeeklyTime;
  /** Minute of the day for reminders tied to a date (a questionnaire due, a review date). */
  readonly dateReminderMinute: number;
  /** How long before a therapy session its reminder comes. */
  readonly sessionLeadMinutes: number;
  readonly channels: Readonly<Record<ReminderKind, DeliveryChannels>>;
  /** How updates from the partner or therapist (in-app notifications) also reach them. */
  readonly updates: DeliveryChannels;
}

const OFF: DeliveryChannels = { email: false, push: false };
const LONGEST_SESSION_LEAD_MINUTES = 7 * 24 * 60;

/**
 * What a person starts with: nothing leaves the app until they choose it. An e-mail or a lock
 * screen someone else may see must never come as a surprise (see docs/security.md), so even the
 * weekly check-in reminder waits to be turned on. The times are suggestions for when they do:
 * Sunday evening for the check-in, quiet from 22:00 to 07:00.
 */
export function defaultReminderPreferences(timeZone: string): ReminderPreferences {
  return {
    timeZone,
    quietHours: { startMinute: 22 * 60, endMinute: 7 * 60 },
    checkinTime: { weekday: 7, minuteOfDay: 19 * 60 },
    meetingTime: { weekday: 3, minuteOfDay: 20 * 60 },
    dateReminderMinute: 9 * 60,
    sessionLeadMinutes: 24 * 60,
    channels: {
      weekly_checkin: OFF,
      weekly_meeting: OFF,
      questionnaire_due: OFF,
      agreement_review: OFF,
      therapy_session: OFF,
    },
    updates: OFF,
  };
}

function isWeeklyTime(value: WeeklyTime): boolean {
  return (
    Number.isInteger(value.weekday) &&
    value.weekday >= 1 &&
    value.weekday <= 7 &&
    isMinuteOfDay(value.minuteOfDay)
  );
}

/** The names of the fields that are out of range; empty when the preferences can be kept. */
export function reminderPreferenceProblems(preferences: ReminderPreferences): string[] {
  const problems: string[] = [];
  if (!isValidTimeZone(preferences.timeZone)) problems.push('timeZone');
  const quiet = preferences.quietHours;
  if (quiet && !(isMinuteOfDay(quiet.startMinute) && isMinuteOfDay(quiet.endMinute))) {
    problems.push('quietHours');
  }
  if (!isWeeklyTime(preferences.checkinTime)) problems.push('checkinTime');
  if (!isWeeklyTime(preferences.meetingTime)) problems.push('meetingTime');
  if (!isMinuteOfDay(preferences.dateReminderMinute)) problems.push('dateReminderMinute');
  const lead = preferences.sessionLeadMinutes;
  if (!Number.isInteger(lead) || lead < 0 || lead > LONGEST_SESSION_LEAD_MINUTES) {
    problems.push('sessionLeadMinutes');
  }
  return problems;
}

/** True when a reminder of this kind goes out at all. */
export function isReminderWanted(preferences: ReminderPreferences, kind: ReminderKind): boolean {
  const channels = preferences.channels[kind];
  return channels.email || channels.push;
}

export interface OutsideMessage {
  /** E-mail subject or push title: what a lock screen or a shared inbox shows. */
  readonly title: string;
  readonly body: string;
}

// Written so that nothing on a lock screen or in a shared inbox says what Amend is for: no
// "therapy", "partner", "trust" and the like (core's SENSITIVE_WORDS; a test checks each).
const REMINDER_BODIES: Readonly<Record<ReminderKind, string>> = {
  weekly_checkin: 'Your weekly check-in is ready when you are.',
  weekly_meeting: 'Your weekly meeting is coming up.',
  questionnaire_due: 'A questionnaire is waiting for you.',
  agreement_review: 'Something you planned to look at again is due.',
  therapy_session: 'You have an appointment coming up.',
};

/** The words of a reminder, with the app's own name or the neutral one in discreet mode. */
export function reminderMessage(kind: ReminderKind, discreet: boolean): OutsideMessage {
  const appName = discreet ? NEUTRAL_APP_NAME : 'Amend';
  return { title: `A reminder from ${appName}`, body: REMINDER_BODIES[kind] };
}

/**
 * The words of an update (an in-app notification sent on by e-mail or push). Never what
 * happened: that is read inside the app after signing in.
 */
export function updateMessage(discreet: boolean): OutsideMessage {
  const appName = discreet ? NEUTRAL_APP_NAME : 'Amend';
  return {
    title: `You have an update in ${appName}`,
    body: `Open ${appName} to see it.`,
  };
}
