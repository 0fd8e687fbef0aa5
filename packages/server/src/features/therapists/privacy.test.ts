import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../test-support/context.js';
import { GOOD_PASSWORD, linkedCouple } from '../../test-support/factories.js';
import { whereTheyRemain } from '../../test-support/leftovers.js';
import {
  consent,
  EVERY_CATEGORY,
  linkTherapist,
  signUpTherapist,
  THERAPIST_PROFILE,
} from '../../test-support/therapists.js';

const ctx = useTestContext();

const NOTE = 'Therapist-only note about the session';

/** A couple with a therapist who recorded a session with a note and an observation. */
async function workingTogether() {
  const { creator: alex, partner: sam, space } = await linkedCouple(ctx);
  const therapist = await signUpTherapist(ctx);
  const coupleId = await linkTherapist(alex, therapist);
  await consent(alex, therapist, [...EVERY_CATEGORY]);
  await consent(sam, therapist, ['metrics']);
  const memberIds: string[] = space.members.map((member: { id: string }) => member.id);
  const base = `/api/v1/therapist/couples/${coupleId}`;
  const session = await therapist.client.post(`${base}/sessions`, {
    heldOn: '2026-11-20',
    kind: 'couple',
    attendees: memberIds,
    note: NOTE,
  });
  expect(session.status).toBe(201);
  await therapist.client.post(`${base}/observations`, {
    kind: 'forgiveness',
    observedOn: '2026-11-20',
    level: 'high',
    aboutMemberId: memberIds[0],
  });
  await therapist.client.get(base);
  return { alex, sam, therapist, coupleId, memberIds };
}

async function exportOf(client: ReturnType<typeof ctx.client>) {
  const response = await client.get('/api/v1/me/export');
  expect(response.status).toBe(200);
  const files = unzipSync(new Uint8Array(response.rawBody));
  return JSON.parse(strFromU8(files['data.json'] ?? new Uint8Array()));
}

describe('the therapist portal and a person’s data', () => {
  it('a partner’s export holds every consent they gave; a therapist’s holds their own records', async () => {
    const { alex, therapist } = await workingTogether();
    const partnerData = await exportOf(alex.client);
    expect(partnerData.therapistPortal.consentsGiven).toEqual([
      expect.objectContaining({
        therapist: 'Dr Morgan',
        change: 'granted',
        categories: [...EVERY_CATEGORY],
      }),
    ]);
    expect(JSON.stringify(partnerData)).not.toContain(NOTE);
    const therapistData = await exportOf(therapist.client);
    expect(therapistData.therapistPortal.therapistProfile).toMatchObject(THERAPIST_PROFILE);
    expect(therapistData.therapistPortal.sessionNotesWritten).toEqual([
      expect.objectContaining({ text: NOTE }),
    ]);
    expect(therapistData.therapistPortal.observationsMade).toHaveLength(1);
  });

  it('a therapist who deletes their account leaves nothing of theirs behind', async () => {
    const { therapist, alex } = await workingTogether();
    // Other tests' therapists share the profile and note text: the id and e-mail are this one's.
    const words = [therapist.email];
    expect((await whereTheyRemain(ctx, [therapist.id], words)).length).toBeGreaterThan(3);
    const deleted = await therapist.client.request('DELETE', '/api/v1/me', {
      password: GOOD_PASSWORD,
    });
    expect(deleted.status, JSON.stringify(deleted.body)).toBe(204);
    expect(await whereTheyRemain(ctx, [therapist.id], words)).toEqual([]);
    // The couple's space and own records stay.
    expect((await alex.client.get('/api/v1/space')).body.space).not.toBeNull();
    expect((await alex.client.get('/api/v1/space/therapists')).body.therapists).toEqual([]);
  });

  it('a partner who deletes their account takes their consent and what was observed of them', async () => {
    const { alex, therapist, coupleId } = await workingTogether();
    const deleted = await alex.client.request('DELETE', '/api/v1/me', { password: GOOD_PASSWORD });
    expect(deleted.status).toBe(204);
    expect(await whereTheyRemain(ctx, [alex.id], [alex.email])).toEqual([]);
    const view = (await therapist.client.get(`/api/v1/therapist/couples/${coupleId}`)).body;
    expect(view.partners.map((p: { displayName: string }) => p.displayName)).toEqual(['Sam']);
    expect(view.observations).toEqual([]);
  });

  it('a partner who leaves the space takes their consent with them', async () => {
    const { sam, therapist, coupleId } = await workingTogether();
    expect((await sam.client.post('/api/v1/space/leave', {})).status).toBe(204);
    const view = (await therapist.client.get(`/api/v1/therapist/couples/${coupleId}`)).body;
    expect(view.partners.map((p: { displayName: string }) => p.displayName)).toEqual(['Alex']);
    const trust = view.metrics.find((metric: { id: string }) => metric.id === 'trust');
    expect(trust.partners.map((p: { displayName: string }) => p.displayName)).toEqual(['Alex']);
  });
});
