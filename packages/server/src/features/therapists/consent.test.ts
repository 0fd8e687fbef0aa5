import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../test-support/context.js';
import { createSpace, invite, linkedCouple, signUp } from '../../test-support/factories.js';
import {
  consent,
  EVERY_CATEGORY,
  linkTherapist,
  signUpTherapist,
  THERAPIST_PROFILE,
} from '../../test-support/therapists.js';

const ctx = useTestContext();

describe('therapist accounts and consent', () => {
  it('a therapist signs up with their professional details and is a therapist account', async () => {
    const therapist = await signUpTherapist(ctx);
    const me = await therapist.client.get('/api/v1/me');
    expect(me.body.user.accountKind).toBe('therapist');
    const profile = await therapist.client.get('/api/v1/therapist/profile');
    expect(profile.body.profile).toEqual({
      displayName: 'Dr Morgan',
      timeZone: 'Europe/London',
      ...THERAPIST_PROFILE,
    });
  });

  it('refuses a therapist sign-up without a licence number, and stores nothing', async () => {
    const response = await ctx.client().post('/api/v1/therapist-accounts', {
      email: 'no-licence@example.org',
      password: 'quiet harbour lanterns',
      displayName: 'Dr Lee',
      timeZone: 'UTC',
      ...THERAPIST_PROFILE,
      licenceNumber: '  ',
    });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(['licenceNumber']);
    const users = await ctx.database.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'no-licence@example.org')
      .execute();
    expect(users).toEqual([]);
  });

  it('a therapist never creates or joins a space', async () => {
    const therapist = await signUpTherapist(ctx);
    const created = await therapist.client.post('/api/v1/space', {
      relationshipType: 'marriage',
      role: 'hurt',
      cameToLightOn: '2026-01-15',
    });
    expect(created.status).toBe(409);
    expect(created.body.code).toBe('THERAPIST_ACCOUNT');
    const member = await signUp(ctx);
    await createSpace(member);
    const { token } = await invite(member);
    const joined = await therapist.client.post('/api/v1/invitations/accept', {
      token,
      role: 'involved',
    });
    expect(joined.body.code).toBe('THERAPIST_ACCOUNT');
  });

  it('a code links the couple; each partner sees only their own consent and its history', async () => {
    const { creator, partner } = await linkedCouple(ctx);
    const therapist = await signUpTherapist(ctx);
    await linkTherapist(creator, therapist);
    await consent(creator, therapist, ['metrics', 'program']);
    await consent(creator, therapist, ['metrics']);
    await consent(creator, therapist, ['metrics']);
    await consent(partner, therapist, [...EVERY_CATEGORY]);
    const mine = (await creator.client.get('/api/v1/space/therapists')).body.therapists;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      therapistId: therapist.id,
      displayName: 'Dr Morgan',
      ...THERAPIST_PROFILE,
      yourConsent: ['metrics'],
    });
    // Choosing what is already in force records nothing.
    expect(mine[0].history.map((entry: { change: string }) => entry.change)).toEqual([
      'narrowed',
      'granted',
    ]);
    const theirs = (await partner.client.get('/api/v1/space/therapists')).body.therapists;
    expect(theirs[0].yourConsent).toEqual([...EVERY_CATEGORY]);
  });

  it('a code works once, and a person (not a therapist) cannot use one', async () => {
    const { creator } = await linkedCouple(ctx);
    const code = (await creator.client.post('/api/v1/space/therapist-invitations')).body.code;
    const person = await signUp(ctx);
    expect((await person.client.post('/api/v1/therapist/couples', { code })).status).toBe(404);
    const first = await signUpTherapist(ctx);
    const second = await signUpTherapist(ctx);
    expect((await first.client.post('/api/v1/therapist/couples', { code })).status).toBe(201);
    const again = await second.client.post('/api/v1/therapist/couples', { code });
    expect(again.status).toBe(404);
  });

  it('consent to a therapist the space does not work with is refused', async () => {
    const { creator } = await linkedCouple(ctx);
    const stranger = await signUpTherapist(ctx);
    const response = await creator.client.request(
      'PUT',
      `/api/v1/space/therapists/${stranger.id}/consent`,
      { categories: ['metrics'] },
    );
    expect(response.status).toBe(404);
  });
});
