import { AMEND_TRUST } from '@amend/core';
import { afterEach, describe, expect, it } from 'vitest';
import { useTestContext } from '../../test-support/context.js';
import {
  createSpace,
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
    const trust = response.body.metrics.trust;
    const you = trust.partners.find((p: { isYou: boolean }) => p.isYou);
    const them = trust.partners.find((p: { isYou: boolean }) => !p.isYou);
    expect(you.weekly.map((w: { value: number }) => w.value)).toEqual(creatorTrust);
    expect(you).toMatchObject({ displayName: 'Alex', first: 3, latest: 2, weeks: 8 });
    expect(you.setbacks.map((s: { weekStart: string }) => s.weekStart)).toEqual(['2027-01-11']);
    expect(them).toMatchObject({ displayName: 'Sam', first: 5, latest: 5, setbacks: [] });
    expect(them.trend.direction).toBe('steady');

    expect(trust.gap.at(-1)).toEqual({ weekStart: '2027-01-11', a: 2, b: 5, gap: -3 });
    const partnerView = (await partner.client.get('/api/v1/progress')).body.metrics.trust;
    expect(partnerView.gap.at(-1).gap).toBe(3);

    expect(trust.band.length).toBe(8);
    for (const week of trust.band) expect(week.low).toBeLessThanOrEqual(week.high);
    expect(trust.band[0].low).toBeGreaterThanOrEqual(2);
    expect(trust.band[0].high).toBeLessThanOrEqual(3.5);
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
      weekly: [],
      first: null,
      latest: null,
      weeks: 0,
    });
    expect(body.metrics.trust.band).toEqual([]);
    expect(body.metrics.trust.gap).toEqual([]);
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
    expect(body.attendance.weekly.at(-1).cumulative).toBe(1);
    expect(body.attendance.benchmark.typicalEnd).toEqual({ low: 8, high: 12 });
    const trust = body.questionnaires.find((q: { id: string }) => q.id === 'amend-trust');
    expect(trust.responses).toEqual([]);
    const partnerTrust = (await partner.client.get('/api/v1/progress')).body.questionnaires.find(
      (q: { id: string }) => q.id === 'amend-trust',
    );
    expect(partnerTrust.latest).toMatchObject({ total: 4, baseline: true });
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
