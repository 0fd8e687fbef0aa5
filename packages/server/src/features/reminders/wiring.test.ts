import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../test-support/context.js';
import { linkedCouple, memberIdOf } from '../../test-support/factories.js';
import {
  consent,
  EVERY_CATEGORY,
  linkTherapist,
  signUpTherapist,
} from '../../test-support/therapists.js';

const ctx = useTestContext();
const HOUR = 3_600_000;

async function queued(key: string): Promise<Date | null> {
  const { rows } = await sql<{ run_at: Date }>`
    SELECT run_at FROM graphile_worker.jobs WHERE key = ${key}`.execute(ctx.database.db);
  return rows[0]?.run_at ?? null;
}

// Other features schedule through the job engine with one call; these check they do.
describe('reminders scheduled by other features', () => {
  it('a therapist’s appointment queues each expected partner’s reminder, a day ahead by default', async () => {
    const { creator, partner } = await linkedCouple(ctx);
    const therapist = await signUpTherapist(ctx);
    const coupleId = await linkTherapist(creator, therapist);
    await consent(creator, therapist, EVERY_CATEGORY);
    await consent(partner, therapist, EVERY_CATEGORY);
    const startsAt = new Date(Date.now() + 3 * 24 * HOUR);
    startsAt.setUTCHours(14, 0, 0, 0);
    const booked = await therapist.client.post(
      `/api/v1/therapist/couples/${coupleId}/appointments`,
      {
        startsAt: startsAt.toISOString(),
        kind: 'individual',
        invitees: [await memberIdOf(ctx, creator.id)],
      },
    );
    expect(booked.status, JSON.stringify(booked.body)).toBe(201);
    const id = booked.body.id as string;
    expect(await queued(`reminder:${creator.id}:therapy_session:${id}`)).toEqual(
      new Date(startsAt.getTime() - 24 * HOUR),
    );
    expect(await queued(`reminder:${partner.id}:therapy_session:${id}`)).toBeNull();
  });

  it('a pause queues "time to come back" for both at the agreed time, and ending it early takes it back', async () => {
    const { creator, partner } = await linkedCouple(ctx);
    const called = await partner.client.post('/api/v1/time-outs', { minutes: 30 });
    expect(called.status, JSON.stringify(called.body)).toBe(201);
    const { id, returnAt } = called.body as { id: string; returnAt: string };
    for (const person of [creator, partner]) {
      expect(await queued(`reminder:${person.id}:update:time_out:${id}`)).toEqual(
        new Date(returnAt),
      );
    }
    expect((await partner.client.post(`/api/v1/time-outs/${id}/end`)).status).toBe(204);
    for (const person of [creator, partner]) {
      expect(await queued(`reminder:${person.id}:update:time_out:${id}`)).toBeNull();
    }
  });

  it('an agreement in force queues both partners’ review-date reminders; ending it removes them', async () => {
    const { creator, partner } = await linkedCouple(ctx);
    const proposed = await creator.client.post('/api/v1/agreements', {
      title: 'Phones away at dinner',
      practice: 'Both phones stay in the hall during dinner.',
      category: 'other',
      reviewOn: '2099-03-01',
    });
    const id = proposed.body.id as string;
    expect(await queued(`reminder:${creator.id}:agreement_review:${id}`)).toBeNull();
    await partner.client.post(`/api/v1/agreements/${id}/answers`, { version: 1, answer: 'accept' });
    for (const person of [creator, partner]) {
      const at = await queued(`reminder:${person.id}:agreement_review:${id}`);
      expect(at?.toISOString()).toBe('2099-03-01T09:00:00.000Z'); // 09:00 in London, winter
    }
    await creator.client.post(`/api/v1/agreements/${id}/end`, { reason: 'We chose another' });
    for (const person of [creator, partner]) {
      expect(await queued(`reminder:${person.id}:agreement_review:${id}`)).toBeNull();
    }
  });
});
