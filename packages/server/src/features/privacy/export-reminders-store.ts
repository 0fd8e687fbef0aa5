import type { AmendDb } from '../../db/database.js';
import { reminderPreferencesOf } from '../reminders/preferences-store.js';

/**
 * Reminders and delivery outside the app: the person's choices, the browsers they asked for
 * notifications on (the push service's address only; the browser's keys are secrets of the
 * subscription), every e-mail and push message sent or tried (kind and time, never content),
 * and whether they have a calendar link (its secret is kept only as a hash and cannot be shown).
 */
export interface RemindersData {
  readonly preferences: unknown;
  readonly pushDevices: readonly { endpoint: string; createdAt: Date }[];
  readonly messages: readonly {
    channel: string;
    topic: string;
    status: string;
    attempts: number;
    createdAt: Date;
    sentAt: Date | null;
  }[];
  readonly calendarLinkCreatedAt: Date | null;
}

export async function readRemindersData(db: AmendDb, userId: string): Promise<RemindersData> {
  const [preferences, pushDevices, messages, calendar] = await Promise.all([
    reminderPreferencesOf(db, userId),
    db
      .selectFrom('push_subscriptions')
      .select(['endpoint', 'created_at'])
      .where('user_id', '=', userId)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('outbound_messages')
      .select(['channel', 'topic', 'status', 'attempts', 'created_at', 'sent_at'])
      .where('user_id', '=', userId)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('calendar_feeds')
      .select('created_at')
      .where('user_id', '=', userId)
      .executeTakeFirst(),
  ]);
  return {
    preferences,
    pushDevices: pushDevices.map((row) => ({ endpoint: row.endpoint, createdAt: row.created_at })),
    messages: messages.map((row) => ({
      channel: row.channel,
      topic: row.topic,
      status: row.status,
      attempts: row.attempts,
      createdAt: row.created_at,
      sentAt: row.sent_at,
    })),
    calendarLinkCreatedAt: calendar?.created_at ?? null,
  };
}
