import { describe, expect, it } from 'vitest';
import { TEST_ADMIN_EMAIL, useTestContext } from '../../test-support/context.js';
import { linkedCouple, signUp } from '../../test-support/factories.js';
import { steadinessQuestionnaire } from '../../test-support/fhir-fixtures.js';
import {
  consent,
  EVERY_CATEGORY,
  linkTherapist,
  signUpTherapist,
} from '../../test-support/therapists.js';

const ctx = useTestContext();

type Listed = {
  id: string;
  due: boolean;
  assignment: { therapist: string; schedule: string } | null;
};

async function listed(client: ReturnType<typeof ctx.client>, id: string): Promise<Listed> {
  const { body } = await client.get('/api/v1/questionnaires');
  if (!body.questionnaires) throw new Error(JSON.stringify(body));
  const found = body.questionnaires.find((q: Listed) => q.id === id);
  if (!found) throw new Error(`${id} is not on offer`);
  return found;
}

describe('assigned questionnaires', () => {
  it('an imported FHIR questionnaire assigned weekly is due for the partner, until answered', async () => {
    const admin = await signUp(ctx, { email: TEST_ADMIN_EMAIL, displayName: 'Ops' });
    const imported = await admin.client.post('/api/v1/instruments', {
      questionnaire: steadinessQuestionnaire(),
      overrides: { cadence: 'as-needed', respondent: 'any', reliability: 0.8, normSd: 3 },
    });
    expect(imported.status, JSON.stringify(imported.body)).toBe(201);
    const { creator: alex, space } = await linkedCouple(ctx);
    const therapist = await signUpTherapist(ctx);
    const coupleId = await linkTherapist(alex, therapist);
    await consent(alex, therapist, [...EVERY_CATEGORY]);
    const alexMember = space.members[0].id;

    const assigned = await therapist.client.post(
      `/api/v1/therapist/couples/${coupleId}/assignments`,
      { memberId: alexMember, instrumentId: 'steadiness-check', schedule: 'weekly' },
    );
    expect(assigned.status, JSON.stringify(assigned.body)).toBe(201);
    expect(await listed(alex.client, 'steadiness-check')).toMatchObject({
      due: true,
      assignment: { therapist: 'Dr Morgan', schedule: 'weekly' },
    });
    const list = await therapist.client.get(`/api/v1/therapist/couples/${coupleId}/assignments`);
    expect(list.body.assignments).toEqual([
      expect.objectContaining({ title: 'Steadiness check', schedule: 'weekly' }),
    ]);

    const answers = { c1: 'a2', c2: 'a2', t1: 'a3', t2: 'a3' };
    const answered = await alex.client.post('/api/v1/questionnaires/steadiness-check/responses', {
      answers,
    });
    expect(answered.status, JSON.stringify(answered.body)).toBe(201);
    expect((await listed(alex.client, 'steadiness-check')).due).toBe(false);
    // When it is due again a week later is core's isAssignmentDue (tested there).

    // Revoking questionnaires stops the asking too.
    await consent(alex, therapist, ['metrics']);
    expect(await listed(alex.client, 'steadiness-check')).toMatchObject({ assignment: null });
  });

  it('only a partner who shares questionnaires can be asked, and only what is offered to them', async () => {
    const { creator: alex, partner: sam, space } = await linkedCouple(ctx);
    const therapist = await signUpTherapist(ctx);
    const coupleId = await linkTherapist(alex, therapist);
    await consent(alex, therapist, ['metrics']);
    await consent(sam, therapist, [...EVERY_CATEGORY]);
    const [alexMember, samMember] = space.members.map((m: { id: string }) => m.id);
    const base = `/api/v1/therapist/couples/${coupleId}/assignments`;
    const notShared = await therapist.client.post(base, {
      memberId: alexMember,
      instrumentId: 'amend-trust',
      schedule: 'once',
    });
    expect(notShared.body.errors.map((e: { field: string }) => e.field)).toEqual(['memberId']);
    // The forgiveness questionnaire is for the partner who was hurt; Sam was not.
    const notOffered = await therapist.client.post(base, {
      memberId: samMember,
      instrumentId: 'amend-forgiveness',
      schedule: 'monthly',
    });
    expect(notOffered.body.errors.map((e: { field: string }) => e.field)).toEqual(['instrumentId']);
    const rows = await ctx.database.db
      .selectFrom('questionnaire_assignments')
      .selectAll()
      .execute();
    expect(rows.filter((row) => row.couple_id === coupleId)).toEqual([]);
  });
});
