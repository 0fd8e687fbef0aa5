import { describe, expect, it } from 'vitest';
import { useTestContext } from '../test-support/context.js';
import { DEMO_THERAPIST } from './demo-practice.js';
import { DEMO_PASSWORD, DEMO_PEOPLE, seedDemo } from './seed-demo.js';

const ctx = useTestContext();

describe('the demo space', () => {
  it('holds nine months of history for two partners, with setbacks, and is created once', async () => {
    expect(await seedDemo(ctx.deps)).toBe(true);
    expect(await seedDemo(ctx.deps)).toBe(false);
    const robin = ctx.client();
    const signedIn = await robin.post('/api/v1/sessions', {
      email: DEMO_PEOPLE.hurt.email,
      password: DEMO_PASSWORD,
    });
    expect(signedIn.status).toBe(200);
    const { body } = await robin.get('/api/v1/progress');
    const [you, partner] = [
      body.metrics.trust.partners.find((p: { isYou: boolean }) => p.isYou),
      body.metrics.trust.partners.find((p: { isYou: boolean }) => !p.isYou),
    ];
    expect(you.weeks).toBeGreaterThan(30);
    expect(partner.displayName).toBe('Sam');
    expect(you.latest).toBeGreaterThan(you.first);
    expect(you.setbacks.length).toBeGreaterThanOrEqual(1);
    const bandWeeks = body.metrics.trust.band.low.filter((low: number | null) => low !== null);
    expect(bandWeeks.length).toBeGreaterThan(30);
    expect(body.weeksInRecovery).toBeGreaterThanOrEqual(39);
    // The rest of a full dashboard: questionnaires over time, sessions, setbacks, the path.
    const trustScores = body.questionnaires.find((q: { id: string }) => q.id === 'amend-trust');
    expect(trustScores.responses.completedAt.length).toBeGreaterThanOrEqual(9);
    expect(trustScores.latest.changeSinceBaseline).not.toBeNull();
    expect(body.attendance.total).toBeGreaterThan(25);
    expect(body.relapse).toMatchObject({ total: 2 });
    const path = (await robin.get('/api/v1/program')).body;
    expect(JSON.stringify(path)).toContain('done');
    // Talking and reconnecting: a conversation log both rate, meetings, fewer triggers.
    const talk = (await robin.get('/api/v1/conversations')).body;
    expect(talk.conversations.length).toBeGreaterThan(30);
    expect(talk.conversations.some((c: { source: string }) => c.source === 'meeting')).toBe(true);
    const sign = (key: string) => body.signs.find((s: { key: string }) => s.key === key);
    expect(sign('fewer_triggers').evidence.triggersPrevious4Weeks).toBeGreaterThanOrEqual(0);
    expect(sign('closeness').evidence.connectionMomentsLast4Weeks).toBeGreaterThan(0);
    // Their therapist sees four couples, the one with a fresh incident first.
    const therapist = ctx.client();
    await therapist.post('/api/v1/sessions', {
      email: DEMO_THERAPIST.email,
      password: DEMO_PASSWORD,
    });
    const caseload = (await therapist.get('/api/v1/therapist/caseload')).body.couples;
    expect(caseload).toHaveLength(4);
    expect(caseload[0].alerts.map((alert: { kind: string }) => alert.kind)).toContain('incident');
    const kinds = caseload.flatMap((c: { alerts: { kind: string }[] }) =>
      c.alerts.map((a) => a.kind),
    );
    expect(kinds).toContain('missed_checkins');
    expect(new Set(caseload.map((c: { weeksInRecovery: number }) => c.weeksInRecovery)).size).toBe(
      4,
    );
  });
});
