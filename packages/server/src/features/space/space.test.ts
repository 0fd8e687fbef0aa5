import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../test-support/context.js';
import { createSpace, invite, linkedCouple, signUp } from '../../test-support/factories.js';

const ctx = useTestContext();
const DAY_MS = 86_400_000;

describe('a recovery space', () => {
  it('a person without a space is told so, not shown an error', async () => {
    const person = await signUp(ctx);
    const response = await person.client.get('/api/v1/space');
    expect(response.status).toBe(200);
    expect(response.body.space).toBeNull();
  });

  it('is created with its relationship type, the creator’s role and the date it came to light', async () => {
    const person = await signUp(ctx, { displayName: 'Alex' });
    const space = await createSpace(person, 'both', '2026-01-01');
    expect(space).toMatchObject({
      relationshipType: 'marriage',
      cameToLightOn: '2026-01-01',
      daysSinceBegan: 1,
      pendingInvitation: null,
      nextSteps: ['invite_partner'],
    });
    expect(space.members).toEqual([
      expect.objectContaining({ displayName: 'Alex', role: 'both', isYou: true }),
    ]);
    expect(space.daysSinceCameToLight).toBeGreaterThan(0);
  });

  it('counts the days since it began as time passes', async () => {
    const person = await signUp(ctx);
    await createSpace(person);
    ctx.clock.advance(3 * DAY_MS);
    try {
      expect((await person.client.get('/api/v1/space')).body.space.daysSinceBegan).toBe(4);
    } finally {
      ctx.clock.reset();
    }
  });

  it('refuses a date in the future or one that does not exist', async () => {
    const person = await signUp(ctx);
    for (const cameToLightOn of ['2999-01-01', '2026-02-30']) {
      const response = await person.client.post('/api/v1/space', {
        relationshipType: 'dating',
        role: 'hurt',
        cameToLightOn,
      });
      expect(response.status).toBe(400);
      expect(response.body.errors[0].field).toBe('cameToLightOn');
    }
    expect((await person.client.get('/api/v1/space')).body.space).toBeNull();
  });

  it('refuses an unknown relationship type or role', async () => {
    const person = await signUp(ctx);
    const response = await person.client.post('/api/v1/space', {
      relationshipType: 'situationship',
      role: 'hurt',
      cameToLightOn: '2026-01-01',
    });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
  });

  it('one person is in at most one active space', async () => {
    const person = await signUp(ctx);
    await createSpace(person);
    const second = await person.client.post('/api/v1/space', {
      relationshipType: 'other',
      role: 'hurt',
      cameToLightOn: '2026-01-01',
    });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('ALREADY_IN_SPACE');
    const memberships = await ctx.database.db
      .selectFrom('couple_members')
      .select('id')
      .where('user_id', '=', person.id)
      .execute();
    expect(memberships).toHaveLength(1);
  });
});

describe('inviting a partner', () => {
  it('gives a one-time link and a short code that expire in seven days', async () => {
    const person = await signUp(ctx);
    await createSpace(person);
    const response = await person.client.post('/api/v1/space/invitations');
    expect(response.status).toBe(201);
    const { code, link, expiresAt } = response.body.invitation;
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(link).toMatch(/^http:\/\/amend\.test\/join\/[A-Za-z0-9_-]{43}$/);
    const days = (new Date(expiresAt).getTime() - Date.now()) / DAY_MS;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);
    const space = (await person.client.get('/api/v1/space')).body.space;
    expect(space.pendingInvitation.id).toBe(response.body.invitation.id);
    expect(space.nextSteps).toEqual(['waiting_for_partner']);
  });

  it('stores neither the link token nor the code, only their hashes', async () => {
    const person = await signUp(ctx);
    await createSpace(person);
    const { id, code, token } = await invite(person);
    const row = await ctx.database.db
      .selectFrom('invitations')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(code);
    expect(JSON.stringify(row)).not.toContain(token);
  });

  it('the partner sees who invited them, accepts with their own role, and both see the space', async () => {
    const creator = await signUp(ctx, { displayName: 'Alex' });
    await createSpace(creator, 'hurt');
    const { code } = await invite(creator);
    const partner = await signUp(ctx, { displayName: 'Sam' });

    const preview = await partner.client.post('/api/v1/invitations/preview', {
      code: code.toLowerCase(),
    });
    expect(preview.status).toBe(200);
    expect(preview.body.invitation).toMatchObject({
      inviterName: 'Alex',
      relationshipType: 'marriage',
    });

    const accepted = await partner.client.post('/api/v1/invitations/accept', {
      code,
      role: 'involved',
    });
    expect(accepted.status).toBe(200);
    const members = accepted.body.space.members.map(
      (m: { displayName: string; role: string; isYou: boolean }) => [
        m.displayName,
        m.role,
        m.isYou,
      ],
    );
    expect(members).toEqual([
      ['Alex', 'hurt', false],
      ['Sam', 'involved', true],
    ]);
    const creatorView = (await creator.client.get('/api/v1/space')).body.space;
    expect(creatorView.id).toBe(accepted.body.space.id);
    expect(creatorView.nextSteps).toEqual(['together']);
    expect(creatorView.pendingInvitation).toBeNull();
  });

  it('an invitation works only once', async () => {
    const { creator } = await linkedCouple(ctx);
    expect(creator).toBeDefined();
    const other = await signUp(ctx);
    await createSpace(other);
    const { token } = await invite(other);
    const first = await signUp(ctx);
    expect(
      (await first.client.post('/api/v1/invitations/accept', { token, role: 'hurt' })).status,
    ).toBe(200);
    const second = await signUp(ctx);
    const again = await second.client.post('/api/v1/invitations/accept', { token, role: 'hurt' });
    expect(again.status).toBe(410);
    expect(again.body.code).toBe('INVITATION_USED');
    expect((await second.client.get('/api/v1/space')).body.space).toBeNull();
  });

  it('a full space cannot invite anyone else', async () => {
    const { creator } = await linkedCouple(ctx);
    const response = await creator.client.post('/api/v1/space/invitations');
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('SPACE_FULL');
  });

  it('an expired invitation is refused kindly', async () => {
    const creator = await signUp(ctx);
    await createSpace(creator);
    const { token } = await invite(creator);
    ctx.clock.advance(7 * DAY_MS + 1000);
    try {
      const partner = await signUp(ctx);
      const response = await partner.client.post('/api/v1/invitations/accept', {
        token,
        role: 'involved',
      });
      expect(response.status).toBe(410);
      expect(response.body.code).toBe('INVITATION_EXPIRED');
      expect(response.body.detail).toMatch(/new one/);
    } finally {
      ctx.clock.reset();
    }
  });

  it('a revoked invitation stops working, and a new one replaces the old', async () => {
    const creator = await signUp(ctx);
    await createSpace(creator);
    const first = await invite(creator);
    const second = await invite(creator);
    const partner = await signUp(ctx);
    const replaced = await partner.client.post('/api/v1/invitations/preview', {
      token: first.token,
    });
    expect(replaced.body.code).toBe('INVITATION_REVOKED');
    expect((await creator.client.delete(`/api/v1/space/invitations/${second.id}`)).status).toBe(
      204,
    );
    const revoked = await partner.client.post('/api/v1/invitations/accept', {
      code: second.code,
      role: 'involved',
    });
    expect(revoked.status).toBe(410);
    expect(revoked.body.code).toBe('INVITATION_REVOKED');
  });

  it('declining closes the invitation without joining', async () => {
    const creator = await signUp(ctx);
    await createSpace(creator);
    const { token } = await invite(creator);
    const partner = await signUp(ctx);
    expect((await partner.client.post('/api/v1/invitations/decline', { token })).status).toBe(204);
    expect((await partner.client.get('/api/v1/space')).body.space).toBeNull();
    const later = await partner.client.post('/api/v1/invitations/accept', { token, role: 'hurt' });
    expect(later.body.code).toBe('INVITATION_USED');
  });

  it('nobody can accept their own invitation', async () => {
    const creator = await signUp(ctx);
    await createSpace(creator);
    const { code } = await invite(creator);
    const response = await creator.client.post('/api/v1/invitations/accept', {
      code,
      role: 'hurt',
    });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('INVITATION_OWN');
  });

  it('a person already in a space cannot join a second one', async () => {
    const creator = await signUp(ctx);
    await createSpace(creator);
    const { code } = await invite(creator);
    const busy = await signUp(ctx);
    await createSpace(busy);
    const response = await busy.client.post('/api/v1/invitations/accept', { code, role: 'hurt' });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('ALREADY_IN_SPACE');
  });

  it('an unknown code or token says it could not be found', async () => {
    const person = await signUp(ctx);
    for (const body of [{ code: 'ZZZZ-ZZZZ' }, { code: 'nonsense' }, { token: 'x'.repeat(43) }]) {
      const response = await person.client.post('/api/v1/invitations/preview', body);
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('INVITATION_NOT_FOUND');
    }
  });
});

describe('leaving a space', () => {
  it('the partner who stays keeps the space; the one who left can start again', async () => {
    const { creator, partner } = await linkedCouple(ctx);
    expect((await partner.client.post('/api/v1/space/leave')).status).toBe(204);
    expect((await partner.client.get('/api/v1/space')).body.space).toBeNull();
    const remaining = (await creator.client.get('/api/v1/space')).body.space;
    expect(remaining.members).toHaveLength(1);
    expect(remaining.nextSteps).toEqual(['invite_partner']);
    await createSpace(partner);
  });

  it('when the last person leaves the space ends and its invitation stops working', async () => {
    const creator = await signUp(ctx);
    const space = await createSpace(creator);
    const { code } = await invite(creator);
    expect((await creator.client.post('/api/v1/space/leave')).status).toBe(204);
    const couple = await ctx.database.db
      .selectFrom('couples')
      .select('ended_at')
      .where('id', '=', space.id)
      .executeTakeFirstOrThrow();
    expect(couple.ended_at).not.toBeNull();
    const stranger = await signUp(ctx);
    const response = await stranger.client.post('/api/v1/invitations/accept', {
      code,
      role: 'hurt',
    });
    expect(response.body.code).toBe('INVITATION_REVOKED');
  });

  it('leaving without a space answers 404', async () => {
    const person = await signUp(ctx);
    const response = await person.client.post('/api/v1/space/leave');
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('NOT_IN_SPACE');
  });
});
