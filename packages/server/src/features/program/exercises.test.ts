import { describe, expect, it } from 'vitest';
import type { TestClient } from '../../test-support/client.js';
import { useTestContext } from '../../test-support/context.js';
import { createSpace, linkedCouple, signUp } from '../../test-support/factories.js';

const ctx = useTestContext();

const LETTER = {
  'finding-out': 'I found the messages on a Sunday morning.',
  'what-it-changed': 'I do not sleep. I go over every trip you took.',
  'what-i-need-you-to-understand': 'That it was not only the affair, it was the lying.',
};
const FEELINGS = {
  feelings: ['ashamed', 'afraid'],
  'hardest-moment': 'Watching her read my phone.',
  kindness: 'A walk before work.',
};

async function partnerSharedOnStage(client: TestClient) {
  const { body } = await client.get('/api/v1/program/stages/acknowledging');
  return body.partner.shared as {
    exerciseId: string;
    values: Record<string, unknown>;
    version: number;
  }[];
}

describe('exercise answers and their visibility', () => {
  it('a partner cannot read a private answer, by the stage or by the program, and cannot tell it exists', async () => {
    const { creator, partner } = await linkedCouple(ctx);
    const saved = await partner.client.post(
      '/api/v1/program/exercises/naming-what-you-feel/answers',
      {
        values: FEELINGS,
        visibility: 'private',
      },
    );
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
    expect(await partnerSharedOnStage(creator.client)).toEqual([]);
    const program = await creator.client.get('/api/v1/program');
    expect(program.body.partner.sharedCompleted).toEqual([]);
    expect(JSON.stringify(program.body)).not.toContain('naming-what-you-feel');
    const own = await partner.client.get('/api/v1/program/stages/acknowledging');
    const mine = own.body.exercises.find((e: { id: string }) => e.id === 'naming-what-you-feel');
    expect(mine.versions[0].values).toEqual(FEELINGS);
  });

  it('a shared answer is visible to the partner, and the reply shows it is a response to it', async () => {
    const { creator, partner } = await linkedCouple(ctx);
    await creator.client.post('/api/v1/program/exercises/impact-letter/answers', {
      values: LETTER,
      visibility: 'partner',
    });
    const shared = await partnerSharedOnStage(partner.client);
    expect(shared).toMatchObject([{ exerciseId: 'impact-letter', values: LETTER, version: 1 }]);
    const stage = await partner.client.get('/api/v1/program/stages/acknowledging');
    const acknowledgement = stage.body.exercises.find(
      (e: { id: string }) => e.id === 'acknowledgement',
    );
    expect(acknowledgement.respondsTo).toBe('impact-letter');
    const program = await partner.client.get('/api/v1/program');
    expect(program.body.partner.sharedCompleted).toMatchObject([
      { exerciseId: 'impact-letter', stageId: 'acknowledging', title: 'Your impact letter' },
    ]);
  });

  it('changing visibility takes effect at once, for every saved version', async () => {
    const { creator, partner } = await linkedCouple(ctx);
    const url = '/api/v1/program/exercises/impact-letter';
    await creator.client.post(`${url}/answers`, { values: LETTER, visibility: 'partner' });
    await creator.client.post(`${url}/answers`, {
      values: { ...LETTER, 'finding-out': 'It was a Sunday. I remember the light.' },
      visibility: 'partner',
    });
    expect(await partnerSharedOnStage(partner.client)).toHaveLength(1);
    expect(
      (await creator.client.request('PUT', `${url}/visibility`, { visibility: 'private' })).status,
    ).toBe(204);
    expect(await partnerSharedOnStage(partner.client)).toEqual([]);
    expect(
      (await creator.client.request('PUT', `${url}/visibility`, { visibility: 'therapist' }))
        .status,
    ).toBe(204);
    // "therapist" does not include the partner, and no therapist can read anything yet.
    expect(await partnerSharedOnStage(partner.client)).toEqual([]);
    await creator.client.request('PUT', `${url}/visibility`, { visibility: 'partner' });
    expect((await partnerSharedOnStage(partner.client))[0]?.version).toBe(2);
  });

  it('each save keeps the earlier versions, and the partner sees only the latest', async () => {
    const { creator, partner } = await linkedCouple(ctx);
    const url = '/api/v1/program/exercises/impact-letter/answers';
    await creator.client.post(url, { values: LETTER, visibility: 'partner' });
    const second = await creator.client.post(url, {
      values: { ...LETTER, 'what-it-changed': 'Less sleep. More questions.' },
      visibility: 'partner',
    });
    expect(second.body.version).toBe(2);
    const { body } = await creator.client.get('/api/v1/program/stages/acknowledging');
    const letter = body.exercises.find((e: { id: string }) => e.id === 'impact-letter');
    expect(
      letter.versions.map((v: { values: Record<string, string> }) => v.values['what-it-changed']),
    ).toEqual([LETTER['what-it-changed'], 'Less sleep. More questions.']);
    expect((await partnerSharedOnStage(partner.client))[0]?.values['what-it-changed']).toBe(
      'Less sleep. More questions.',
    );
  });

  it('a draft is autosaved, seen only by its owner, and cleared by saving', async () => {
    const { creator, partner } = await linkedCouple(ctx);
    const url = '/api/v1/program/exercises/impact-letter';
    const draft = await creator.client.request('PUT', `${url}/draft`, {
      values: { 'finding-out': 'I found' },
    });
    expect(draft.status, JSON.stringify(draft.body)).toBe(200);
    await creator.client.request('PUT', `${url}/visibility`, { visibility: 'partner' });
    const mine = (
      await creator.client.get('/api/v1/program/stages/acknowledging')
    ).body.exercises.find((e: { id: string }) => e.id === 'impact-letter');
    expect(mine.draft.values).toEqual({ 'finding-out': 'I found' });
    expect(mine.visibility).toBe('partner');
    expect(
      JSON.stringify((await partner.client.get('/api/v1/program/stages/acknowledging')).body),
    ).not.toContain('I found');
    await creator.client.post(`${url}/answers`, { values: LETTER, visibility: 'partner' });
    const after = (
      await creator.client.get('/api/v1/program/stages/acknowledging')
    ).body.exercises.find((e: { id: string }) => e.id === 'impact-letter');
    expect(after.draft).toBeNull();
  });

  it('refuses an incomplete answer with a message per question, and saves nothing', async () => {
    const { creator, partner } = await linkedCouple(ctx);
    const response = await creator.client.post('/api/v1/program/exercises/impact-letter/answers', {
      values: { 'finding-out': 'Only this so far', nonsense: 'x' },
      visibility: 'partner',
    });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'nonsense',
      'what-i-need-you-to-understand',
      'what-it-changed',
    ]);
    const { body } = await creator.client.get('/api/v1/program/stages/acknowledging');
    expect(body.exercises.find((e: { id: string }) => e.id === 'impact-letter').versions).toEqual(
      [],
    );
    expect(await partnerSharedOnStage(partner.client)).toEqual([]);
    const program = await creator.client.get('/api/v1/program');
    expect(program.body.stages[1].status).toBe('not_started');
  });

  it('refuses a visibility that does not exist, and an option a choice does not offer', async () => {
    const { creator } = await linkedCouple(ctx);
    const badVisibility = await creator.client.post(
      '/api/v1/program/exercises/impact-letter/answers',
      {
        values: LETTER,
        visibility: 'everyone',
      },
    );
    expect(badVisibility.status).toBe(400);
    const badOption = await creator.client.request(
      'PUT',
      '/api/v1/program/exercises/what-we-tell-the-children/draft',
      { values: { children: 'maybe' } },
    );
    expect(badOption.status).toBe(400);
    expect(badOption.body.errors).toEqual([
      { field: 'children', message: 'Choose one of the options offered.' },
    ]);
  });

  it("an exercise not written for the person's role or relationship type is not found", async () => {
    const { creator, partner } = await linkedCouple(ctx);
    // The creator is the hurt partner; the acknowledgement is the involved partner's to write.
    const wrongRole = await creator.client.request(
      'PUT',
      '/api/v1/program/exercises/acknowledgement/draft',
      {
        values: {},
      },
    );
    expect(wrongRole.status).toBe(404);
    // linkedCouple is a marriage; this exercise is for long-distance couples.
    const wrongType = await partner.client.request(
      'PUT',
      '/api/v1/program/exercises/staying-in-touch-apart/draft',
      { values: {} },
    );
    expect(wrongType.status).toBe(404);
    expect(
      (
        await partner.client.request('PUT', '/api/v1/program/exercises/no-such-thing/draft', {
          values: {},
        })
      ).status,
    ).toBe(404);
  });

  it('someone in another space sees nothing of this one', async () => {
    const { creator } = await linkedCouple(ctx);
    await creator.client.post('/api/v1/program/exercises/impact-letter/answers', {
      values: LETTER,
      visibility: 'partner',
    });
    const stranger = await signUp(ctx);
    await createSpace(stranger, 'involved');
    const { body } = await stranger.client.get('/api/v1/program/stages/acknowledging');
    expect(body.partner).toBeNull();
    expect(JSON.stringify(body)).not.toContain('Sunday');
  });
});
