import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { TestClient } from '../../test-support/client.js';
import { useTestContext } from '../../test-support/context.js';
import { GOOD_PASSWORD, linkedCouple } from '../../test-support/factories.js';
import { whereTheyRemain } from '../../test-support/leftovers.js';

const ctx = useTestContext();

const terms = (title: string) => ({
  title,
  practice: 'Written for the test.',
  category: 'other',
  reviewOn: '2099-01-01',
});

async function ok(response: Promise<{ status: number; body: unknown }>): Promise<void> {
  const { status, body } = await response;
  expect(status, JSON.stringify(body)).toBeLessThan(300);
}

async function propose(client: TestClient, title: string): Promise<string> {
  const { status, body } = await client.post('/api/v1/agreements', terms(title));
  expect(status, JSON.stringify(body)).toBe(201);
  return body.id;
}

const answer = (client: TestClient, id: string, version: number, what: string, reason?: string) =>
  ok(
    client.post(`/api/v1/agreements/${id}/answers`, {
      version,
      answer: what,
      ...(reason ? { reason } : {}),
    }),
  );

describe('an agreement when one partner deletes their account', () => {
  it('stays with the partner as the terms both accepted, without a word only the deleted person wrote', async () => {
    const { creator: alex, partner: sam } = await linkedCouple(ctx);
    const mark = `marker-${randomBytes(6).toString('hex')}`;

    // Sam's terms, accepted by Alex, then changed by Sam (accepted), then a change still waiting.
    const changed = await propose(sam.client, 'We talk every evening');
    await answer(alex.client, changed, 1, 'accept');
    await ok(
      sam.client.post(`/api/v1/agreements/${changed}/changes`, {
        basedOnVersion: 1,
        terms: terms('We talk every evening, phones away'),
        reason: `why ${mark}`,
      }),
    );
    await answer(alex.client, changed, 2, 'accept');
    await ok(
      sam.client.post(`/api/v1/agreements/${changed}/changes`, {
        basedOnVersion: 2,
        terms: terms(`waiting ${mark}`),
        reason: `still why ${mark}`,
      }),
    );
    await ok(
      sam.client.request('PUT', '/api/v1/agreement-holding', {
        marks: [{ agreementId: changed, mark: 'held' }],
      }),
    );
    await ok(
      alex.client.request('PUT', '/api/v1/agreement-holding', {
        marks: [{ agreementId: changed, mark: 'held' }],
      }),
    );
    // Alex's terms, accepted by Sam and later ended by Sam.
    const ended = await propose(alex.client, 'No contact with them');
    await answer(sam.client, ended, 1, 'accept');
    await ok(sam.client.post(`/api/v1/agreements/${ended}/end`, { reason: `ended ${mark}` }));
    // Alex's proposal Sam declined, and one still waiting for Sam.
    const declined = await propose(alex.client, 'Open phones');
    await answer(sam.client, declined, 1, 'decline', `declined ${mark}`);
    const waiting = await propose(alex.client, 'Home by ten');
    // Sam's proposal that never came into force.
    await propose(sam.client, `only ${mark}`);

    const deleted = await sam.client.request('DELETE', '/api/v1/me', { password: GOOD_PASSWORD });
    expect(deleted.status, JSON.stringify(deleted.body)).toBe(204);
    expect(await whereTheyRemain(ctx, [sam.id], [mark, sam.email])).toEqual([]);

    const list = (await alex.client.get('/api/v1/agreements')).body.agreements;
    const byId = (id: string) => list.find((agreement: { id: string }) => agreement.id === id);
    expect(list).toHaveLength(4);

    expect(byId(changed)).toMatchObject({
      state: 'in_force',
      waiting: null,
      current: {
        version: 2,
        title: 'We talk every evening, phones away',
        reason: null,
        proposedBy: null,
        outcome: 'in_force',
      },
      youMay: { proposeChange: true, end: true },
    });
    expect(
      byId(changed).versions.map((v: { version: number; proposedBy: unknown }) => v.version),
    ).toEqual([1, 2]);
    expect(byId(changed).history.map((h: { type: string; by: unknown }) => [h.type, h.by])).toEqual(
      [
        ['proposed', null],
        ['accepted', { displayName: 'Alex', isYou: true }],
        ['proposed', null],
        ['accepted', { displayName: 'Alex', isYou: true }],
      ],
    );

    expect(byId(ended)).toMatchObject({
      state: 'ended',
      current: { title: 'No contact with them', proposedBy: { isYou: true } },
    });
    expect(byId(ended).history.at(-1)).toMatchObject({ type: 'ended', by: null, reason: null });
    expect(byId(declined)).toMatchObject({ state: 'declined' });
    expect(byId(declined).history.at(-1)).toMatchObject({ type: 'declined', reason: null });
    expect(byId(waiting)).toMatchObject({ state: 'proposed', youMay: { withdraw: true } });

    // Alex's own weekly mark stays; Sam's went with Sam.
    const marks = await ctx.database.db
      .selectFrom('agreement_holding')
      .select(['agreement_id', 'user_id'])
      .execute();
    expect(marks).toEqual([{ agreement_id: changed, user_id: alex.id }]);

    // Alex can carry on: a new change, accepted by nobody yet, waits as usual.
    await ok(
      alex.client.post(`/api/v1/agreements/${changed}/changes`, {
        basedOnVersion: 2,
        terms: terms('We talk most evenings'),
        reason: 'Looking at it again on my own.',
      }),
    );
    expect(
      (await alex.client.get(`/api/v1/agreements/${changed}`)).body.agreement.waiting,
    ).toMatchObject({ version: 3, proposedBy: { isYou: true } });
  });
});
