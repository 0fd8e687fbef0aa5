import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../test-support/context.js';
import { createSpace, signUp } from '../../test-support/factories.js';

const ctx = useTestContext();

const checkin = (idempotencyKey: string) => ({
  trust: 6,
  closeness: 5,
  honestConversations: 3,
  mood: 'okay',
  noteVisibility: 'private',
  idempotencyKey,
});

async function rowsOf(userId: string) {
  return ctx.database.db
    .selectFrom('checkins')
    .select(['id', 'idempotency_key'])
    .where('user_id', '=', userId)
    .execute();
}

// A device's offline queue sends each write with the key it made when the person saved, and
// sends it again whenever it cannot tell whether the last try arrived.
describe('a check-in replayed from an offline queue', () => {
  it('sent ten times one after another is stored once, and every answer names that check-in', async () => {
    const person = await signUp(ctx);
    await createSpace(person);
    const key = crypto.randomUUID();
    const answers = [];
    for (let attempt = 0; attempt < 10; attempt += 1) {
      answers.push(await person.client.post('/api/v1/checkins', checkin(key)));
    }
    expect(answers.map((answer) => answer.status)).toEqual([201, ...Array(9).fill(200)]);
    expect(new Set(answers.map((answer) => answer.body.checkin.id)).size).toBe(1);
    expect(await rowsOf(person.id)).toHaveLength(1);
  });

  it('sent ten times at once is stored once, and none of the ten is refused', async () => {
    const person = await signUp(ctx);
    await createSpace(person);
    const key = crypto.randomUUID();
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => person.client.post('/api/v1/checkins', checkin(key))),
    );
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(answers.map((answer) => answer.body.checkin.id)).size).toBe(1);
    expect(await rowsOf(person.id)).toEqual([
      { id: answers[0]?.body.checkin.id, idempotency_key: key },
    ]);
  });
});
