import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { TEST_ADMIN_EMAIL, useTestContext } from '../../test-support/context.js';
import { createSpace, signUp } from '../../test-support/factories.js';
import { steadinessQuestionnaire } from '../../test-support/fhir-fixtures.js';

const ctx = useTestContext();

let adminCount = 0;
/** The instance administrator; the test app names TEST_ADMIN_EMAIL, so only one can sign up. */
async function administrator() {
  adminCount += 1;
  if (adminCount > 1) throw new Error('sign the administrator up once per file');
  return signUp(ctx, { email: TEST_ADMIN_EMAIL.toUpperCase(), displayName: 'Ops' });
}

async function catalogueDigest(): Promise<string> {
  const result = await sql<{ digest: string | null }>`
    SELECT md5(string_agg(i::text, ',' ORDER BY i.id, i.version)) AS digest
    FROM imported_instruments i`.execute(ctx.database.db);
  return result.rows[0]?.digest ?? '';
}

const ANSWERS = { c1: 'a3', c2: 'a2', t1: 'a4', t2: 'a3' };

describe('importing questionnaires as FHIR', () => {
  let admin: Awaited<ReturnType<typeof signUp>>;

  it('an administrator imports a FHIR Questionnaire, and a partner can then take it and export the response as FHIR', async () => {
    admin = await administrator();
    expect((await admin.client.get('/api/v1/me/capabilities')).body).toEqual({
      manageInstruments: true,
    });
    const imported = await admin.client.post('/api/v1/instruments', {
      questionnaire: steadinessQuestionnaire(),
      overrides: { cadence: 'monthly', respondent: 'any', reliability: 0.8, normSd: 3 },
    });
    expect(imported.status, JSON.stringify(imported.body)).toBe(201);
    expect(imported.body.instrument).toMatchObject({
      id: 'steadiness-check',
      version: '1.0',
      title: 'Steadiness check',
      itemCount: 4,
      facets: ['Calm', 'Together'],
      scale: { min: 0, max: 16 },
      validated: false,
      licenceNote: 'Written for testing; free to use.',
      reliableChange: true,
      source: 'imported',
      cadence: 'monthly',
    });

    const partner = await signUp(ctx);
    await createSpace(partner);
    const list = await partner.client.get('/api/v1/questionnaires');
    const offered = list.body.questionnaires.find(
      (entry: { id: string }) => entry.id === 'steadiness-check',
    );
    expect(offered).toMatchObject({ title: 'Steadiness check', due: true, itemCount: 4 });

    const done = await partner.client.post('/api/v1/questionnaires/steadiness-check/responses', {
      answers: ANSWERS,
    });
    expect(done.status, JSON.stringify(done.body)).toBe(201);
    expect(done.body.response).toMatchObject({
      total: 12,
      facets: { calm: 5, together: 7 },
      baseline: true,
    });

    // Once answered, the imported questionnaire shows on the dashboard beside Amend's own.
    const progress = await partner.client.get('/api/v1/progress');
    const progressIds = progress.body.questionnaires.map((entry: { id: string }) => entry.id);
    expect(progressIds).toContain('amend-trust');
    const steadiness = progress.body.questionnaires.find(
      (entry: { id: string }) => entry.id === 'steadiness-check',
    );
    expect(steadiness).toMatchObject({
      title: 'Steadiness check',
      scale: { min: 0, max: 16 },
      latest: { total: 12, baseline: true },
    });
    expect(steadiness.responses.total).toEqual([12]);

    const fhir = await partner.client.get(
      `/api/v1/questionnaire-responses/${done.body.response.id}/fhir`,
    );
    expect(fhir.status).toBe(200);
    expect(fhir.headers['content-type']).toContain('application/fhir+json');
    expect(fhir.headers['content-disposition']).toContain('attachment');
    expect(fhir.body).toMatchObject({
      resourceType: 'QuestionnaireResponse',
      id: done.body.response.id,
      questionnaire: 'https://example.org/fhir/Questionnaire/steadiness-check|1.0',
      status: 'completed',
    });
    expect(fhir.body.item.map((group: { linkId: string }) => group.linkId)).toEqual([
      'calm',
      'together',
    ]);
    expect(fhir.body.item[0].item[0]).toMatchObject({
      linkId: 'c1',
      answer: [{ valueCoding: { code: 'a3', display: 'Mostly' } }],
    });
  });

  it('a new version replaces the one on offer, and a response to the old version still exports against it', async () => {
    const person = await signUp(ctx);
    await createSpace(person);
    const old = await person.client.post('/api/v1/questionnaires/steadiness-check/responses', {
      answers: ANSWERS,
    });
    const next = steadinessQuestionnaire('2.0');
    next.title = 'Steadiness check (revised)';
    expect((await admin.client.post('/api/v1/instruments', { questionnaire: next })).status).toBe(
      201,
    );
    const opened = await person.client.get('/api/v1/questionnaires/steadiness-check');
    expect(opened.body.questionnaire.title).toBe('Steadiness check (revised)');
    const exported = await person.client.get(
      `/api/v1/questionnaire-responses/${old.body.response.id}/fhir`,
    );
    expect(exported.body.questionnaire).toBe(
      'https://example.org/fhir/Questionnaire/steadiness-check|1.0',
    );
    const catalogue = await admin.client.get('/api/v1/instruments');
    const versions = catalogue.body.instruments.filter(
      (entry: { id: string }) => entry.id === 'steadiness-check',
    );
    expect(
      versions.map((entry: { version: string; retiredAt: string | null }) => [
        entry.version,
        entry.retiredAt === null,
      ]),
    ).toEqual([
      ['2.0', true],
      ['1.0', false],
    ]);
    expect(
      catalogue.body.instruments.some((entry: { source: string }) => entry.source === 'amend'),
    ).toBe(true);
  });

  it('refuses what it cannot score with every problem named, and stores nothing', async () => {
    const before = await catalogueDigest();
    const broken = steadinessQuestionnaire('3.0');
    broken.id = 'broken-check';
    broken.item[0] = {
      linkId: 'calm',
      type: 'group',
      text: 'Calm',
      item: [
        { linkId: 'c1', type: 'string', text: 'Describe your week.' } as never,
        { linkId: 'c2', type: 'choice', text: 'No options' } as never,
      ],
    };
    const refused = await admin.client.post('/api/v1/instruments', { questionnaire: broken });
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('VALIDATION_FAILED');
    expect(refused.body.detail).toMatch(/cannot be scored/);
    expect(refused.body.errors).toHaveLength(2);
    expect(refused.body.errors[0].message).toMatch(/"c1" is a string question/);

    const notQuestionnaire = await admin.client.post('/api/v1/instruments', {
      questionnaire: { resourceType: 'Patient' },
    });
    expect(notQuestionnaire.status).toBe(400);
    expect(notQuestionnaire.body.detail).toMatch(/Expected a FHIR R4 Questionnaire/);

    const clash = await admin.client.post('/api/v1/instruments', {
      questionnaire: steadinessQuestionnaire(),
      overrides: { id: 'amend-trust' },
    });
    expect(clash.status).toBe(400);
    expect(clash.body.detail).toMatch(/Amend's own questionnaires/);

    const again = await admin.client.post('/api/v1/instruments', {
      questionnaire: steadinessQuestionnaire('2.0'),
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('INSTRUMENT_EXISTS');
    expect(await catalogueDigest()).toBe(before);
  });

  it('hides the catalogue from everyone but administrators, and changes nothing for them', async () => {
    const person = await signUp(ctx);
    await createSpace(person);
    const before = await catalogueDigest();
    expect((await person.client.get('/api/v1/me/capabilities')).body).toEqual({
      manageInstruments: false,
    });
    expect((await person.client.get('/api/v1/instruments')).status).toBe(404);
    const other = steadinessQuestionnaire('9.9');
    other.id = 'sneaky';
    expect((await person.client.post('/api/v1/instruments', { questionnaire: other })).status).toBe(
      404,
    );
    expect((await person.client.post('/api/v1/instruments/steadiness-check/retire')).status).toBe(
      404,
    );
    expect((await ctx.client().get('/api/v1/instruments')).status).toBe(401);
    expect(await catalogueDigest()).toBe(before);
  });

  it('a partner cannot export the other partner’s response', async () => {
    const person = await signUp(ctx);
    await createSpace(person);
    const done = await person.client.post('/api/v1/questionnaires/steadiness-check/responses', {
      answers: ANSWERS,
    });
    const stranger = await signUp(ctx);
    await createSpace(stranger);
    const peek = await stranger.client.get(
      `/api/v1/questionnaire-responses/${done.body.response.id}/fhir`,
    );
    expect(peek.status).toBe(404);
  });

  it('retiring stops offering it; answers already given keep their scores', async () => {
    const person = await signUp(ctx);
    await createSpace(person);
    await person.client.post('/api/v1/questionnaires/steadiness-check/responses', {
      answers: ANSWERS,
    });
    expect((await admin.client.post('/api/v1/instruments/steadiness-check/retire')).status).toBe(
      204,
    );
    const list = await person.client.get('/api/v1/questionnaires');
    expect(list.body.questionnaires.map((entry: { id: string }) => entry.id)).not.toContain(
      'steadiness-check',
    );
    expect((await person.client.get('/api/v1/questionnaires/steadiness-check')).status).toBe(404);
    const stored = await ctx.database.db
      .selectFrom('questionnaire_responses')
      .select(['total'])
      .where('instrument_id', '=', 'steadiness-check')
      .execute();
    expect(stored.length).toBeGreaterThan(0);
    expect((await admin.client.post('/api/v1/instruments/steadiness-check/retire')).status).toBe(
      404,
    );
  });

  it('accepts a large Questionnaire beyond the usual request size', async () => {
    const big = steadinessQuestionnaire('1.0');
    big.id = 'long-form';
    big.description = 'x'.repeat(200_000);
    const response = await admin.client.post('/api/v1/instruments', { questionnaire: big });
    expect(response.status, JSON.stringify(response.body).slice(0, 300)).toBe(201);
  });
});
