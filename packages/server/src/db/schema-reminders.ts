import type { ColumnType } from 'kysely';

/** Kysely's view of reminders, delivery and calendar links (migration 0015). */
export interface RemindersTables {
  instance_secrets: InstanceSecretsTable;
  reminder_preferences: ReminderPreferencesTable;
  push_subscriptions: PushSubscriptionsTable;
  outbound_messages: OutboundMessagesTable;
  calendar_feeds: CalendarFeedsTable;
}

export interface InstanceSecretsTable {
  name: string;
  value: string;
  created_at: Date;
}

export interface ReminderPreferencesTable {
  user_id: string;
  time_zone: string;
  quiet_start_minute: number | null;
  quiet_end_minute: number | null;
  checkin_weekday: number;
  checkin_minute: number;
  meeting_weekday: number;
  meeting_minute: number;
  date_reminder_minute: number;
  session_lead_minutes: number;
  /** JSON text on the way in, parsed by the driver on the way out. */
  channels: ColumnType<unknown, string, string>;
  updates_email: boolean;
  updates_push: boolean;
  updated_at: Date;
}

export interface PushSubscriptionsTable {
  user_id: string;
  id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  created_at: Date;
}

export type OutboundChannel = 'email' | 'push';
export type OutboundStatus = 'pending' | 'sent' | 'undeliverable';

export interface OutboundMessagesTable {
  user_id: string;
  id: string;
  channel: OutboundChannel;
  topic: string;
  occurrence: string;
  status: OutboundStatus;
  attempts: ColumnType<number, number | undefined, number>;
  last_error: string | null;
  created_at: Date;
  updated_at: Date;
  sent_at: Date | null;
}

export interface CalendarFeedsTable {
  user_id: string;
  token_hash: Buffer;
  created_at: Date;
}
