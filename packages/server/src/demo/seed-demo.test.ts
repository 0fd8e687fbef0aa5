import { describe, expect, it } from 'vitest';
import { useTestContext } from '../test-support/context.js';
import { DEMO_PASSWORD, DEMO_PEOPLE, seedDemo } from './seed-demo.js';

const ctx = useTestContext();

describe('the demo space', () => {
  it('holds nine months of check-ins for two partners, with setbacks, and is created once', async () => {
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
    expect(body.metrics.trust.band.length).toBeGreaterThan(30);
    expect(body.weeksInRecovery).toBeGreaterThanOrEqual(39);
  });
});
