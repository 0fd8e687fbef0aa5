import { afterEach, describe, expect, it } from 'vitest';
import { useTestContext } from '../../test-support/context.js';
import { linkedCouple } from '../../test-support/factories.js';

const ctx = useTestContext();
afterEach(() => ctx.clock.reset());

type Client = Awaited<ReturnType<typeof linkedCouple>>['creator']['client'];

async function updateKinds(client: Client): Promise<string[]> {
  const { body } = await client.get('/api/v1/notifications');
  return body.notifications.map((notification: { kind: string }) => notification.kind);
}

describe('an appreciation written offline', () => {
  it('sent again with its idempotency key, in turn and at once, is one row and one update', async () => {
    ctx.clock.set(new Date('2026-11-26T12:00:00Z'));
    const { creator, partner } = await linkedCouple(ctx);
    const appreciation = {
      text: 'Thank you for listening last night.',
      idempotencyKey: '5d0c3c4e-8a8f-4f4e-9a53-6f2b7c1d9e20',
    };
    const path = '/api/v1/together/appreciations';
    // The device's queue sends it again after a lost answer, or from two tabs at the same time.
    const oneByOne = [];
    for (let attempt = 0; attempt < 10; attempt += 1) {
      oneByOne.push(await creator.client.post(path, appreciation));
    }
    const atOnce = await Promise.all(
      Array.from({ length: 10 }, () => creator.client.post(path, appreciation)),
    );
    const replies = [...oneByOne, ...atOnce];
    const firstId = oneByOne[0]?.body.id;
    expect(replies.map((reply) => [reply.status, reply.body.id])).toEqual(
      replies.map(() => [201, firstId]),
    );

    const rows = await ctx.deps.db
      .selectFrom('appreciations')
      .select(['id', 'text'])
      .where('idempotency_key', '=', appreciation.idempotencyKey)
      .execute();
    expect(rows).toEqual([{ id: firstId, text: appreciation.text }]);
    const { body } = await partner.client.get('/api/v1/together');
    expect(body.appreciations).toEqual([
      expect.objectContaining({ id: firstId, text: appreciation.text }),
    ]);
    // The partner heard about it once, not once per copy.
    expect(await updateKinds(partner.client)).toEqual(['appreciation.sent']);
  });

  it('keys belong to their author, and writes without a key are each their own', async () => {
    const { creator, partner } = await linkedCouple(ctx);
    const path = '/api/v1/together/appreciations';
    const idempotencyKey = '9e4a1f0b-2c3d-4e5f-8a6b-7c8d9e0f1a2b';
    const alex = await creator.client.post(path, { text: 'Thank you.', idempotencyKey });
    // The same key from the partner is the partner's own appreciation, not a copy of Alex's.
    const sam = await partner.client.post(path, { text: 'Thank you too.', idempotencyKey });
    expect(sam.status).toBe(201);
    expect(sam.body.id).not.toBe(alex.body.id);
    const plain = [
      await creator.client.post(path, { text: 'The coffee was lovely.' }),
      await creator.client.post(path, { text: 'The coffee was lovely.' }),
    ];
    expect(new Set(plain.map((reply) => reply.body.id)).size).toBe(2);
    const { body } = await creator.client.get('/api/v1/together');
    expect(body.appreciations).toHaveLength(4);
  });

  it('refuses a key that is not a UUID, saving nothing', async () => {
    const { creator } = await linkedCouple(ctx);
    const refused = await creator.client.post('/api/v1/together/appreciations', {
      text: 'Thank you.',
      idempotencyKey: 'again',
    });
    expect(refused.status).toBe(400);
    const { body } = await creator.client.get('/api/v1/together');
    expect(body.appreciations).toEqual([]);
  });
});
