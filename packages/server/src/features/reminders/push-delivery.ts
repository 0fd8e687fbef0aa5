import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import {
  ensureVapidKeys,
  PushDeliveryError,
  sendPush,
  vapidSubjectOf,
} from '../../platform/push.js';
import type { JobDeps } from './tasks.js';

type Db = Kysely<Database>;

/**
 * A push message goes to each of the person's devices (browsers that subscribed). One device's
 * push service failing must not send the message again to those that got it, so the devices
 * still to reach travel with the retry, as a comma-separated list of subscription ids (job
 * payloads hold plain values only).
 */
export function devicesOf(list: string | undefined): readonly string[] | null {
  if (list === undefined || list === '') return null;
  return list.split(',');
}

export function deviceList(ids: readonly string[]): string {
  return ids.join(',');
}

/**
 * Sends `body` to the person's devices (`devices`, or all of them when null) and answers the
 * ones that failed, with the push service's reason. A device its push service says is gone is
 * forgotten, and counts as done.
 */
export async function pushToDevices(
  deps: JobDeps,
  userId: string,
  body: string,
  devices: readonly string[] | null,
): Promise<{ id: string; reason: string }[]> {
  const db: Db = deps.db;
  let query = db
    .selectFrom('push_subscriptions')
    .select(['id', 'endpoint', 'p256dh', 'auth'])
    .where('user_id', '=', userId);
  if (devices !== null) {
    // A retry for devices that have all been removed since has nothing left to do.
    if (devices.length === 0) return [];
    query = query.where('id', 'in', [...devices]);
  }
  const subscriptions = await query.execute();
  if (subscriptions.length === 0) return [];
  const vapid = await ensureVapidKeys(db, deps.now());
  const subject = vapidSubjectOf(deps.config.mailFrom, deps.config.publicUrl);
  const failed: { id: string; reason: string }[] = [];
  for (const subscription of subscriptions) {
    try {
      if ((await sendPush(subscription, body, vapid, subject)) === 'gone') {
        await db
          .deleteFrom('push_subscriptions')
          .where('user_id', '=', userId)
          .where('id', '=', subscription.id)
          .execute();
      }
    } catch (error) {
      failed.push({
        id: subscription.id,
        reason: error instanceof PushDeliveryError ? error.message : 'push failed',
      });
    }
  }
  return failed;
}
