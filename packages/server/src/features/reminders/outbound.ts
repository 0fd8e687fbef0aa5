import type { DeliveryChannels } from '@amend/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { OutboundChannel } from '../../db/schema-reminders.js';
import { addJob } from '../../platform/jobs.js';
import { newId } from '../../platform/tokens.js';
import { reminderPreferencesOf } from './preferences-store.js';

type Db = Kysely<Database>;

export const DELIVER_TASK = 'message.deliver';

export interface DeliverPayload {
  readonly userId: string;
  readonly messageId: string;
  /** A push retry: the devices still to reach (see push-delivery.ts); absent means all. */
  readonly devices?: string;
}

/**
 * Claims one outbound message per chosen channel and queues its delivery. The row's unique key
 * (person, channel, topic, occurrence) is the send record: a second claim for the same
 * occurrence finds the row and queues nothing, so a job that runs twice sends once.
 */
export async function claimOutboundMessages(
  db: Db,
  userId: string,
  channels: DeliveryChannels,
  topic: string,
  occurrence: string,
  now: Date,
): Promise<number> {
  const chosen: OutboundChannel[] = [];
  if (channels.email) chosen.push('email');
  if (channels.push) chosen.push('push');
  let queued = 0;
  for (const channel of chosen) {
    const claimed = await db
      .insertInto('outbound_messages')
      .values({
        user_id: userId,
        id: newId(),
        channel,
        topic,
        occurrence,
        status: 'pending',
        created_at: now,
        updated_at: now,
      })
      .onConflict((conflict) =>
        conflict.columns(['user_id', 'channel', 'topic', 'occurrence']).doNothing(),
      )
      .returning('id')
      .executeTakeFirst();
    if (!claimed) continue;
    await addJob(db, {
      task: DELIVER_TASK,
      payload: { userId, messageId: claimed.id },
      jobKey: `deliver:${claimed.id}`,
    });
    queued += 1;
  }
  return queued;
}

/**
 * The hook for in-app notifications: sends "You have an update" by e-mail and/or push, as the
 * person chose, for the notification `notificationId` (once, however often this is called).
 * Call it in the transaction that creates the notification.
 */
export async function queueUpdateDelivery(
  db: Db,
  userId: string,
  notificationId: string,
  now: Date,
): Promise<number> {
  const preferences = await reminderPreferencesOf(db, userId);
  if (!preferences) return 0;
  return claimOutboundMessages(db, userId, preferences.updates, 'update', notificationId, now);
}
