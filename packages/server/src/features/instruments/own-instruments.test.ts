import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { TestClient } from '../../test-support/client.js';
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

const OWN = '/api/v1/therapist/imported-instruments';
const ANSWERS = { c1: 'a3', c2: 'a2', t1: 'a4', t2: 'a3' };

async function catalogueDigest(): Promise<string> {
  const result = await sql<{ digest: string | null }>`
    SELECT md5(string_agg(i::text, ',' ORDER BY i.id, i.version)) AS digest
    FROM imported_instruments i`.execute(ctx.database.db);
  return result.rows[0]?.digest ?? '';
}

const ids = (list: { id: string }[]) => list.map((entry) => entry.id);

async function offeredTo(client: TestClient): Promise<string[]> {
  return ids((await client.get('/api/v1/questionnaires')).body.questionnaires);
}

async function assignmentChoices(therapist: TestClient): Promise<string[]> {
  return ids((await therapist.get('/api/v1/therapist/instruments')).body.instruments);
}

/**
 * A couple (Alex hurt, Sam involved) working with two therapists. Alex shares questionnaires with
 * both; Sam shares nothing with either. Dr Morgan imports a questionnaire of their own.
 */
async function practice() {
  const { creator: alex, partner: sam, space } = await linkedCouple(ctx);
  const [alexMember, samMember] = space.members.map((member: { id: string }) => member.id);
  const morgan = await signUpTherapist(ctx, { displayName: 'Dr Morgan' });
  const lee = await signUpTherapist(ctx, { displayName: 'Dr Lee' });
  const coupleId = await linkTherapist(alex, morgan);
  await linkTherapist(alex, lee);
  await consent(alex, morgan, [...EVERY_CATEGORY]);
  await consent(alex, lee, [...EVERY_CATEGORY]);
  await consent(sam, morgan, ['metrics']);
  const questionnaire = steadinessQuestionnaire();
  questionnaire.title = 'Morgan’s steadiness check';
  const imported = await morgan.client.post(OWN, {
    questionnaire,
    overrides: { cadence: 'monthly', reliability: 0.8, normSd: 3 },
  });
  expect(imported.status, JSON.stringify(imported.body)).toBe(201);
  const instrumentId: string = imported.body.instrument.id;
  return { alex, sam, alexMember, samMember, morgan, lee, coupleId, instrumentId };
}

describe("a therapist's own questionnaires", () => {
  it('are theirs alone: listed and assignable for them, offered only to the partner they ask, never shown to another therapist', async () => {
    const { alex, sam, alexMember, samMember, morgan, lee, coupleId, instrumentId } =
      await practice();
    // Stored under an id of its own, so another therapist's import of the same file cannot clash.
    expect(instrumentId).toMatch(/^steadiness-check\.[0-9a-f]{10}$/);
    const own = await morgan.client.get(OWN);
    expect(own.body.instruments).toEqual([
      expect.objectContaining({
        id: instrumentId,
        title: 'Morgan’s steadiness check',
        itemCount: 4,
        source: 'imported',
        retiredAt: null,
      }),
    ]);
    const choices = await morgan.client.get('/api/v1/therapist/instruments');
    expect(choices.body.instruments).toContainEqual(
      expect.objectContaining({ id: instrumentId, own: true }),
    );
    expect(choices.body.instruments).toContainEqual(
      expect.objectContaining({ id: 'amend-trust', own: false }),
    );

    // Not offered to anyone until asked.
    expect(await offeredTo(alex.client)).not.toContain(instrumentId);
    expect((await alex.client.get(`/api/v1/questionnaires/${instrumentId}`)).status).toBe(404);

    // Dr Lee, working with the same couple, neither sees nor can assign nor retire it.
    expect((await lee.client.get(OWN)).body.instruments).toEqual([]);
    expect(await assignmentChoices(lee.client)).not.toContain(instrumentId);
    const leeAssigns = await lee.client.post(`/api/v1/therapist/couples/${coupleId}/assignments`, {
      memberId: alexMember,
      instrumentId,
      schedule: 'once',
    });
    expect(leeAssigns.status).toBe(400);
    expect(leeAssigns.body.errors).toEqual([
      { field: 'instrumentId', message: 'Choose a questionnaire on offer for this partner.' },
    ]);
    expect((await lee.client.post(`${OWN}/${instrumentId}/retire`)).status).toBe(404);

    // Morgan can ask Alex (who shares questionnaires), not Sam (who shares metrics only).
    const base = `/api/v1/therapist/couples/${coupleId}/assignments`;
    const toSam = await morgan.client.post(base, {
      memberId: samMember,
      instrumentId,
      schedule: 'once',
    });
    expect(toSam.status).toBe(400);
    expect(toSam.body.errors.map((e: { field: string }) => e.field)).toEqual(['memberId']);
    const toAlex = await morgan.client.post(base, {
      memberId: alexMember,
      instrumentId,
      schedule: 'monthly',
    });
    expect(toAlex.status, JSON.stringify(toAlex.body)).toBe(201);
    expect((await morgan.client.get(base)).body.assignments).toEqual([
      expect.objectContaining({ instrumentId, title: 'Morgan’s steadiness check' }),
    ]);

    // Now Alex is offered it; Sam, in the same space, is not.
    expect(await offeredTo(alex.client)).toContain(instrumentId);
    expect(await offeredTo(sam.client)).not.toContain(instrumentId);
    expect((await sam.client.get(`/api/v1/questionnaires/${instrumentId}`)).status).toBe(404);
    const answered = await alex.client.post(`/api/v1/questionnaires/${instrumentId}/responses`, {
      answers: ANSWERS,
    });
    expect(answered.status, JSON.stringify(answered.body)).toBe(201);
    expect(answered.body.response).toMatchObject({ total: 12, baseline: true });

    // Morgan sees Alex's score in the couple view and the FHIR export; Dr Lee sees neither.
    const scoresSeenBy = async (therapist: TestClient) => {
      const view = await therapist.get(`/api/v1/therapist/couples/${coupleId}`);
      const alexs = view.body.questionnaires.find(
        (entry: { memberId: string }) => entry.memberId === alexMember,
      );
      return ids(alexs.instruments);
    };
    expect(await scoresSeenBy(morgan.client)).toContain(instrumentId);
    expect(await scoresSeenBy(lee.client)).not.toContain(instrumentId);
    const exported = async (therapist: TestClient) =>
      JSON.stringify(
        (await therapist.get(`/api/v1/therapist/couples/${coupleId}/partners/${alexMember}/fhir`))
          .body,
      );
    expect(await exported(morgan.client)).toContain('steadiness-check|1.0');
    expect(await exported(lee.client)).not.toContain('steadiness-check');

    // The administrator's shared catalogue does not list it.
    const admin = await signUp(ctx, { email: TEST_ADMIN_EMAIL, displayName: 'Ops' });
    const catalogue = await admin.client.get('/api/v1/instruments');
    expect(ids(catalogue.body.instruments)).not.toContain(instrumentId);
    expect((await admin.client.post(`/api/v1/instruments/${instrumentId}/retire`)).status).toBe(
      404,
    );
    expect((await admin.client.get(OWN)).status).toBe(404);
  });

  it('retiring stops the offering and the asking; answers already given stay readable', async () => {
    const { alex, alexMember, morgan, lee, coupleId, instrumentId } = await practice();
    const base = `/api/v1/therapist/couples/${coupleId}/assignments`;
    await morgan.client.post(base, { memberId: alexMember, instrumentId, schedule: 'weekly' });
    const answered = await alex.client.post(`/api/v1/questionnaires/${instrumentId}/responses`, {
      answers: ANSWERS,
    });
    expect(answered.status).toBe(201);

    expect((await morgan.client.post(`${OWN}/${instrumentId}/retire`)).status).toBe(204);
    expect((await morgan.client.post(`${OWN}/${instrumentId}/retire`)).status).toBe(404);
    expect(await offeredTo(alex.client)).not.toContain(instrumentId);
    expect(await assignmentChoices(morgan.client)).not.toContain(instrumentId);
    expect((await morgan.client.get(base)).body.assignments).toEqual([]);
    const listed = (await morgan.client.get(OWN)).body.instruments;
    expect(listed[0]).toMatchObject({ id: instrumentId, retiredAt: expect.any(String) });

    // Alex still has the score on the dashboard and the FHIR file; Morgan still sees it.
    const progress = await alex.client.get('/api/v1/progress');
    const card = progress.body.questionnaires.find(
      (entry: { id: string }) => entry.id === instrumentId,
    );
    expect(card).toMatchObject({ latest: { total: 12 } });
    const fhir = await alex.client.get(
      `/api/v1/questionnaire-responses/${answered.body.response.id}/fhir`,
    );
    expect(fhir.status).toBe(200);
    const view = await morgan.client.get(`/api/v1/therapist/couples/${coupleId}`);
    expect(JSON.stringify(view.body.questionnaires)).toContain('Morgan’s steadiness check');
    const leeView = await lee.client.get(`/api/v1/therapist/couples/${coupleId}`);
    expect(JSON.stringify(leeView.body.questionnaires)).not.toContain('Morgan’s steadiness check');
  });

  it('refuses a file it cannot read or score with every problem named, and stores nothing', async () => {
    const therapist = await signUpTherapist(ctx);
    const before = await catalogueDigest();
    const notQuestionnaire = await therapist.client.post(OWN, {
      questionnaire: { resourceType: 'Patient' },
    });
    expect(notQuestionnaire.status).toBe(400);
    expect(notQuestionnaire.body.detail).toMatch(/Expected a FHIR R4 Questionnaire/);

    const unscorable = steadinessQuestionnaire();
    unscorable.item[0] = {
      linkId: 'calm',
      type: 'group',
      text: 'Calm',
      item: [
        { linkId: 'c1', type: 'string', text: 'Describe your week.' } as never,
        { linkId: 'c2', type: 'choice', text: 'No options' } as never,
      ],
    };
    const refused = await therapist.client.post(OWN, { questionnaire: unscorable });
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('VALIDATION_FAILED');
    expect(refused.body.detail).toMatch(/cannot be scored/);
    expect(refused.body.errors).toHaveLength(2);
    expect(refused.body.errors[0].message).toMatch(/"c1" is a string question/);

    const notAnObject = await therapist.client.post(OWN, { questionnaire: 'a file' });
    expect(notAnObject.status).toBe(400);
    expect(await catalogueDigest()).toBe(before);
    expect((await therapist.client.get(OWN)).body.instruments).toEqual([]);
  });

  it('two therapists importing the same file each get their own; a version is imported once', async () => {
    const first = await signUpTherapist(ctx);
    const second = await signUpTherapist(ctx);
    const a = await first.client.post(OWN, { questionnaire: steadinessQuestionnaire() });
    const b = await second.client.post(OWN, { questionnaire: steadinessQuestionnaire() });
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body.instrument.id).not.toBe(b.body.instrument.id);

    const before = await catalogueDigest();
    const again = await first.client.post(OWN, { questionnaire: steadinessQuestionnaire() });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('INSTRUMENT_EXISTS');
    expect(await catalogueDigest()).toBe(before);

    const next = steadinessQuestionnaire('2.0');
    next.title = 'Steadiness check (revised)';
    const revised = await first.client.post(OWN, { questionnaire: next });
    expect(revised.status).toBe(201);
    expect(revised.body.instrument.id).toBe(a.body.instrument.id);
    const versions = (await first.client.get(OWN)).body.instruments.map(
      (entry: { version: string; retiredAt: string | null }) => [entry.version, entry.retiredAt],
    );
    expect(versions).toEqual([
      ['2.0', null],
      ['1.0', expect.any(String)],
    ]);
    // The second therapist's is untouched.
    expect((await second.client.get(OWN)).body.instruments).toEqual([
      expect.objectContaining({ version: '1.0', retiredAt: null }),
    ]);
  });

  it('people in couples cannot import, list or retire; the signed-out are asked to sign in', async () => {
    const { creator } = await linkedCouple(ctx);
    const before = await catalogueDigest();
    expect((await creator.client.get(OWN)).status).toBe(404);
    expect(
      (await creator.client.post(OWN, { questionnaire: steadinessQuestionnaire() })).status,
    ).toBe(404);
    expect((await ctx.client().get(OWN)).status).toBe(401);
    expect(await catalogueDigest()).toBe(before);
  });
});
