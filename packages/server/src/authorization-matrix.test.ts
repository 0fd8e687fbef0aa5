import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { TestClient, TestResponse } from './test-support/client.js';
import { useTestContext } from './test-support/context.js';
import { createSpace, invite, signUp } from './test-support/factories.js';

/**
 * Every route, asked by every kind of person: signed out, a stranger with no space, a member of a
 * different space, and a member of the target space. For everyone but the member, the target
 * space must be exactly as it was afterwards. A route added without a row here fails the last test.
 */
const ctx = useTestContext();

const ACTORS = ['signedOut', 'stranger', 'otherSpaceMember', 'member'] as const;
type ActorKind = (typeof ACTORS)[number];

interface Scenario {
  readonly spaceId: string;
  readonly invitation: { id: string; code: string; token: string };
  readonly checkinId: string;
  readonly incidentId: string;
  readonly memberId: string;
  readonly clients: Record<ActorKind, TestClient>;
}

async function buildScenario(): Promise<Scenario> {
  const member = await signUp(ctx, { displayName: 'Target member' });
  const space = await createSpace(member);
  const invitation = await invite(member);
  const checkin = await member.client.post('/api/v1/checkins', CHECKIN);
  const incident = await member.client.post('/api/v1/incidents', INCIDENT);
  const stranger = await signUp(ctx);
  const other = await signUp(ctx);
  await createSpace(other);
  return {
    spaceId: space.id,
    invitation,
    checkinId: checkin.body.checkin.id,
    incidentId: incident.body.id,
    memberId: space.members[0].id,
    clients: {
      signedOut: ctx.client(),
      stranger: stranger.client,
      otherSpaceMember: other.client,
      member: member.client,
    },
  };
}

/** A fingerprint of everything that belongs to the target space. */
async function fingerprint(spaceId: string): Promise<string> {
  const result = await sql<{ digest: string }>`
    SELECT md5(concat_ws('|',
      (SELECT string_agg(c::text, ',') FROM couples c WHERE c.id = ${spaceId}),
      (SELECT string_agg(m::text, ',' ORDER BY m.id) FROM couple_members m WHERE m.couple_id = ${spaceId}),
      (SELECT string_agg(i::text, ',' ORDER BY i.id) FROM invitations i WHERE i.couple_id = ${spaceId}),
      (SELECT string_agg(k::text, ',' ORDER BY k.id) FROM checkins k WHERE k.couple_id = ${spaceId}),
      (SELECT string_agg(q::text, ',' ORDER BY q.id) FROM questionnaire_responses q WHERE q.couple_id = ${spaceId}),
      (SELECT string_agg(v::text, ',' ORDER BY v.incident_id, v.version) FROM incident_versions v WHERE v.couple_id = ${spaceId}),
      (SELECT string_agg(n::text, ',' ORDER BY n.id) FROM incident_notes n WHERE n.couple_id = ${spaceId}),
      (SELECT string_agg(t::text, ',' ORDER BY t.id) FROM therapy_sessions t WHERE t.couple_id = ${spaceId}),
      (SELECT string_agg(u::text, ',' ORDER BY u.id) FROM users u
        JOIN couple_members m ON m.user_id = u.id WHERE m.couple_id = ${spaceId})
    )) AS digest`.execute(ctx.database.db);
  return result.rows[0]?.digest ?? '';
}

interface RouteCase {
  readonly method: string;
  readonly url: string;
  readonly send: (client: TestClient, scenario: Scenario) => Promise<TestResponse>;
  readonly expected: Record<ActorKind, number>;
}

const everyone = (status: number): Record<ActorKind, number> => ({
  signedOut: status,
  stranger: status,
  otherSpaceMember: status,
  member: status,
});
const signedIn = (signedOut: number, rest: Omit<Record<ActorKind, number>, 'signedOut'>) => ({
  signedOut,
  ...rest,
});
const newAccount = () => ({
  email: `m-${Math.random().toString(36).slice(2)}@example.org`,
  password: 'matrix long passphrase',
  displayName: 'M',
  timeZone: 'UTC',
});

const CHECKIN = {
  trust: 5,
  closeness: 5,
  honestConversations: 1,
  mood: 'okay',
  noteVisibility: 'private',
};

const INCIDENT_FACTS = { kind: 'contact', disclosure: 'proactive', occurredOn: '2026-10-01' };
const INCIDENT = { ...INCIDENT_FACTS, about: 'self' };

const ROUTES: RouteCase[] = [
  { method: 'GET', url: '/healthz', send: (c) => c.get('/healthz'), expected: everyone(200) },
  { method: 'GET', url: '/readyz', send: (c) => c.get('/readyz'), expected: everyone(200) },
  {
    method: 'GET',
    url: '/api/v1/csrf-token',
    send: (c) => c.get('/api/v1/csrf-token'),
    expected: everyone(200),
  },
  {
    method: 'POST',
    url: '/api/v1/accounts',
    send: (c) => c.post('/api/v1/accounts', newAccount()),
    expected: everyone(201),
  },
  {
    method: 'GET',
    url: '/api/v1/me',
    send: (c) => c.get('/api/v1/me'),
    expected: signedIn(401, { stranger: 200, otherSpaceMember: 200, member: 200 }),
  },
  {
    method: 'POST',
    url: '/api/v1/sessions',
    send: (c) =>
      c.post('/api/v1/sessions', { email: 'nobody@example.org', password: 'wrong password' }),
    expected: everyone(401),
  },
  {
    method: 'DELETE',
    url: '/api/v1/sessions/current',
    send: (c) => c.delete('/api/v1/sessions/current'),
    expected: everyone(204),
  },
  {
    method: 'POST',
    url: '/api/v1/password-resets',
    send: (c) => c.post('/api/v1/password-resets', { email: 'nobody@example.org' }),
    expected: everyone(202),
  },
  {
    method: 'POST',
    url: '/api/v1/password-resets/complete',
    send: (c) =>
      c.post('/api/v1/password-resets/complete', {
        token: 'forged',
        password: 'forged long passphrase',
      }),
    expected: everyone(400),
  },
  {
    method: 'GET',
    url: '/api/v1/space',
    send: (c) => c.get('/api/v1/space'),
    expected: signedIn(401, { stranger: 200, otherSpaceMember: 200, member: 200 }),
  },
  {
    method: 'POST',
    url: '/api/v1/space',
    send: (c) =>
      c.post('/api/v1/space', {
        relationshipType: 'other',
        role: 'hurt',
        cameToLightOn: '2026-01-01',
      }),
    expected: signedIn(401, { stranger: 201, otherSpaceMember: 409, member: 409 }),
  },
  {
    method: 'POST',
    url: '/api/v1/space/leave',
    send: (c) => c.post('/api/v1/space/leave'),
    expected: signedIn(401, { stranger: 404, otherSpaceMember: 204, member: 204 }),
  },
  {
    method: 'POST',
    url: '/api/v1/space/invitations',
    send: (c) => c.post('/api/v1/space/invitations'),
    expected: signedIn(401, { stranger: 404, otherSpaceMember: 201, member: 201 }),
  },
  {
    method: 'DELETE',
    url: '/api/v1/space/invitations/:invitationId',
    send: (c, s) => c.delete(`/api/v1/space/invitations/${s.invitation.id}`),
    expected: signedIn(401, { stranger: 404, otherSpaceMember: 404, member: 204 }),
  },
  // Holding the secret is what lets someone see an invitation; the member gets "your own".
  {
    method: 'POST',
    url: '/api/v1/invitations/preview',
    send: (c, s) => c.post('/api/v1/invitations/preview', { token: s.invitation.token }),
    expected: signedIn(401, { stranger: 200, otherSpaceMember: 200, member: 409 }),
  },
  {
    method: 'POST',
    url: '/api/v1/invitations/accept',
    send: (c, s) =>
      c.post('/api/v1/invitations/accept', { code: s.invitation.code, role: 'involved' }),
    expected: signedIn(401, { stranger: 200, otherSpaceMember: 409, member: 409 }),
  },
  {
    method: 'POST',
    url: '/api/v1/invitations/decline',
    send: (c, s) => c.post('/api/v1/invitations/decline', { token: s.invitation.token }),
    expected: signedIn(401, { stranger: 204, otherSpaceMember: 204, member: 409 }),
  },
  {
    method: 'GET',
    url: '/api/v1/checkins',
    send: (c) => c.get('/api/v1/checkins'),
    expected: signedIn(401, { stranger: 404, otherSpaceMember: 200, member: 200 }),
  },
  {
    method: 'POST',
    url: '/api/v1/checkins',
    send: (c) => c.post('/api/v1/checkins', CHECKIN),
    expected: signedIn(401, { stranger: 404, otherSpaceMember: 201, member: 409 }),
  },
  {
    method: 'PUT',
    url: '/api/v1/checkins/:checkinId',
    send: (c, s) => c.request('PUT', `/api/v1/checkins/${s.checkinId}`, { ...CHECKIN, trust: 1 }),
    expected: signedIn(401, { stranger: 404, otherSpaceMember: 404, member: 200 }),
  },
  {
    method: 'GET',
    url: '/api/v1/questionnaires',
    send: (c) => c.get('/api/v1/questionnaires'),
    expected: signedIn(401, { stranger: 404, otherSpaceMember: 200, member: 200 }),
  },
  {
    method: 'GET',
    url: '/api/v1/questionnaires/:instrumentId',
    send: (c) => c.get('/api/v1/questionnaires/amend-trust'),
    expected: signedIn(401, { stranger: 404, otherSpaceMember: 200, member: 200 }),
  },
  {
    method: 'PUT',
    url: '/api/v1/questionnaires/:instrumentId/draft',
    send: (c) => c.request('PUT', '/api/v1/questionnaires/amend-trust/draft', { answers: {} }),
    expected: signedIn(401, { stranger: 404, otherSpaceMember: 200, member: 200 }),
  },
  {
    method: 'POST',
    url: '/api/v1/questionnaires/:instrumentId/responses',
    send: (c) => c.post('/api/v1/questionnaires/amend-trust/responses', { answers: {} }),
    expected: signedIn(401, { stranger: 404, otherSpaceMember: 400, member: 400 }),
  },
  {
    method: 'GET',
    url: '/api/v1/incidents',
    send: (c) => c.get('/api/v1/incidents'),
    expected: signedIn(401, { stranger: 404, otherSpaceMember: 200, member: 200 }),
  },
  {
    method: 'POST',
    url: '/api/v1/incidents',
    send: (c) => c.post('/api/v1/incidents', INCIDENT),
    expected: signedIn(401, { stranger: 404, otherSpaceMember: 201, member: 201 }),
  },
  {
    method: 'POST',
    url: '/api/v1/incidents/:incidentId/corrections',
    send: (c, s) =>
      c.post(`/api/v1/incidents/${s.incidentId}/corrections`, {
        ...INCIDENT_FACTS,
        reason: 'date',
      }),
    expected: signedIn(401, { stranger: 404, otherSpaceMember: 404, member: 204 }),
  },
  {
    method: 'POST',
    url: '/api/v1/incidents/:incidentId/notes',
    send: (c, s) => c.post(`/api/v1/incidents/${s.incidentId}/notes`, { text: 'context' }),
    expected: signedIn(401, { stranger: 404, otherSpaceMember: 404, member: 204 }),
  },
  {
    method: 'GET',
    url: '/api/v1/therapy-sessions',
    send: (c) => c.get('/api/v1/therapy-sessions'),
    expected: signedIn(401, { stranger: 404, otherSpaceMember: 200, member: 200 }),
  },
  {
    method: 'POST',
    url: '/api/v1/therapy-sessions',
    send: (c, s) =>
      c.post('/api/v1/therapy-sessions', {
        heldOn: '2026-11-01',
        kind: 'individual',
        attendees: [s.memberId],
      }),
    // Someone outside the space cannot name its member as an attendee of their own session.
    expected: signedIn(401, { stranger: 404, otherSpaceMember: 400, member: 201 }),
  },
  {
    method: 'GET',
    url: '/api/v1/progress',
    send: (c) => c.get('/api/v1/progress'),
    expected: signedIn(401, { stranger: 404, otherSpaceMember: 200, member: 200 }),
  },
];

/** Cells where the person is entitled to change the target space (the member, or the invitee). */
const MAY_CHANGE_TARGET = new Set([
  'member POST /api/v1/space/leave',
  'member POST /api/v1/space/invitations',
  'member DELETE /api/v1/space/invitations/:invitationId',
  'member PUT /api/v1/checkins/:checkinId',
  'member PUT /api/v1/questionnaires/:instrumentId/draft',
  'member POST /api/v1/incidents',
  'member POST /api/v1/incidents/:incidentId/corrections',
  'member POST /api/v1/incidents/:incidentId/notes',
  'member POST /api/v1/therapy-sessions',
  'stranger POST /api/v1/invitations/accept',
  'stranger POST /api/v1/invitations/decline',
  'otherSpaceMember POST /api/v1/invitations/decline',
]);

describe('authorization matrix', () => {
  for (const route of ROUTES) {
    for (const actor of ACTORS) {
      const cell = `${actor} ${route.method} ${route.url}`;
      it(`${cell} → ${route.expected[actor]}`, async () => {
        const scenario = await buildScenario();
        const before = await fingerprint(scenario.spaceId);
        const response = await route.send(scenario.clients[actor], scenario);
        expect(response.status, JSON.stringify(response.body)).toBe(route.expected[actor]);
        if (response.status >= 400)
          expect(response.headers['content-type']).toContain('application/problem+json');
        if (!MAY_CHANGE_TARGET.has(cell)) expect(await fingerprint(scenario.spaceId)).toBe(before);
        // Whatever a non-member is shown, none of it is the target space's.
        if (actor !== 'member' && route.method === 'GET' && response.status === 200) {
          const text = JSON.stringify(response.body);
          expect(text).not.toContain(scenario.spaceId);
          expect(text).not.toContain(scenario.checkinId);
          expect(text).not.toContain('Target member');
        }
      });
    }
  }

  it('covers every route the app serves', () => {
    const covered = new Set(ROUTES.map((route) => `${route.method} ${route.url}`));
    const served = ctx.app.registeredRoutes.filter(
      (route) =>
        / \/api\/v1\//.test(route) || route.endsWith(' /healthz') || route.endsWith(' /readyz'),
    );
    expect(served.length).toBeGreaterThanOrEqual(ROUTES.length);
    expect(served.filter((route) => !covered.has(route))).toEqual([]);
  });
});
