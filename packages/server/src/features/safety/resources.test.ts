import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../test-support/context.js';
import { linkedCouple, signUp } from '../../test-support/factories.js';
import { RESOURCE_LIMIT } from './service.js';

const ctx = useTestContext();

const DOCTOR = { name: 'Dr Okafor', contact: '+44 20 7946 0000', note: 'Tuesdays and Thursdays' };

describe('a person’s own help contacts', () => {
  it('are added, listed in order, changed and removed by their owner', async () => {
    const person = await signUp(ctx);
    const added = await person.client.post('/api/v1/safety/resources', DOCTOR);
    expect(added.status).toBe(201);
    expect(added.body.resource).toMatchObject(DOCTOR);
    await person.client.post('/api/v1/safety/resources', {
      name: '  A friend, Jo  ',
      contact: ' https://example.org/jo ',
    });
    const listed = (await person.client.get('/api/v1/safety/resources')).body.resources;
    expect(listed.map((r: { name: string }) => r.name)).toEqual(['Dr Okafor', 'A friend, Jo']);
    expect(listed[1]).toMatchObject({ contact: 'https://example.org/jo', note: null });

    const id = added.body.resource.id;
    const changed = await person.client.request('PUT', `/api/v1/safety/resources/${id}`, {
      ...DOCTOR,
      note: '',
    });
    expect(changed.status).toBe(200);
    expect(changed.body.resource.note).toBeNull();
    expect((await person.client.delete(`/api/v1/safety/resources/${id}`)).status).toBe(204);
    expect((await person.client.get('/api/v1/safety/resources')).body.resources).toHaveLength(1);
  });

  it('need a name and a way to reach them', async () => {
    const person = await signUp(ctx);
    const blank = await person.client.post('/api/v1/safety/resources', {
      name: '   ',
      contact: ' ',
    });
    expect(blank.status).toBe(400);
    expect(blank.body.errors.map((e: { field: string }) => e.field)).toEqual(['name', 'contact']);
  });

  it(`are kept to ${RESOURCE_LIMIT}, with a kind word about why`, async () => {
    const person = await signUp(ctx);
    for (let n = 0; n < RESOURCE_LIMIT; n += 1) {
      const added = await person.client.post('/api/v1/safety/resources', {
        name: `Contact ${n}`,
        contact: `${n}`,
      });
      expect(added.status).toBe(201);
    }
    const oneMore = await person.client.post('/api/v1/safety/resources', DOCTOR);
    expect(oneMore.status).toBe(400);
    expect(oneMore.body.detail).toContain('Remove one you no longer need');
  });

  it('the partner never sees them and cannot change or remove them: not found', async () => {
    const { creator, partner } = await linkedCouple(ctx);
    const { body } = await creator.client.post('/api/v1/safety/resources', DOCTOR);
    const url = `/api/v1/safety/resources/${body.resource.id}`;
    expect((await partner.client.get('/api/v1/safety/resources')).body.resources).toEqual([]);
    const change = await partner.client.request('PUT', url, { name: 'x', contact: 'y' });
    expect(change.status).toBe(404);
    expect((await partner.client.delete(url)).status).toBe(404);
    expect((await creator.client.get('/api/v1/safety/resources')).body.resources).toEqual([
      expect.objectContaining(DOCTOR),
    ]);
  });
});
