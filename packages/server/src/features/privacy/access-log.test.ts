import { afterEach, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test-support/client.js';
import { useTestContext } from '../../test-support/context.js';
import { GOOD_PASSWORD, linkedCouple, signUp } from '../../test-support/factories.js';
import { ACCESS_LOG_PAGE_SIZE } from './access-log.js';
import { VIEW_MERGE_WINDOW_MS, WATCHED_ROUTES } from './access-recording.js';

const ctx = useTestContext();
afterEach(() => ctx.clock.reset());

const FIREFOX_ON_LINUX = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';

const CHECKIN = {
  trust: 4,
  closeness: 5,
  honestConversations: 2,
  mood: 'low',
  note: 'A shared note for the log test',
  noteVisibility: 'partner',
};

// biome-ignore lint/suspicious/noExplicitAny: entries are asserted field by field.
async function accessLog(client: TestClient, before?: string): Promise<any> {
  const response = await client.get(
    `/api/v1/me/access-log${before ? `?before=${encodeURIComponent(before)}` : ''}`,
  );
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

describe('the access log', () => {
  it('shows the member that their partner opened their shared check-ins, by name and without the partner’s device', async () => {
    const { creator, partner } = await linkedCouple(ctx);
    await creator.client.post('/api/v1/checkins', CHECKIN);
    expect((await partner.client.get('/api/v1/checkins')).status).toBe(200);

    const { entries } = await accessLog(creator.client);
    const viewed = entries.filter((entry: { action: string }) => entry.action === 'record.viewed');
    expect(viewed).toEqual([
      expect.objectContaining({
        who: 'person',
        displayName: 'Sam',
        recordKind: 'checkins',
        device: null,
      }),
    ]);
  });

  it('records one event per request for the dashboard, the incidents and the therapy sessions', async () => {
    const { creator, partner } = await linkedCouple(ctx);
    for (const path of ['/api/v1/progress', '/api/v1/incidents', '/api/v1/therapy-sessions']) {
      expect((await partner.client.get(path)).status).toBe(200);
    }
    const { entries } = await accessLog(creator.client);
    const kinds = entries
      .filter((entry: { action: string }) => entry.action === 'record.viewed')
      .map((entry: { recordKind: string }) => entry.recordKind);
    expect(kinds).toEqual(['therapy_sessions', 'incidents', 'progress']);
  });

  it('merges repeated views within a few minutes into the first, and records the next visit after that', async () => {
    const { creator, partner } = await linkedCouple(ctx);
    const viewedTimes = async () =>
      (await accessLog(creator.client)).entries
        .filter((entry: { action: string }) => entry.action === 'record.viewed')
        .map((entry: { at: string }) => entry.at);
    for (let refresh = 0; refresh < 5; refresh += 1) {
      expect((await partner.client.get('/api/v1/progress')).status).toBe(200);
      ctx.clock.advance(60_000);
    }
    expect(await viewedTimes()).toHaveLength(1);
    ctx.clock.advance(VIEW_MERGE_WINDOW_MS);
    expect((await partner.client.get('/api/v1/progress')).status).toBe(200);
    expect(await viewedTimes()).toHaveLength(2);
  });

  it('records a view at once when it shows someone new, even within the window', async () => {
    const member = await signUp(ctx, { displayName: 'Kit' });
    await member.client.post('/api/v1/space', {
      relationshipType: 'marriage',
      role: 'hurt',
      cameToLightOn: '2026-01-15',
    });
    // Alone in the space, the dashboard shows nobody else's records: nothing to record.
    expect((await member.client.get('/api/v1/progress')).status).toBe(200);
    const invitation = await member.client.post('/api/v1/space/invitations');
    const token = new URL(invitation.body.invitation.link).pathname.split('/').at(-1);
    const joiner = await signUp(ctx, { displayName: 'Lee' });
    await joiner.client.post('/api/v1/invitations/accept', { token, role: 'involved' });
    expect((await member.client.get('/api/v1/progress')).status).toBe(200);
    const { entries } = await accessLog(joiner.client);
    expect(entries.filter((entry: { action: string }) => entry.action === 'record.viewed')).toEqual(
      [expect.objectContaining({ displayName: 'Kit', recordKind: 'progress' })],
    );
  });

  it('records the partner opening the recovery path and a stage with what the member shared', async () => {
    const { creator, partner } = await linkedCouple(ctx);
    expect((await partner.client.get('/api/v1/program')).status).toBe(200);
    const stages = (await partner.client.get('/api/v1/program')).body.stages;
    expect((await partner.client.get(`/api/v1/program/stages/${stages[0].id}`)).status).toBe(200);
    const { entries } = await accessLog(creator.client);
    const kinds = entries
      .filter((entry: { action: string }) => entry.action === 'record.viewed')
      .map((entry: { recordKind: string }) => entry.recordKind);
    // The path was opened twice within a minute: one visit.
    expect(kinds).toEqual(['program_answers', 'program']);
  });

  it('shows a change when the partner reports an incident about the member, naming the incident', async () => {
    const { creator, partner } = await linkedCouple(ctx);
    const reported = await partner.client.post('/api/v1/incidents', {
      kind: 'lie',
      disclosure: 'discovered',
      about: 'partner',
      occurredOn: '2026-10-01',
    });
    expect(reported.status).toBe(201);
    // An incident the partner reports about themself is theirs alone: no event for the member.
    await partner.client.post('/api/v1/incidents', {
      kind: 'contact',
      disclosure: 'proactive',
      about: 'self',
      occurredOn: '2026-10-02',
    });
    const { entries } = await accessLog(creator.client);
    const changed = entries.filter(
      (entry: { action: string }) => entry.action === 'record.changed',
    );
    expect(changed).toEqual([
      expect.objectContaining({ who: 'person', displayName: 'Sam', recordKind: 'incidents' }),
    ]);
  });

  it('does not show the partner anything of the member’s own activity', async () => {
    const { creator, partner } = await linkedCouple(ctx);
    const otherDevice = ctx.client();
    await otherDevice.post('/api/v1/sessions', { email: creator.email, password: GOOD_PASSWORD });
    await creator.client.post('/api/v1/checkins', { ...CHECKIN, noteVisibility: 'private' });
    await creator.client.get('/api/v1/me/export');
    await creator.client.get('/api/v1/checkins');

    const { entries } = await accessLog(partner.client);
    for (const entry of entries) {
      // Only the partner's own doings, or the member looking at the partner's shared records.
      if (entry.who !== 'you') {
        expect(entry).toMatchObject({
          who: 'person',
          displayName: 'Alex',
          action: 'record.viewed',
        });
      }
    }
    expect(entries.some((entry: { who: string }) => entry.who === 'person')).toBe(true);
    expect(JSON.stringify(entries)).not.toContain('data.exported');
  });

  it('lists every sign-in with its device, and a wrong password as someone unknown', async () => {
    const person = await signUp(ctx);
    const browser = ctx.client();
    const signedIn = await browser.request(
      'POST',
      '/api/v1/sessions',
      { email: person.email, password: GOOD_PASSWORD },
      { 'user-agent': FIREFOX_ON_LINUX },
    );
    expect(signedIn.status).toBe(200);
    await ctx
      .client()
      .request(
        'POST',
        '/api/v1/sessions',
        { email: person.email, password: 'not the password at all' },
        { 'user-agent': FIREFOX_ON_LINUX },
      );

    const { entries } = await accessLog(person.client);
    expect(
      entries.find((entry: { action: string }) => entry.action === 'account.signed_in'),
    ).toMatchObject({
      who: 'you',
      device: 'Firefox on Linux',
    });
    expect(
      entries.find((entry: { action: string }) => entry.action === 'account.sign_in_failed'),
    ).toMatchObject({ who: 'someone', displayName: null, device: 'Firefox on Linux' });
  });

  it('pages newest first, each event once', async () => {
    const { creator, partner } = await linkedCouple(ctx);
    for (let index = 0; index < ACCESS_LOG_PAGE_SIZE + 5; index += 1) {
      await partner.client.get('/api/v1/incidents');
      ctx.clock.advance(VIEW_MERGE_WINDOW_MS + 1);
    }
    const first = await accessLog(creator.client);
    expect(first.entries).toHaveLength(ACCESS_LOG_PAGE_SIZE);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await accessLog(creator.client, first.nextCursor);
    expect(second.nextCursor).toBeNull();
    const all = [...first.entries, ...second.entries];
    expect(new Set(all.map((entry: { id: string }) => entry.id)).size).toBe(all.length);
    const times = all.map((entry: { at: string }) => entry.at);
    expect(times).toEqual([...times].sort().reverse());
    expect(
      all.filter((entry: { action: string }) => entry.action === 'record.viewed'),
    ).toHaveLength(ACCESS_LOG_PAGE_SIZE + 5);
  });

  it('refuses a page marker it did not hand out', async () => {
    const person = await signUp(ctx);
    const response = await person.client.get('/api/v1/me/access-log?before=yesterday');
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
  });

  it('watches only routes that exist, so a renamed route cannot silently drop its events', () => {
    for (const route of WATCHED_ROUTES) expect(ctx.app.registeredRoutes).toContain(route);
  });
});
