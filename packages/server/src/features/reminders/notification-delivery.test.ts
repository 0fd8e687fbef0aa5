import { defaultReminderPreferences, findSensitiveWords } from '@amend/core';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDueJobs } from '../../platform/jobs.js';
import { useTestContext } from '../../test-support/context.js';
import { linkedCouple } from '../../test-support/factories.js';
import { notify } from '../notifications/service.js';
import { deliverNotificationsOutside } from './notification-delivery.js';
import { reminderTasks } from './tasks.js';

const ctx = useTestContext();
let stopDelivering: () => void = () => {};
beforeAll(() => {
  stopDelivering = deliverNotificationsOutside();
});
afterAll(() => stopDelivering());

describe('updates sent on by e-mail', () => {
  it('a partner’s action reaches the other by e-mail once, in discreet words when chosen', async () => {
    const { creator, partner, space } = await linkedCouple(ctx);
    await creator.client.request('PUT', '/api/v1/me/reminders', {
      preferences: {
        ...defaultReminderPreferences('Europe/London'),
        updates: { email: true, push: false },
      },
    });
    await ctx.database.db
      .updateTable('users')
      .set({ discreet_mode: true })
      .where('id', '=', creator.id)
      .execute();
    await notify(ctx.deps, {
      recipientUserId: creator.id,
      coupleId: space.id,
      kind: 'agreement.proposed',
      actorUserId: partner.id,
    });
    // The partner chose nothing, so nothing reaches them outside the app.
    await notify(ctx.deps, {
      recipientUserId: partner.id,
      coupleId: space.id,
      kind: 'agreement.accepted',
      actorUserId: creator.id,
    });
    const work = () =>
      runDueJobs({
        pool: ctx.database.pool,
        tasks: reminderTasks(ctx.deps),
        log: pino({ level: 'silent' }),
      });
    await work();
    await work();

    const toCreator = ctx.smtp.received.filter((mail) => mail.to.includes(creator.email));
    expect(toCreator).toHaveLength(1);
    const raw = toCreator[0]?.raw ?? '';
    expect(raw).toContain('Subject: You have an update in Notes');
    expect(raw).toMatch(/From: Notes </);
    const body = raw.slice(raw.indexOf('\r\n\r\n'));
    expect(findSensitiveWords(body.replace(/http:\/\/amend\.test\S*/g, ''))).toEqual([]);
    expect(ctx.smtp.received.filter((mail) => mail.to.includes(partner.email))).toHaveLength(0);
  });
});
