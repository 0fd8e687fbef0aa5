import { defaultReminderPreferences } from '@amend/core';
import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDueJobs } from '../../platform/jobs.js';
import { TEST_ADMIN_EMAIL, useTestContext } from '../../test-support/context.js';
import { createSpace, signUp } from '../../test-support/factories.js';
import {
  type PushReceiver,
  startPushReceiver,
  verifyVapid,
} from '../../test-support/push-receiver.js';
import { queueUpdateDelivery } from './outbound.js';
import { reminderTasks } from './tasks.js';

const ctx = useTestContext();
let receiver: PushReceiver;
beforeAll(async () => {
  receiver = await startPushReceiver();
});
afterAll(async () => {
  await receiver.close();
});

async function workDueJobs() {
  await runDueJobs({
    pool: ctx.database.pool,
    tasks: reminderTasks(ctx.deps),
    log: pino({ level: 'silent' }),
  });
}

describe('reminder preferences', () => {
  it('start with nothing sent, in the account time zone, and save with a weekly job', async () => {
    const person = await signUp(ctx, { timeZone: 'Australia/Sydney' });
    const first = await person.client.get('/api/v1/me/reminders');
    expect(first.status).toBe(200);
    expect(first.body.preferences).toEqual(defaultReminderPreferences('Australia/Sydney'));
    expect(first.body.pushDevices).toBe(0);

    const chosen = {
      ...first.body.preferences,
      checkinTime: { weekday: 1, minuteOfDay: 8 * 60 + 30 },
      channels: { ...first.body.preferences.channels, weekly_checkin: { email: true, push: true } },
    };
    const saved = await person.client.request('PUT', '/api/v1/me/reminders', {
      preferences: chosen,
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect((await person.client.get('/api/v1/me/reminders')).body.preferences).toEqual(chosen);
    const jobs = await ctx.database.db
      .selectFrom('graphile_worker.jobs' as never)
      .select(['key' as never])
      .execute();
    expect(jobs).toContainEqual({ key: `reminder:${person.id}:weekly_checkin` });
  });

  it('refuses an unknown time zone and names the field', async () => {
    const person = await signUp(ctx);
    const preferences = { ...defaultReminderPreferences('Europe/London'), timeZone: 'Moon/Base' };
    const refused = await person.client.request('PUT', '/api/v1/me/reminders', { preferences });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([
      { field: 'timeZone', message: 'Choose a time zone from the list.' },
    ]);
  });
});

describe('web push', () => {
  it('keeps one VAPID key pair for the instance', async () => {
    const person = await signUp(ctx);
    const first = await person.client.get('/api/v1/push/public-key');
    const again = await person.client.get('/api/v1/push/public-key');
    expect(first.status).toBe(200);
    expect(Buffer.from(first.body.publicKey, 'base64url')).toHaveLength(65);
    expect(again.body.publicKey).toBe(first.body.publicKey);
  });

  it('accepts https push services and refuses addresses on the local network', async () => {
    const person = await signUp(ctx);
    const keys = receiver.keys;
    for (const endpoint of [
      receiver.endpoint,
      'https://127.0.0.1/push',
      'https://[::1]/push',
      'https://localhost/push',
      'https://printer.internal/push',
      'ftp://push.example.org/x',
    ]) {
      const refused = await person.client.post('/api/v1/me/push-subscriptions', { endpoint, keys });
      expect(refused.status, endpoint).toBe(400);
    }
    const endpoint = 'https://push.example.org/send/abc';
    expect(
      (await person.client.post('/api/v1/me/push-subscriptions', { endpoint, keys })).status,
    ).toBe(204);
    expect((await person.client.get('/api/v1/me/reminders')).body.pushDevices).toBe(1);
    const removed = await person.client.request('DELETE', '/api/v1/me/push-subscriptions', {
      endpoint,
    });
    expect(removed.status).toBe(204);
    expect((await person.client.get('/api/v1/me/reminders')).body.pushDevices).toBe(0);
  });

  it('sends an update as a signed, encrypted push that says nothing sensitive, once', async () => {
    const person = await signUp(ctx);
    const preferences = {
      ...defaultReminderPreferences('Europe/London'),
      updates: { email: false, push: true },
    };
    await person.client.request('PUT', '/api/v1/me/reminders', { preferences });
    // A loopback endpoint cannot be subscribed through the API (it refuses local addresses).
    await ctx.database.db
      .insertInto('push_subscriptions')
      .values({
        user_id: person.id,
        id: crypto.randomUUID(),
        endpoint: receiver.endpoint,
        p256dh: receiver.keys.p256dh,
        auth: receiver.keys.auth,
        created_at: new Date(),
      })
      .execute();
    const notificationId = crypto.randomUUID();
    await queueUpdateDelivery(ctx.database.db, person.id, notificationId, new Date());
    await queueUpdateDelivery(ctx.database.db, person.id, notificationId, new Date());
    await workDueJobs();

    expect(receiver.received).toHaveLength(1);
    const [push] = receiver.received;
    if (!push) throw new Error('no push received');
    expect(push.headers['content-encoding']).toBe('aes128gcm');
    expect(push.headers.ttl).toBe('86400');
    const { publicKey } = verifyVapid(String(push.headers.authorization), receiver.endpoint);
    expect(publicKey).toBe((await person.client.get('/api/v1/push/public-key')).body.publicKey);
    expect(JSON.parse(receiver.decrypt(push))).toEqual({
      title: 'You have an update in Amend',
      body: 'Open Amend to see it.',
      url: '/',
      discreet: false,
    });
  });

  it('retries while the push service is down, shows it to administrators, and forgets a gone browser', async () => {
    const person = await signUp(ctx);
    const preferences = {
      ...defaultReminderPreferences('Europe/London'),
      updates: { email: false, push: true },
    };
    await person.client.request('PUT', '/api/v1/me/reminders', { preferences });
    const subscriptionId = crypto.randomUUID();
    await ctx.database.db
      .insertInto('push_subscriptions')
      .values({
        user_id: person.id,
        id: subscriptionId,
        endpoint: `${receiver.endpoint}/second`,
        p256dh: receiver.keys.p256dh,
        auth: receiver.keys.auth,
        created_at: new Date(),
      })
      .execute();
    receiver.answerWith(503);
    await queueUpdateDelivery(ctx.database.db, person.id, crypto.randomUUID(), new Date());
    await workDueJobs();

    const admin = await signUp(ctx, { email: TEST_ADMIN_EMAIL });
    const failing = await admin.client.get('/api/v1/admin/deliveries');
    expect(failing.status).toBe(200);
    expect(failing.body.retrying).toBeGreaterThanOrEqual(1);
    expect(failing.body.messages[0]).toMatchObject({
      channel: 'push',
      topic: 'update',
      status: 'pending',
      attempts: 1,
      lastError: 'push service answered 503',
    });
    expect(JSON.stringify(failing.body)).not.toContain(person.email);
    expect((await person.client.get('/api/v1/admin/deliveries')).status).toBe(404);

    receiver.answerWith(410);
    await ctx.database.db
      .updateTable('graphile_worker._private_jobs' as never)
      .set({ run_at: new Date() } as never)
      .execute();
    await workDueJobs();
    const left = await ctx.database.db
      .selectFrom('push_subscriptions')
      .select('id')
      .where('id', '=', subscriptionId)
      .execute();
    expect(left).toEqual([]);
    receiver.answerWith(201);
  });
});

describe('private calendar link', () => {
  it('works without signing in, is shown once, and stops working when revoked or replaced', async () => {
    const person = await signUp(ctx, { timeZone: 'America/Chicago' });
    await createSpace(person);
    await person.client.request('PUT', '/api/v1/me/reminders', {
      preferences: defaultReminderPreferences('America/Chicago'),
    });
    expect((await person.client.get('/api/v1/me/calendar-link')).body).toEqual({
      active: false,
      createdAt: null,
    });
    const created = await person.client.post('/api/v1/me/calendar-link');
    expect(created.status).toBe(201);
    const path = new URL(created.body.url).pathname;
    expect(path).toMatch(/^\/api\/v1\/calendar\/[A-Za-z0-9_-]+\.ics$/);

    const calendarApp = ctx.client();
    const feed = await calendarApp.get(path);
    expect(feed.status).toBe(200);
    expect(String(feed.headers['content-type'])).toContain('text/calendar');
    expect(feed.rawBody.toString('utf8')).toContain('SUMMARY:Weekly meeting');
    expect(feed.rawBody.toString('utf8').match(/BEGIN:VEVENT/g)).toHaveLength(12);

    const replaced = await person.client.post('/api/v1/me/calendar-link');
    expect((await calendarApp.get(path)).status).toBe(404);
    const newPath = new URL(replaced.body.url).pathname;
    expect((await calendarApp.get(newPath)).status).toBe(200);
    expect((await person.client.delete('/api/v1/me/calendar-link')).status).toBe(204);
    expect((await calendarApp.get(newPath)).status).toBe(404);
  });
});

describe('deleting the account', () => {
  it('takes its waiting reminder and delivery jobs off the queue', async () => {
    const person = await signUp(ctx);
    const preferences = defaultReminderPreferences('Europe/London');
    await person.client.request('PUT', '/api/v1/me/reminders', {
      preferences: {
        ...preferences,
        channels: { ...preferences.channels, weekly_meeting: { email: true, push: false } },
        updates: { email: true, push: false },
      },
    });
    await queueUpdateDelivery(ctx.database.db, person.id, crypto.randomUUID(), new Date());
    const [message] = await ctx.database.db
      .selectFrom('outbound_messages')
      .select('id')
      .where('user_id', '=', person.id)
      .execute();
    const keys = [`reminder:${person.id}:weekly_meeting`, `deliver:${message?.id}`];
    const queuedFor = async () =>
      (
        await sql<{ count: string }>`
          SELECT count(*) AS count FROM graphile_worker.jobs
          WHERE key IN (${sql.join(keys)})`.execute(ctx.database.db)
      ).rows[0]?.count;
    expect(await queuedFor()).toBe('2');
    const deleted = await person.client.request('DELETE', '/api/v1/me', {
      password: person.password,
    });
    expect(deleted.status).toBe(204);
    expect(await queuedFor()).toBe('0');
  });
});
