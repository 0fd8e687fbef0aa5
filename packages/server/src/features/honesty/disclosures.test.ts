import { afterEach, describe, expect, it } from 'vitest';
import { useTestContext } from '../../test-support/context.js';
import { linkedCouple } from '../../test-support/factories.js';

const ctx = useTestContext();
afterEach(() => ctx.clock.reset());

describe('proactive disclosures', () => {
  it('records an incident disclosed proactively, counted once by the relapse metric', async () => {
    const { creator: hurt, partner: involved } = await linkedCouple(ctx);
    const key = '0b7f5c1e-8d44-4c55-9d0e-1f2a3b4c5d6e';
    const body = {
      topic: 'contact',
      occurredOn: '2026-11-19',
      text: 'They messaged me yesterday. I did not answer, and I blocked the number.',
      idempotencyKey: key,
    };
    const [first, retry] = await Promise.all([
      involved.client.post('/api/v1/disclosures', body),
      involved.client.post('/api/v1/disclosures', body),
    ]);
    expect(first.status).toBe(201);
    expect(retry.body.id).toBe(first.body.id);
    const other = await involved.client.post('/api/v1/disclosures', {
      topic: 'something_else',
      occurredOn: '2026-11-20',
      text: 'I still have one photo on an old laptop. I deleted it today.',
    });
    expect(other.status).toBe(201);

    const seen = (await hurt.client.get('/api/v1/disclosures')).body;
    expect(seen.mayDisclose).toBe(false);
    expect(seen.disclosures).toHaveLength(2);
    const contact = seen.disclosures.find((item: { topic: string }) => item.topic === 'contact');
    expect(contact.by).toEqual({ displayName: 'Sam', isYou: false });
    expect(contact.incidentId).not.toBeNull();
    const incidents = (await hurt.client.get('/api/v1/incidents')).body.incidents;
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({
      id: contact.incidentId,
      about: { displayName: 'Sam', isYou: false },
      current: { kind: 'contact', disclosure: 'proactive', occurredOn: '2026-11-19' },
    });
    const updates = (await hurt.client.get('/api/v1/notifications')).body.notifications;
    expect(
      updates.filter((item: { kind: string }) => item.kind === 'disclosure.made'),
    ).toHaveLength(2);
  });

  it('is the involved partner’s to make, with a real date that has passed', async () => {
    const { creator: hurt, partner: involved } = await linkedCouple(ctx);
    const body = { topic: 'lie', occurredOn: '2026-10-01', text: 'I was not at work that day.' };
    expect((await hurt.client.post('/api/v1/disclosures', body)).status).toBe(404);
    const future = await involved.client.post('/api/v1/disclosures', {
      ...body,
      occurredOn: '2999-01-01',
    });
    expect(future.status).toBe(400);
    expect((await involved.client.post('/api/v1/disclosures', { ...body, text: ' ' })).status).toBe(
      400,
    );
  });
});

describe('the full account', () => {
  it('is a draft only its author sees, then sealed, then opened when both agree', async () => {
    const { creator: hurt, partner: involved } = await linkedCouple(ctx);
    const started = await involved.client.post('/api/v1/full-accounts', {
      text: 'It began in March.',
    });
    expect(started.status).toBe(201);
    const id = started.body.id;
    expect((await hurt.client.get('/api/v1/full-accounts')).body.accounts).toEqual([]);
    expect((await hurt.client.post(`/api/v1/full-accounts/${id}/open`)).status).toBe(404);
    const saved = await involved.client.post(`/api/v1/full-accounts/${id}/versions`, {
      text: 'It began in March at a conference. It ended on 2 July.',
    });
    expect(saved.status).toBe(204);

    expect((await involved.client.post(`/api/v1/full-accounts/${id}/seal`)).status).toBe(204);
    const edit = await involved.client.post(`/api/v1/full-accounts/${id}/versions`, {
      text: 'changed',
    });
    expect(edit.status).toBe(409);
    expect(edit.body.code).toBe('ACCOUNT_SEALED');
    const sealed = (await hurt.client.get('/api/v1/full-accounts')).body.accounts[0];
    expect(sealed).toMatchObject({ state: 'sealed', text: null, versions: 2 });
    expect((await hurt.client.get('/api/v1/notifications')).body.notifications[0].kind).toBe(
      'account.sealed',
    );

    // One "open" is not enough: a clear answer, and the text stays closed.
    const first = await hurt.client.post(`/api/v1/full-accounts/${id}/open`);
    expect(first.status).toBe(200);
    expect(first.body.state).toBe('sealed');
    const again = await hurt.client.post(`/api/v1/full-accounts/${id}/open`);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('ACCOUNT_WAITING_FOR_PARTNER');
    expect((await hurt.client.get('/api/v1/full-accounts')).body.accounts[0].text).toBeNull();

    const second = await involved.client.post(`/api/v1/full-accounts/${id}/open`);
    expect(second.body.state).toBe('opened');
    const opened = (await hurt.client.get('/api/v1/full-accounts')).body.accounts[0];
    expect(opened).toMatchObject({
      state: 'opened',
      text: 'It began in March at a conference. It ended on 2 July.',
    });
    expect(
      (await involved.client.post(`/api/v1/full-accounts/${id}/versions`, { text: 'x' })).status,
    ).toBe(409);
  });

  it('warns its author about graphic detail without refusing it, and seals only written text', async () => {
    const { partner: involved } = await linkedCouple(ctx);
    const empty = (await involved.client.post('/api/v1/full-accounts', { text: '' })).body.id;
    expect((await involved.client.post(`/api/v1/full-accounts/${empty}/seal`)).status).toBe(400);
    const started = await involved.client.post('/api/v1/full-accounts', {
      text: 'We met at her flat and she went down on me.',
    });
    expect(started.status).toBe(201);
    const mine = (await involved.client.get('/api/v1/full-accounts')).body.accounts;
    const flagged = mine.find((account: { id: string }) => account.id === started.body.id);
    expect(flagged.explicitDetail).toEqual([{ start: 27, end: 39, phrase: 'went down on' }]);
  });
});

describe('commitments and the timeline', () => {
  it('shows each week’s two views, a gap, an acknowledgement, and the road travelled', async () => {
    ctx.clock.set(new Date('2026-11-30T10:00:00Z'));
    const { creator: hurt, partner: involved } = await linkedCouple(ctx);
    const made = await involved.client.post('/api/v1/commitments', {
      what: 'Tell you where I am when I am late',
      howOften: 'whenever_it_comes_up',
      until: '2027-01-31',
    });
    expect(made.status).toBe(201);
    const id = made.body.id;
    const refused = await hurt.client.post('/api/v1/commitments', {
      what: 'x',
      howOften: 'every_day',
      until: '2027-01-31',
    });
    expect(refused.status).toBe(403);
    expect(
      (await hurt.client.post(`/api/v1/commitments/${id}/marks`, { week: 2, mark: 'kept' })).status,
    ).toBe(400);

    // Sessions end after a week without use: both look in on the way to the second week.
    ctx.clock.set(new Date('2026-12-06T09:00:00Z'));
    for (const person of [hurt, involved]) await person.client.get('/api/v1/commitments');
    ctx.clock.set(new Date('2026-12-10T10:00:00Z'));
    for (const [person, week, mark] of [
      [involved, 1, 'kept'],
      [hurt, 1, 'kept'],
      [involved, 2, 'kept'],
      [hurt, 2, 'not_kept'],
    ] as const) {
      const marked = await person.client.post(`/api/v1/commitments/${id}/marks`, { week, mark });
      expect(marked.status).toBe(204);
    }
    expect(
      (await involved.client.post(`/api/v1/commitments/${id}/acknowledgement`, {})).status,
    ).toBe(403);
    expect(
      (await hurt.client.post(`/api/v1/commitments/${id}/acknowledgement`, { note: 'Thank you.' }))
        .status,
    ).toBe(204);
    expect((await hurt.client.post(`/api/v1/commitments/${id}/acknowledgement`, {})).status).toBe(
      409,
    );

    const [commitment] = (await hurt.client.get('/api/v1/commitments')).body.commitments;
    expect(
      commitment.weeks.map((week: { outcome: string; gap: boolean }) => [week.outcome, week.gap]),
    ).toEqual([
      ['kept', false],
      ['not_kept', true],
    ]);
    expect(commitment.weeks[1]).toMatchObject({ yourMark: 'not_kept', partnerMark: 'kept' });
    expect(commitment.summary).toEqual({
      weeks: 2,
      kept: 1,
      notKept: 1,
      unclear: 0,
      keptInARow: 0,
    });
    expect(commitment.acknowledgement.note).toBe('Thank you.');

    const question = (await hurt.client.post('/api/v1/questions', { text: 'Why then?' })).body.id;
    await involved.client.post(`/api/v1/questions/${question}/answers`, { text: 'Because.' });
    const road = (await hurt.client.get('/api/v1/timeline')).body;
    expect(road.counts).toMatchObject({ commitment: 2, question: 1 });
    expect(road.entries.map((entry: { event: string }) => entry.event)).toEqual([
      'question.answered',
      'commitment.week_kept',
      'commitment.made',
    ]);
    const filtered = await hurt.client.get('/api/v1/timeline?kinds=question&from=2026-12-08');
    expect(filtered.body.entries).toHaveLength(1);
    expect((await hurt.client.get('/api/v1/timeline?kinds=gossip')).status).toBe(400);
    expect((await hurt.client.get('/api/v1/timeline?from=someday')).status).toBe(400);
  });
});
