import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../test-support/context.js';
import { linkedCouple, signUp } from '../../test-support/factories.js';
import { type CreatedNotification, notify, onNotified } from './service.js';

const ctx = useTestContext();

describe('notifications', () => {
  it('a recipient sees their own, newest first, with who caused it; nobody else sees them', async () => {
    const { creator, partner, space } = await linkedCouple(ctx);
    const stranger = await signUp(ctx);
    const subject = { type: 'agreement', id: '0190f2a4-5d6e-7c3b-8a9d-0123456789ab' };
    await notify(ctx.deps, {
      recipientUserId: creator.id,
      coupleId: space.id,
      kind: 'agreement.proposed',
      subject,
      actorUserId: partner.id,
    });
    ctx.clock.advance(1000);
    await notify(ctx.deps, {
      recipientUserId: creator.id,
      coupleId: space.id,
      kind: 'agreement.ended',
      subject,
      actorUserId: partner.id,
    });
    const { status, body } = await creator.client.get('/api/v1/notifications');
    expect(status).toBe(200);
    expect(body.unread).toBe(2);
    expect(body.notifications.map((n: { kind: string }) => n.kind)).toEqual([
      'agreement.ended',
      'agreement.proposed',
    ]);
    expect(body.notifications[0]).toMatchObject({ subject, actorName: 'Sam', read: false });
    for (const other of [partner, stranger]) {
      const seen = (await other.client.get('/api/v1/notifications')).body;
      expect(seen).toEqual({ unread: 0, notifications: [] });
    }
  });

  it('nobody is notified of their own action', async () => {
    const { creator, space } = await linkedCouple(ctx);
    await notify(ctx.deps, {
      recipientUserId: creator.id,
      coupleId: space.id,
      kind: 'agreement.accepted',
      actorUserId: creator.id,
    });
    expect((await creator.client.get('/api/v1/notifications')).body.unread).toBe(0);
  });

  it('marks some read, then all; another person cannot mark yours', async () => {
    const { creator, partner, space } = await linkedCouple(ctx);
    for (const kind of ['agreement.proposed', 'agreement.accepted', 'agreement.ended'] as const) {
      await notify(ctx.deps, {
        recipientUserId: creator.id,
        coupleId: space.id,
        kind,
        actorUserId: partner.id,
      });
    }
    const listed = (await creator.client.get('/api/v1/notifications')).body.notifications;
    const firstId: string = listed[0].id;
    expect(
      (await partner.client.post('/api/v1/notifications/read', { ids: [firstId] })).status,
    ).toBe(204);
    expect((await creator.client.get('/api/v1/notifications')).body.unread).toBe(3);
    await creator.client.post('/api/v1/notifications/read', { ids: [firstId] });
    const after = (await creator.client.get('/api/v1/notifications')).body;
    expect(after.unread).toBe(2);
    expect(after.notifications[0].read).toBe(true);
    await creator.client.post('/api/v1/notifications/read', { all: true });
    expect((await creator.client.get('/api/v1/notifications')).body.unread).toBe(0);
  });

  it('refuses an empty or mixed request to mark read', async () => {
    const person = await signUp(ctx);
    for (const body of [{ ids: [] }, { all: false }, { ids: ['x'] }, {}]) {
      expect((await person.client.post('/api/v1/notifications/read', body)).status).toBe(400);
    }
  });

  it('hides notifications from a space the person has left', async () => {
    const { creator, partner, space } = await linkedCouple(ctx);
    await notify(ctx.deps, {
      recipientUserId: partner.id,
      coupleId: space.id,
      kind: 'agreement.proposed',
      actorUserId: creator.id,
    });
    expect((await partner.client.get('/api/v1/notifications')).body.unread).toBe(1);
    expect((await partner.client.post('/api/v1/space/leave')).status).toBe(204);
    expect((await partner.client.get('/api/v1/notifications')).body).toEqual({
      unread: 0,
      notifications: [],
    });
  });

  it('hands each notification to listeners in its own transaction, and rolls back with them', async () => {
    const { creator, partner, space } = await linkedCouple(ctx);
    const heard: CreatedNotification[] = [];
    const stopHearing = onNotified(async (_db, notification) => {
      heard.push(notification);
    });
    const stopFailing = onNotified(async (_db, notification) => {
      if (notification.kind === 'agreement.ended') throw new Error('delivery refused');
    });
    try {
      await notify(ctx.deps, {
        recipientUserId: creator.id,
        coupleId: space.id,
        kind: 'agreement.proposed',
        actorUserId: partner.id,
      });
      await expect(
        notify(ctx.deps, {
          recipientUserId: creator.id,
          coupleId: space.id,
          kind: 'agreement.ended',
          actorUserId: partner.id,
        }),
      ).rejects.toThrow('delivery refused');
    } finally {
      stopHearing();
      stopFailing();
    }
    expect(heard.map((n) => n.kind)).toEqual(['agreement.proposed', 'agreement.ended']);
    const kinds = (await creator.client.get('/api/v1/notifications')).body.notifications.map(
      (n: { kind: string }) => n.kind,
    );
    expect(kinds).toEqual(['agreement.proposed']);
  });
});
