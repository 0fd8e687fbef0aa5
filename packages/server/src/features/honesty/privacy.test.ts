import { randomUUID } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../test-support/context.js';
import { GOOD_PASSWORD, linkedCouple, type SignedUpPerson } from '../../test-support/factories.js';
import { whereTheyRemain } from '../../test-support/leftovers.js';

const ctx = useTestContext();

/**
 * Both partners use every honesty tool; each text carries its writer's marker, so what is left
 * of either can be found in any table afterwards.
 */
async function coupleWithEverything() {
  const { creator: hurt, partner: involved, space } = await linkedCouple(ctx);
  // Each couple's own markers: other tests' couples stay in the same database.
  const HURT = `HURT-${randomUUID()}`;
  const INVOLVED = `INVOLVED-${randomUUID()}`;
  const question = (await hurt.client.post('/api/v1/questions', { text: `question ${HURT}` })).body
    .id;
  const answer = (
    await involved.client.post(`/api/v1/questions/${question}/answers`, {
      text: `answer ${INVOLVED}`,
    })
  ).body.id;
  await hurt.client.post(`/api/v1/questions/${question}/marks`, {
    answerId: answer,
    mark: 'helped',
  });
  await involved.client.post(`/api/v1/questions/${question}/hold`);
  await involved.client.post('/api/v1/disclosures', {
    topic: 'contact',
    occurredOn: '2026-11-01',
    text: `disclosure ${INVOLVED}`,
  });
  const account = (
    await involved.client.post('/api/v1/full-accounts', { text: `account ${INVOLVED}` })
  ).body.id;
  await involved.client.post(`/api/v1/full-accounts/${account}/seal`);
  await hurt.client.post(`/api/v1/full-accounts/${account}/open`);
  await involved.client.post(`/api/v1/full-accounts/${account}/open`);
  const commitment = (
    await involved.client.post('/api/v1/commitments', {
      what: `commitment ${INVOLVED}`,
      howOften: 'every_day',
      until: '2027-03-01',
    })
  ).body.id;
  for (const person of [hurt, involved]) {
    await person.client.post(`/api/v1/commitments/${commitment}/marks`, { week: 1, mark: 'kept' });
  }
  await hurt.client.post(`/api/v1/commitments/${commitment}/acknowledgement`, {
    note: `thanks ${HURT}`,
  });
  return { hurt, involved, spaceId: space.id as string, HURT, INVOLVED };
}

async function exportedData(person: SignedUpPerson) {
  const response = await person.client.get('/api/v1/me/export');
  const files = unzipSync(new Uint8Array(response.rawBody));
  return JSON.parse(strFromU8(files['data.json'] ?? new Uint8Array()));
}

function deleteAccount(person: SignedUpPerson) {
  return person.client.request('DELETE', '/api/v1/me', { password: GOOD_PASSWORD });
}

describe('questions, disclosures, accounts and commitments in the privacy tools', () => {
  it('are in the export of the person who wrote them, and nothing of the partner’s', async () => {
    const { involved, HURT, INVOLVED } = await coupleWithEverything();
    const data = await exportedData(involved);
    expect(data.honesty.answersGiven).toEqual([
      expect.objectContaining({ text: `answer ${INVOLVED}` }),
    ]);
    expect(data.honesty.disclosures[0]).toMatchObject({ topic: 'contact' });
    expect(data.honesty.fullAccountSteps.map((step: { type: string }) => step.type)).toEqual([
      'sealed',
      'agreed_to_open',
    ]);
    expect(data.honesty.commitmentMarks).toHaveLength(1);
    const text = JSON.stringify(data);
    expect(text).toContain(`answer ${INVOLVED}`);
    expect(text).toContain(`account ${INVOLVED}`);
    expect(text).not.toContain(HURT);
  });

  it('leave nothing of a deleted account in any table, and the partner their own', async () => {
    const { hurt, involved, HURT, INVOLVED } = await coupleWithEverything();
    expect((await whereTheyRemain(ctx, [involved.id], [INVOLVED])).length).toBeGreaterThan(3);
    expect((await deleteAccount(involved)).status).toBe(204);
    expect(await whereTheyRemain(ctx, [involved.id], [INVOLVED])).toEqual([]);
    // The hurt partner keeps their question (without the answer that went) and their views.
    const questions = (await hurt.client.get('/api/v1/questions')).body.questions;
    expect(questions).toEqual([expect.objectContaining({ text: `question ${HURT}`, answers: [] })]);
    expect((await deleteAccount(hurt)).status).toBe(204);
    expect(await whereTheyRemain(ctx, [hurt.id], [HURT])).toEqual([]);
  });

  it('go with a leaver who withdraws them, and their marks on the partner’s records are deleted', async () => {
    const { hurt, involved, HURT, INVOLVED } = await coupleWithEverything();
    const left = await involved.client.post('/api/v1/space/leave', { sharedRecords: 'withdraw' });
    expect(left.status).toBe(204);
    const shown = JSON.stringify(
      await Promise.all(
        [
          '/api/v1/questions',
          '/api/v1/disclosures',
          '/api/v1/full-accounts',
          '/api/v1/commitments',
          '/api/v1/timeline',
        ].map(async (path) => (await hurt.client.get(path)).body),
      ),
    );
    expect(shown).not.toContain(INVOLVED);
    expect(shown).toContain(`question ${HURT}`);
    // The leaver's export still finds what they wrote, in the space of their own.
    const exported = JSON.stringify(await exportedData(involved));
    expect(exported).toContain(`disclosure ${INVOLVED}`);
    expect(exported).toContain(`commitment ${INVOLVED}`);
  });
});
