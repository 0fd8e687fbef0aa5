import { defaultReminderPreferences } from '@amend/core';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDueJobs } from '../../platform/jobs.js';
import { useTestContext } from '../../test-support/context.js';
import { signUp } from '../../test-support/factories.js';
import { type PushReceiver, startPushReceiver } from '../../test-support/push-receiver.js';
import { queueUpdateDelivery } from './outbound.js';
import { reminderTasks } from './tasks.js';

const ctx = useTestContext();
// Two devices, each behind its own push service, so one can fail while the other works.
let phone: PushReceiver;
let laptop: PushReceiver;
beforeAll(async () => {
  [phone, laptop] = await Promise.all([startPushReceiver(), startPushReceiver()]);
});
afterAll(async () => {
  await Promise.all([phone.close(), laptop.close()]);
});

async function workDueJobs() {
  await runDueJobs({
    pool: ctx.database.pool,
    tasks: reminderTasks(ctx.deps),
    log: pino({ level: 'silent' }),
  });
}

/** Lets every waiting job's back-off pass. */
async function skipBackoff() {
  await ctx.database.db
    .updateTable('graphile_worker._private_jobs' as never)
    .set({ run_at: new Date() } as never)
    .execute();
}

describe('a push retried after one device failed', () => {
  it('goes only to the device that failed, and the message counts as sent once it gets there', async () => {
    const person = await signUp(ctx);
    await person.client.request('PUT', '/api/v1/me/reminders', {
      preferences: {
        ...defaultReminderPreferences('Europe/London'),
        updates: { email: false, push: true },
      },
    });
    // Loopback endpoints cannot be subscribed through the API (it refuses local addresses).
    for (const device of [phone, laptop]) {
      await ctx.database.db
        .insertInto('push_subscriptions')
        .values({
          user_id: person.id,
          id: crypto.randomUUID(),
          endpoint: device.endpoint,
          p256dh: device.keys.p256dh,
          auth: device.keys.auth,
          created_at: new Date(),
        })
        .execute();
    }
    laptop.answerWith(503);
    await queueUpdateDelivery(ctx.database.db, person.id, crypto.randomUUID(), new Date());
    await workDueJobs();
    expect([phone.received.length, laptop.received.length]).toEqual([1, 1]);
    const message = () =>
      ctx.database.db
        .selectFrom('outbound_messages')
        .select(['status', 'attempts', 'last_error'])
        .where('user_id', '=', person.id)
        .executeTakeFirstOrThrow();
    expect(await message()).toEqual({
      status: 'pending',
      attempts: 1,
      last_error: 'push service answered 503',
    });

    // Still down at the next try: again only the laptop is tried.
    await skipBackoff();
    await workDueJobs();
    expect([phone.received.length, laptop.received.length]).toEqual([1, 2]);
    expect((await message()).attempts).toBe(2);

    laptop.answerWith(201);
    await skipBackoff();
    await workDueJobs();
    await skipBackoff();
    await workDueJobs();
    expect([phone.received.length, laptop.received.length]).toEqual([1, 3]);
    expect(await message()).toMatchObject({ status: 'sent', attempts: 3 });
    expect(phone.decrypt(phone.received[0] as (typeof phone.received)[number])).toBe(
      laptop.decrypt(laptop.received[2] as (typeof laptop.received)[number]),
    );
  });
});
