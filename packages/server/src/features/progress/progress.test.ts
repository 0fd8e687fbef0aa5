import { AMEND_TRUST } from '@amend/core';
import { afterEach, describe, expect, it } from 'vitest';
import { useTestContext } from '../../test-support/context.js';
import {
  createSpace,
  invite,
  linkedCouple,
  type SignedUpPerson,
  signUp,
} from '../../test-support/factories.js';

const ctx = useTestContext();
afterEach(() => ctx.clock.reset());

const DAY_MS = 86_400_000;

/** Moves to the next week; sessions end after 30 days at most, so each person signs in again. */
async function nextWeek(people: SignedUpPerson[]): Promise<void> {
  ctx.clock.advance(7 * DAY_MS);
  for (const person of people) {
    const signedIn = await person.client.post('/api/v1/sessions', {
      email: person.email,
      password: person.password,
    });
    expect(signedIn.status).toBe(200);
  }
}

const entry = (trust: number, closeness: number, honestConversations: number) => ({
  trust,
  closeness,
  honestConversations,
  mood: 'okay',
  noteVisibility: 'private',
});

describe('the progress dashboard', () => {
  it('shows each partner’s weekly line, the trend, a setback, the typical band and the perception gap', async () => {
    const { creator, partner } = await linkedCouple(ctx);
    ctx.clock.set(new Date('2026-11-23T10:00:00Z'));
    const creatorTrust = [3, 3, 4, 4, 5, 5, 6, 2];
    for (const [week, trust] of creatorTrust.entries()) {
      expect(
        (
          await creator.client.post(
            '/api/v1/checkins',
            entry(trust, 4 + (week % 2), week < 4 ? 1 : 3),
          )
        ).status,
      ).toBe(201);
      expect((await partner.client.post('/api/v1/checkins', entry(5, 5, 2))).status).toBe(201);
      if (week < creatorTrust.length - 1) await nextWeek([creator, partner]);
    }

    const response = await creator.client.get('/api/v1/progress');
    expect(response.status).toBe(200);
    // Every weekly series is aligned to one list of consecutive weeks, sent once.
    expect(response.body.firstWeek).toBe('2026-11-23');
    expect(response.body.weekCount).toBe(8);
    const trust = response.body.metrics.trust;
    const you = trust.partners.find((p: { isYou: boolean }) => p.isYou);
    const them = trust.partners.find((p: { isYou: boolean }) => !p.isYou);
    expect(you.values).toEqual(creatorTrust);
    expect(you).toMatchObject({ displayName: 'Alex', first: 3, latest: 2, weeks: 8 });
    // The dip in the eighth week (2027-01-11), 4 below what the weeks before suggested.
    expect(you.setbacks).toHaveLength(1);
    expect(you.setbacks[0]).toMatchObject({ week: 7 });
    expect(you.setbacks[0].expected - you.setbacks[0].drop).toBe(2);
    expect(them).toMatchObject({ displayName: 'Sam', first: 5, latest: 5, setbacks: [] });
    expect(them.values).toEqual(new Array(8).fill(5));
    expect(them.trend.direction).toBe('steady');

    expect(trust.gap).toEqual(creatorTrust.map((value) => value - 5));
    const partnerView = (await partner.client.get('/api/v1/progress')).body.metrics.trust;
    expect(partnerView.gap.at(-1)).toBe(3);

    expect(trust.band.low).toHaveLength(8);
    trust.band.low.forEach((low: number, week: number) => {
      expect(low).toBeLessThanOrEqual(trust.band.high[week]);
      // Two decimals on the wire.
      expect(Math.round(low * 100) / 100).toBe(low);
    });
    expect(trust.band.low[0]).toBeGreaterThanOrEqual(2);
    expect(trust.band.high[0]).toBeLessThanOrEqual(3.5);
    expect(trust.benchmark.typicalEnd).toEqual({ low: 7, high: 8 });
    expect(trust.benchmark.sourceNote).toMatch(/guide/i);

    const communication = response.body.metrics.communication;
    expect(communication.partners.find((p: { isYou: boolean }) => p.isYou).latest).toBe(3);
    expect(response.body.signs.map((sign: { key: string }) => sign.key).sort()).toEqual([
      'closeness',
      'commitment',
      'consistent_honesty',
      'less_suspicion',
      'openness',
    ]);
    const commitment = response.body.signs.find(
      (sign: { key: string }) => sign.key === 'commitment',
    );
    expect(commitment.status).toBe('showing');
  });

  it('starts empty, with no band and no sample data, before the first check-in', async () => {
    const person = await signUp(ctx);
    await createSpace(person);
    const { body } = await person.client.get('/api/v1/progress');
    expect(body.metrics.trust.partners).toHaveLength(1);
    expect(body.metrics.trust.partners[0]).toMatchObject({
      values: [],
      first: null,
      latest: null,
      weeks: 0,
    });
    expect(body).toMatchObject({ firstWeek: null, weekCount: 0 });
    expect(body.metrics.trust.band).toBeNull();
    expect(body.metrics.trust.gap).toBeNull();
    expect(body.weeksInRecovery).toBe(1);
  });

  it('counts incidents and therapy sessions, and shows your questionnaire scores but not your partner’s', async () => {
    const { creator, partner, space } = await linkedCouple(ctx);
    await partner.client.post('/api/v1/incidents', {
      kind: 'contact',
      disclosure: 'proactive',
      about: 'self',
      occurredOn: '2026-11-01',
    });
    const attendees = space.members.map((member: { id: string }) => member.id);
    await creator.client.post('/api/v1/therapy-sessions', {
      heldOn: '2026-11-20',
      kind: 'couple',
      attendees,
    });
    const answers = Object.fromEntries(AMEND_TRUST.items.map((item) => [item.id, 'neither']));
    await partner.client.post('/api/v1/questionnaires/amend-trust/responses', { answers });

    const { body } = await creator.client.get('/api/v1/progress');
    expect(body.relapse).toMatchObject({
      total: 1,
      proactive: 1,
      discovered: 0,
      byKind: { contact: 1 },
    });
    expect(body.relapse.benchmark.share).toEqual({ low: 0.1, high: 0.15 });
    expect(body.attendance.total).toBe(1);
    expect(body.attendance.cumulative.at(-1)).toBe(1);
    expect(body.attendance.bandLow).toHaveLength(body.attendance.cumulative.length);
    expect(body.attendance.benchmark.typicalEnd).toEqual({ low: 8, high: 12 });
    const trust = body.questionnaires.find((q: { id: string }) => q.id === 'amend-trust');
    expect(trust.responses).toEqual({ completedAt: [], total: [], band: [] });
    const partnerTrust = (await partner.client.get('/api/v1/progress')).body.questionnaires.find(
      (q: { id: string }) => q.id === 'amend-trust',
    );
    expect(partnerTrust.latest).toMatchObject({ total: 4, baseline: true });
    expect(partnerTrust.responses.total).toEqual([4]);
    expect(partnerTrust.responses.completedAt).toEqual([partnerTrust.latest.completedAt]);
  });

  it('lines up a partner whose week has already begun where they live', async () => {
    // Sunday noon in London: already Monday 30 November in Auckland, still Sunday in Honolulu.
    ctx.clock.set(new Date('2026-11-29T12:00:00Z'));
    const creator = await signUp(ctx, { displayName: 'Alex', timeZone: 'Pacific/Honolulu' });
    await createSpace(creator, 'hurt');
    const { token } = await invite(creator);
    const partner = await signUp(ctx, { displayName: 'Sam', timeZone: 'Pacific/Auckland' });
    const accepted = await partner.client.post('/api/v1/invitations/accept', {
      token,
      role: 'involved',
    });
    expect(accepted.status).toBe(200);
    expect((await creator.client.post('/api/v1/checkins', entry(4, 4, 1))).status).toBe(201);
    expect((await partner.client.post('/api/v1/checkins', entry(7, 7, 2))).status).toBe(201);

    const { body } = await creator.client.get('/api/v1/progress');
    expect(body).toMatchObject({ firstWeek: '2026-11-23', weekCount: 2 });
    const [you, them] = [true, false].map((isYou) =>
      body.metrics.trust.partners.find((p: { isYou: boolean }) => p.isYou === isYou),
    );
    expect(you.values).toEqual([4, null]);
    expect(them.values).toEqual([null, 7]);
    // No week both rated, so no gap yet.
    expect(body.metrics.trust.gap).toEqual([null, null]);
  });

  it('leaves out someone who has left the space', async () => {
    const { creator, partner } = await linkedCouple(ctx);
    await partner.client.post('/api/v1/checkins', entry(9, 9, 9));
    await partner.client.post('/api/v1/space/leave');
    const { body } = await creator.client.get('/api/v1/progress');
    expect(body.metrics.trust.partners.map((p: { displayName: string }) => p.displayName)).toEqual([
      'Alex',
    ]);
    expect(JSON.stringify(body)).not.toContain('Sam');
  });
});
