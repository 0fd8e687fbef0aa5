import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../test-support/context.js';
import { linkedCouple } from '../../test-support/factories.js';

const ctx = useTestContext();

describe('therapy sessions', () => {
  it('a partner records a couple session; both see it, marked self-reported', async () => {
    const { creator, partner, space } = await linkedCouple(ctx);
    const attendees = space.members.map((member: { id: string }) => member.id);
    const created = await creator.client.post('/api/v1/therapy-sessions', {
      heldOn: '2026-11-02',
      kind: 'couple',
      attendees,
    });
    expect(created.status).toBe(201);
    const { body } = await partner.client.get('/api/v1/therapy-sessions');
    expect(body.sessions).toEqual([
      {
        id: created.body.id,
        heldOn: '2026-11-02',
        kind: 'couple',
        attendees: [
          { memberId: attendees[0], displayName: 'Alex' },
          { memberId: attendees[1], displayName: 'Sam' },
        ],
        verification: 'self_reported',
        recordedByYou: false,
      },
    ]);
  });

  it('refuses future dates and attendees from outside the space, and applies a retry once', async () => {
    const { creator, space } = await linkedCouple(ctx);
    const other = await linkedCouple(ctx);
    const mine = [space.members[0].id];
    const future = await creator.client.post('/api/v1/therapy-sessions', {
      heldOn: '2999-01-01',
      kind: 'individual',
      attendees: mine,
    });
    expect(future.body.errors[0].field).toBe('heldOn');
    const stranger = await creator.client.post('/api/v1/therapy-sessions', {
      heldOn: '2026-11-01',
      kind: 'individual',
      attendees: [other.space.members[0].id],
    });
    expect(stranger.body.errors[0].field).toBe('attendees');
    const key = '0190f3a0-0000-7000-8000-0000000000bb';
    const body = { heldOn: '2026-11-01', kind: 'individual', attendees: mine, idempotencyKey: key };
    const first = await creator.client.post('/api/v1/therapy-sessions', body);
    const retry = await creator.client.post('/api/v1/therapy-sessions', body);
    expect([first.status, retry.status]).toEqual([201, 200]);
    expect((await creator.client.get('/api/v1/therapy-sessions')).body.sessions).toHaveLength(1);
  });
});
