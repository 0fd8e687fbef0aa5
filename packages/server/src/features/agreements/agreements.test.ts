import { describe, expect, it } from 'vitest';
import type { TestClient } from '../../test-support/client.js';
import { useTestContext } from '../../test-support/context.js';
import { linkedCouple } from '../../test-support/factories.js';

const ctx = useTestContext();

const terms = (overrides: Record<string, unknown> = {}) => ({
  title: 'My phone is open to you',
  practice: 'You may look at my phone when you ask, and I hand it over without fuss.',
  category: 'devices_passwords',
  reviewOn: '2099-03-01',
  sunsetSteps: ['You ask before looking.', 'No looking; I keep telling you what matters.'],
  ...overrides,
});

async function agreementOf(client: TestClient, id: string) {
  const response = await client.get(`/api/v1/agreements/${id}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.agreement;
}

async function kindsNotified(client: TestClient): Promise<string[]> {
  return (await client.get('/api/v1/notifications')).body.notifications.map(
    (notification: { kind: string }) => notification.kind,
  );
}

async function proposedAndAccepted() {
  const couple = await linkedCouple(ctx);
  const proposed = await couple.creator.client.post('/api/v1/agreements', terms());
  expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
  const id: string = proposed.body.id;
  const accepted = await couple.partner.client.post(`/api/v1/agreements/${id}/answers`, {
    version: 1,
    answer: 'accept',
  });
  expect(accepted.status, JSON.stringify(accepted.body)).toBe(204);
  return { ...couple, id };
}

describe('agreements', () => {
  it('is proposed by one, in force only when the other accepts, and both are told', async () => {
    const { creator, partner } = await linkedCouple(ctx);
    const { body } = await creator.client.post('/api/v1/agreements', terms());
    const proposed = await agreementOf(partner.client, body.id);
    expect(proposed).toMatchObject({
      state: 'proposed',
      current: { version: 1, title: 'My phone is open to you', outcome: 'waiting', stepsTaken: 0 },
      waiting: { version: 1, proposedBy: { displayName: 'Alex', isYou: false } },
      youMay: { accept: true, decline: true, withdraw: false, end: false },
    });
    expect(await kindsNotified(partner.client)).toEqual(['agreement.proposed']);

    const own = await creator.client.post(`/api/v1/agreements/${body.id}/answers`, {
      version: 1,
      answer: 'accept',
    });
    expect(own.status).toBe(403);
    expect(own.body.code).toBe('AGREEMENT_NOT_YOURS_TO_DECIDE');
    expect((await agreementOf(creator.client, body.id)).state).toBe('proposed');

    await partner.client.post(`/api/v1/agreements/${body.id}/answers`, {
      version: 1,
      answer: 'accept',
    });
    const inForce = await agreementOf(creator.client, body.id);
    expect(inForce).toMatchObject({
      state: 'in_force',
      waiting: null,
      current: { outcome: 'in_force' },
    });
    expect(inForce.current.acceptedAt).not.toBeNull();
    expect(await kindsNotified(creator.client)).toEqual(['agreement.accepted']);
  });

  it('keeps the version in force while a change waits, and every version afterwards', async () => {
    const { creator, partner, id } = await proposedAndAccepted();
    const changed = await partner.client.post(`/api/v1/agreements/${id}/changes`, {
      basedOnVersion: 1,
      terms: terms({ practice: 'You may look whenever you like; I will not mind.' }),
      reason: 'I would like it to be easier for you.',
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(204);
    const waiting = await agreementOf(creator.client, id);
    expect(waiting).toMatchObject({
      state: 'change_proposed',
      current: { version: 1, outcome: 'in_force' },
      waiting: {
        version: 2,
        changeKind: 'change',
        reason: 'I would like it to be easier for you.',
      },
    });
    expect(await kindsNotified(creator.client)).toContain('agreement.change_proposed');

    await creator.client.post(`/api/v1/agreements/${id}/answers`, { version: 2, answer: 'accept' });
    const after = await agreementOf(partner.client, id);
    expect(after.current).toMatchObject({ version: 2, outcome: 'in_force' });
    expect(after.versions.map((v: { outcome: string }) => v.outcome)).toEqual([
      'replaced',
      'in_force',
    ]);
    expect(after.history.map((event: { type: string }) => event.type)).toEqual([
      'proposed',
      'accepted',
      'proposed',
      'accepted',
    ]);
  });

  it('refuses to accept a version that has since been replaced, leaving everything as it was', async () => {
    const { creator, partner, id } = await proposedAndAccepted();
    await partner.client.post(`/api/v1/agreements/${id}/changes`, {
      basedOnVersion: 1,
      terms: terms({ title: 'Phone open, version two' }),
    });
    await partner.client.post(`/api/v1/agreements/${id}/answers`, {
      version: 2,
      answer: 'withdraw',
    });
    await partner.client.post(`/api/v1/agreements/${id}/changes`, {
      basedOnVersion: 1,
      terms: terms({ title: 'Phone open, version three' }),
    });
    const before = await agreementOf(creator.client, id);
    const stale = await creator.client.post(`/api/v1/agreements/${id}/answers`, {
      version: 2,
      answer: 'accept',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('AGREEMENT_SUPERSEDED');
    expect(stale.body.detail).toContain('version 3');
    expect(await agreementOf(creator.client, id)).toEqual(before);

    const staleChange = await creator.client.post(`/api/v1/agreements/${id}/changes`, {
      basedOnVersion: 1,
      terms: terms({ title: 'Mine instead' }),
    });
    expect(staleChange.status).toBe(409);
    expect(staleChange.body.code).toBe('AGREEMENT_PROPOSAL_WAITING');
  });

  it('answers two simultaneous acceptances once', async () => {
    const { creator, partner } = await linkedCouple(ctx);
    const { body } = await creator.client.post('/api/v1/agreements', terms());
    const answers = await Promise.all(
      [0, 1].map(() =>
        partner.client.post(`/api/v1/agreements/${body.id}/answers`, {
          version: 1,
          answer: 'accept',
        }),
      ),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([204, 409]);
    expect(
      (await agreementOf(creator.client, body.id)).history.filter(
        (event: { type: string }) => event.type === 'accepted',
      ),
    ).toHaveLength(1);
  });

  it('is ended by either partner with a reason, and nothing more can be done with it', async () => {
    const { creator, partner, id } = await proposedAndAccepted();
    expect((await creator.client.post(`/api/v1/agreements/${id}/end`, { reason: '' })).status).toBe(
      400,
    );
    const ended = await creator.client.post(`/api/v1/agreements/${id}/end`, {
      reason: 'We have not needed it for months.',
    });
    expect(ended.status).toBe(204);
    expect(await kindsNotified(partner.client)).toContain('agreement.ended');
    const before = await agreementOf(partner.client, id);
    expect(before).toMatchObject({ state: 'ended', current: { outcome: 'ended' } });
    expect(before.history.at(-1)).toMatchObject({
      type: 'ended',
      reason: 'We have not needed it for months.',
      by: { displayName: 'Alex', isYou: false },
    });
    for (const [path, payload] of [
      ['changes', { basedOnVersion: 1, terms: terms({ title: 'Again' }) }],
      ['sunset-steps', { basedOnVersion: 1 }],
      ['end', { reason: 'twice' }],
      ['answers', { version: 1, answer: 'accept' }],
    ] as const) {
      const response = await partner.client.post(`/api/v1/agreements/${id}/${path}`, payload);
      expect(response.status, path).toBe(409);
      expect(response.body.code).toBe('AGREEMENT_CLOSED');
    }
    expect(await agreementOf(partner.client, id)).toEqual(before);
  });

  it('can be declined, or withdrawn by the one who proposed it', async () => {
    const { creator, partner } = await linkedCouple(ctx);
    const first = (await creator.client.post('/api/v1/agreements', terms())).body.id;
    const declined = await partner.client.post(`/api/v1/agreements/${first}/answers`, {
      version: 1,
      answer: 'decline',
      reason: 'I would rather we talk about it first.',
    });
    expect(declined.status).toBe(204);
    expect((await agreementOf(creator.client, first)).state).toBe('declined');
    expect(await kindsNotified(creator.client)).toEqual(['agreement.declined']);

    const second = (await creator.client.post('/api/v1/agreements', terms())).body.id;
    const notYours = await partner.client.post(`/api/v1/agreements/${second}/answers`, {
      version: 1,
      answer: 'withdraw',
    });
    expect(notYours.status).toBe(403);
    await creator.client.post(`/api/v1/agreements/${second}/answers`, {
      version: 1,
      answer: 'withdraw',
    });
    expect((await agreementOf(partner.client, second)).state).toBe('withdrawn');
  });

  it('relaxes a transparency measure one sunset step at a time, each accepted by both', async () => {
    const { creator, partner, id } = await proposedAndAccepted();
    expect((await agreementOf(creator.client, id)).youMay.takeSunsetStep).toBe(true);
    const step = await creator.client.post(`/api/v1/agreements/${id}/sunset-steps`, {
      basedOnVersion: 1,
    });
    expect(step.status, JSON.stringify(step.body)).toBe(204);
    expect((await agreementOf(partner.client, id)).waiting).toMatchObject({
      version: 2,
      changeKind: 'sunset_step',
      stepsTaken: 1,
    });
    expect((await agreementOf(partner.client, id)).current.stepsTaken).toBe(0);
    await partner.client.post(`/api/v1/agreements/${id}/answers`, { version: 2, answer: 'accept' });
    await creator.client.post(`/api/v1/agreements/${id}/sunset-steps`, { basedOnVersion: 2 });
    await partner.client.post(`/api/v1/agreements/${id}/answers`, { version: 3, answer: 'accept' });
    const relaxed = await agreementOf(creator.client, id);
    expect(relaxed.current.stepsTaken).toBe(2);
    expect(relaxed.youMay.takeSunsetStep).toBe(false);
    const beyond = await creator.client.post(`/api/v1/agreements/${id}/sunset-steps`, {
      basedOnVersion: 3,
    });
    expect(beyond.status).toBe(400);
  });

  it('checks the terms, naming each field', async () => {
    const { creator } = await linkedCouple(ctx);
    const response = await creator.client.post(
      '/api/v1/agreements',
      terms({ title: '   ', reviewOn: '2020-01-01' }),
    );
    expect(response.status).toBe(400);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual([
      'title',
      'reviewOn',
    ]);
    expect(
      (await creator.client.post('/api/v1/agreements', terms({ category: 'surveillance' }))).status,
    ).toBe(400);
    expect((await creator.client.get('/api/v1/agreements')).body.agreements).toEqual([]);
  });
});

describe('did it hold?', () => {
  it('takes each partner’s own view of each agreement in force, and shows a gap without a verdict', async () => {
    const { creator, partner, id } = await proposedAndAccepted();
    const empty = (await creator.client.get('/api/v1/agreement-holding')).body;
    expect(empty.agreements).toEqual([
      {
        id,
        title: 'My phone is open to you',
        yours: null,
        partners: null,
        comparison: 'you_not_marked',
      },
    ]);
    const saved = await creator.client.request('PUT', '/api/v1/agreement-holding', {
      marks: [{ agreementId: id, mark: 'held' }],
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.agreements[0]).toMatchObject({
      yours: 'held',
      comparison: 'partner_not_marked',
    });
    await partner.client.request('PUT', '/api/v1/agreement-holding', {
      marks: [{ agreementId: id, mark: 'not_held' }],
    });
    const seen = (await creator.client.get('/api/v1/agreement-holding')).body.agreements[0];
    expect(seen).toMatchObject({ yours: 'held', partners: 'not_held', comparison: 'gap' });

    // Changed within the week, like the rest of the check-in.
    await creator.client.request('PUT', '/api/v1/agreement-holding', {
      marks: [{ agreementId: id, mark: 'not_sure' }],
    });
    expect(
      (await partner.client.get('/api/v1/agreement-holding')).body.agreements[0],
    ).toMatchObject({ yours: 'not_held', partners: 'not_sure', comparison: 'gap' });
  });

  it('feeds the dashboard: each partner’s share held per week, and the weeks their views differ', async () => {
    const { creator, partner, id } = await proposedAndAccepted();
    const before = (await creator.client.get('/api/v1/progress')).body.agreementsHeld;
    expect(before.gapWeeks).toEqual([]);
    const mark = (client: TestClient, value: string) =>
      client.request('PUT', '/api/v1/agreement-holding', {
        marks: [{ agreementId: id, mark: value }],
      });
    await mark(creator.client, 'held');
    await mark(partner.client, 'not_held');
    const { weekStart } = (await creator.client.get('/api/v1/agreement-holding')).body;
    const held = (await creator.client.get('/api/v1/progress')).body.agreementsHeld;
    expect(held.gapWeeks).toEqual([weekStart]);
    expect(
      held.partners.map((p: { isYou: boolean; weekly: { shareHeld: number }[] }) => [
        p.isYou,
        p.weekly.map((week) => week.shareHeld),
      ]),
    ).toEqual([
      [true, [1]],
      [false, [0]],
    ]);
  });

  it('is asked only about agreements in force', async () => {
    const { creator, partner } = await linkedCouple(ctx);
    const { body } = await creator.client.post('/api/v1/agreements', terms());
    expect((await partner.client.get('/api/v1/agreement-holding')).body.agreements).toEqual([]);
    const refused = await partner.client.request('PUT', '/api/v1/agreement-holding', {
      marks: [{ agreementId: body.id, mark: 'held' }],
    });
    expect(refused.status).toBe(404);
    expect(
      (
        await partner.client.request('PUT', '/api/v1/agreement-holding', {
          marks: [{ agreementId: body.id, mark: 'kept' }],
        })
      ).status,
    ).toBe(400);
  });
});

describe('the access log', () => {
  it('records a partner’s look at the agreements and at the weekly marks', async () => {
    const { creator, partner, id } = await proposedAndAccepted();
    for (const path of [
      '/api/v1/agreements',
      `/api/v1/agreements/${id}`,
      '/api/v1/agreement-holding',
    ]) {
      expect((await partner.client.get(path)).status).toBe(200);
    }
    const { body } = await creator.client.get('/api/v1/me/access-log');
    const kinds = body.entries
      .filter((entry: { action: string }) => entry.action === 'record.viewed')
      .map((entry: { recordKind: string }) => entry.recordKind);
    // Repeated views of the same kind within minutes are one event.
    expect(kinds).toEqual(['agreements']);
  });
});
