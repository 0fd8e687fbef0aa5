import { type OutsideMessage, updateMessage } from '../reminders/preferences.js';

/**
 * What an in-app notification can be about. Each feature that tells someone about their
 * partner's (or therapist's) action adds its kinds here; the web app writes the words for each
 * kind, so no sentence about anyone's recovery is ever stored with the notification.
 */
export const NOTIFICATION_KINDS = [
  'agreement.proposed',
  'agreement.accepted',
  'agreement.declined',
  'agreement.change_proposed',
  'agreement.ended',
  // Talking and reconnecting (features/talking).
  'time_out.called',
  'meeting.started',
  'trigger.shared',
  'trigger.responded',
  'appreciation.sent',
  // Questions, disclosures, the full account and commitments (features/honesty).
  'question.asked',
  'question.answered',
  'disclosure.made',
  'account.sealed',
  'account.opened',
  // The couple's therapist opened the sealed full account in a session (to both partners).
  'account.opened_in_session',
  'commitment.made',
  // The couple's therapist cancelled an appointment (to the partners it expected).
  'appointment.cancelled',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export function isNotificationKind(value: string): value is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(value);
}

/**
 * The words used when a notification also leaves the app (e-mail, web push). The kind is taken
 * so callers cannot forget to pass it through, and deliberately not used: what happened is read
 * inside the app after signing in, never on a lock screen or in a shared inbox. Discreet mode
 * swaps the app's name for the neutral one.
 */
export function notificationOutsideMessage(
  _kind: NotificationKind,
  discreet: boolean,
): OutsideMessage {
  return updateMessage(discreet);
}
