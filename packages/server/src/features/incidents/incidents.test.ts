import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../test-support/context.js';
import { createSpace, linkedCouple, signUp } from '../../test-support/factories.js';

const ctx = useTestContext();

const report = (overrides: Record<string, unknown> = {}) => ({
  kind: 'contact',
  disclosure: 'proactive',
  about: 'self',
  occurredOn: '2026-10-01',
  description: 'A message arrived and I answered it.',
  ...overrides,
});

describe('incidents', () => {
  it('an incident reported by one partner is seen by both, with who it was about', async () => {
    const { creator, partner } = await linkedCouple(ctx);
    const created = await partner.client.post('/api/v1/incidents', report());
    expect(created.status).toBe(201);
    for (const [person, isYou] of [
      [partner, true],
      [creator, false],
    ] as const) {
      const { body } = await person.client.get('/api/v1/incidents');
      expect(body.incidents).toHaveLength(1);
      expect(body.incidents[0]).toMatchObject({
        reportedBy: { displayName: 'Sam', isYou },
        about: { displayName: 'Sam', isYou },
        current: { kind: 'contact', disclosure: 'proactive', occurredOn: '2026-10-01', version: 1 },
      });
    }
  });

  it('a report about the partner names the partner', async () => {
    const { creator } = await linkedCouple(ctx);
    await creator.client.post(
      '/api/v1/incidents',
      report({ about: 'partner', disclosure: 'discovered', kind: 'lie' }),
    );
    const { body } = await creator.client.get('/api/v1/incidents');
    expect(body.incidents[0].about).toEqual({ displayName: 'Sam', isYou: false });
  });

  it('is corrected with history, never overwritten, and the reporter can add context', async () => {
    const { creator, partner } = await linkedCouple(ctx);
    const { body } = await partner.client.post('/api/v1/incidents', report());
    const corrected = await partner.client.post(`/api/v1/incidents/${body.id}/corrections`, {
      kind: 'contact',
      disclosure: 'discovered',
      occurredOn: '2026-09-28',
      reason: 'I had the date wrong, and in truth it was found, not told.',
    });
    expect(corrected.status).toBe(204);
    expect(
      (
        await partner.client.post(`/api/v1/incidents/${body.id}/notes`, {
          text: 'I have blocked the number.',
        })
      ).status,
    ).toBe(204);
    const seen = (await creator.client.get('/api/v1/incidents')).body.incidents[0];
    expect(seen.current).toMatchObject({
      version: 2,
      disclosure: 'discovered',
      occurredOn: '2026-09-28',
    });
    expect(seen.history.map((v: { disclosure: string }) => v.disclosure)).toEqual([
      'proactive',
      'discovered',
    ]);
    expect(seen.notes.map((n: { text: string }) => n.text)).toEqual(['I have blocked the number.']);
  });

  it('only the reporter can correct an incident or add to it', async () => {
    const { creator, partner } = await linkedCouple(ctx);
    const { body } = await partner.client.post('/api/v1/incidents', report());
    const { about: _about, ...facts } = report();
    expect(
      (
        await creator.client.post(`/api/v1/incidents/${body.id}/corrections`, {
          ...facts,
          reason: 'no',
        })
      ).status,
    ).toBe(404);
    expect(
      (await creator.client.post(`/api/v1/incidents/${body.id}/notes`, { text: 'mine' })).status,
    ).toBe(404);
    expect((await partner.client.get('/api/v1/incidents')).body.incidents[0].history).toHaveLength(
      1,
    );
  });

  it('rejects a future date, an unknown kind and an empty correction reason', async () => {
    const person = await signUp(ctx);
    await createSpace(person);
    expect(
      (await person.client.post('/api/v1/incidents', report({ occurredOn: '2999-01-01' }))).body
        .errors[0].field,
    ).toBe('occurredOn');
    expect(
      (await person.client.post('/api/v1/incidents', report({ kind: 'flirting' }))).status,
    ).toBe(400);
    const { body } = await person.client.post('/api/v1/incidents', report());
    const { about: _about, ...facts } = report();
    expect(
      (
        await person.client.post(`/api/v1/incidents/${body.id}/corrections`, {
          ...facts,
          reason: '',
        })
      ).status,
    ).toBe(400);
    expect((await person.client.get('/api/v1/incidents')).body.incidents).toHaveLength(1);
  });
});
