import type { TestClient } from '../../test-support/client.js';
import { THERAPIST_PROFILE } from '../../test-support/therapists.js';
import { newAccount, UNKNOWN_ID } from '../fixtures.js';
import {
  everyone,
  type MatrixModule,
  type RouteCase,
  recordId,
  type Scenario,
  signedIn,
} from '../harness.js';

/** Only therapists may use their own portal; people in couples are answered "not found". */
const forTherapists = (therapists: number) =>
  signedIn(401, {
    stranger: 404,
    otherSpaceMember: 404,
    member: 404,
    consentedTherapist: therapists,
    partlyConsentedTherapist: therapists,
    revokedTherapist: therapists,
    otherTherapist: therapists,
  });

/**
 * A couple's own records: the therapists it works with may open it (revoked included, to see that
 * nothing is shared any more); another therapist may not.
 */
const toOpen = signedIn(401, {
  stranger: 404,
  otherSpaceMember: 404,
  member: 404,
  consentedTherapist: 200,
  partlyConsentedTherapist: 200,
  revokedTherapist: 200,
  otherTherapist: 404,
});

/** Adding to a couple's records needs some consent still in force. */
const toRecord = signedIn(401, {
  stranger: 404,
  otherSpaceMember: 404,
  member: 404,
  consentedTherapist: 201,
  partlyConsentedTherapist: 201,
  revokedTherapist: 404,
  otherTherapist: 404,
});
const RECORDERS = ['consentedTherapist', 'partlyConsentedTherapist'] as const;

const couple = (s: Scenario) => `/api/v1/therapist/couples/${s.spaceId}`;
const SESSION = { heldOn: '2026-11-20', kind: 'individual' };

async function recordSession(c: TestClient, s: Scenario) {
  return c.post(`${couple(s)}/sessions`, { ...SESSION, attendees: [s.memberId] });
}

const coupleRoutes: RouteCase[] = [
  {
    method: 'GET',
    url: '/api/v1/therapist/couples/:coupleId',
    send: (c, s) => c.get(couple(s)),
    expected: toOpen,
  },
  {
    method: 'GET',
    url: '/api/v1/therapist/couples/:coupleId/report.pdf',
    send: (c, s) => c.get(`${couple(s)}/report.pdf?from=2026-01-01&to=2026-12-31`),
    expected: toOpen,
  },
  {
    method: 'GET',
    url: '/api/v1/therapist/couples/:coupleId/partners/:memberId/fhir',
    send: (c, s) => c.get(`${couple(s)}/partners/${s.memberId}/fhir`),
    expected: toOpen,
  },
  {
    method: 'GET',
    url: '/api/v1/therapist/couples/:coupleId/sessions',
    send: (c, s) => c.get(`${couple(s)}/sessions`),
    expected: toOpen,
  },
  {
    method: 'POST',
    url: '/api/v1/therapist/couples/:coupleId/sessions',
    send: recordSession,
    expected: toRecord,
    mayChange: RECORDERS,
  },
  {
    method: 'POST',
    url: '/api/v1/therapist/couples/:coupleId/sessions/:sessionId/notes',
    // The therapist's own session first: a note only goes on a session they recorded.
    send: async (c, s) => {
      const session = await recordSession(c, s);
      const sessionId = session.status === 201 ? session.body.id : UNKNOWN_ID;
      return c.post(`${couple(s)}/sessions/${sessionId}/notes`, { text: 'Matrix note' });
    },
    expected: toRecord,
    mayChange: RECORDERS,
  },
  {
    method: 'POST',
    url: '/api/v1/therapist/couples/:coupleId/observations',
    send: (c, s) =>
      c.post(`${couple(s)}/observations`, {
        kind: 'forgiveness',
        observedOn: '2026-11-20',
        level: 'moderate',
        aboutMemberId: s.memberId,
      }),
    expected: toRecord,
    mayChange: RECORDERS,
  },
  {
    method: 'GET',
    url: '/api/v1/therapist/couples/:coupleId/assignments',
    send: (c, s) => c.get(`${couple(s)}/assignments`),
    expected: toOpen,
  },
  {
    method: 'POST',
    url: '/api/v1/therapist/couples/:coupleId/assignments',
    send: (c, s) =>
      c.post(`${couple(s)}/assignments`, {
        memberId: s.memberId,
        instrumentId: 'amend-trust',
        schedule: 'weekly',
      }),
    // Only a partner who shares questionnaires can be asked: metrics-only consent is refused.
    expected: { ...toRecord, partlyConsentedTherapist: 400 },
    mayChange: ['consentedTherapist'],
  },
  {
    method: 'POST',
    url: '/api/v1/therapist/couples/:coupleId/appointments',
    send: (c, s) =>
      c.post(`${couple(s)}/appointments`, {
        startsAt: '2999-01-01T10:00:00Z',
        kind: 'individual',
        invitees: [s.memberId],
      }),
    expected: toRecord,
    mayChange: RECORDERS,
  },
  {
    method: 'POST',
    url: '/api/v1/therapist/couples/:coupleId/appointments/:appointmentId/cancel',
    // The therapist's own appointment first: only the one who scheduled it may cancel it.
    send: async (c, s) => {
      const made = await c.post(`${couple(s)}/appointments`, {
        startsAt: '2999-01-01T10:00:00Z',
        kind: 'individual',
        invitees: [s.memberId],
      });
      const appointmentId = made.status === 201 ? made.body.id : UNKNOWN_ID;
      return c.post(`${couple(s)}/appointments/${appointmentId}/cancel`);
    },
    expected: { ...toRecord, consentedTherapist: 204, partlyConsentedTherapist: 204 },
    mayChange: RECORDERS,
  },
];

/** Therapist accounts, the couple's code and consent, the caseload and the therapist's work. */
export const matrix: MatrixModule = {
  // A therapist the space already works with, so the partners' consent routes have one to name,
  // and an open code for the code route.
  async seed({ member, newClient }) {
    const client = newClient();
    const signedUp = await client.post('/api/v1/therapist-accounts', {
      ...newAccount(),
      ...THERAPIST_PROFILE,
      displayName: 'Seeded therapist',
    });
    const code = (await member.client.post('/api/v1/space/therapist-invitations')).body.code;
    await client.post('/api/v1/therapist/couples', { code });
    const open = (await member.client.post('/api/v1/space/therapist-invitations')).body.code;
    return { records: { seededTherapistId: signedUp.body.user.id, therapistCode: open } };
  },
  routes: [
    {
      method: 'GET',
      url: '/api/v1/appointments',
      send: (c) => c.get('/api/v1/appointments'),
      // A partner's own list: therapists, the couple's own included, have no space to list.
      expected: signedIn(401, {
        stranger: 404,
        otherSpaceMember: 200,
        member: 200,
        consentedTherapist: 404,
        partlyConsentedTherapist: 404,
        revokedTherapist: 404,
        otherTherapist: 404,
      }),
    },
    {
      method: 'POST',
      url: '/api/v1/therapist-accounts',
      send: (c) => c.post('/api/v1/therapist-accounts', { ...newAccount(), ...THERAPIST_PROFILE }),
      expected: everyone(201),
    },
    {
      method: 'GET',
      url: '/api/v1/therapist/profile',
      send: (c) => c.get('/api/v1/therapist/profile'),
      expected: forTherapists(200),
    },
    {
      method: 'GET',
      url: '/api/v1/therapist/caseload',
      send: (c) => c.get('/api/v1/therapist/caseload'),
      expected: forTherapists(200),
    },
    {
      method: 'GET',
      url: '/api/v1/therapist/instruments',
      send: (c) => c.get('/api/v1/therapist/instruments'),
      expected: forTherapists(200),
    },
    {
      method: 'GET',
      url: '/api/v1/therapist/outcomes',
      send: (c) => c.get('/api/v1/therapist/outcomes'),
      expected: forTherapists(200),
    },
    {
      method: 'POST',
      url: '/api/v1/therapist/couples',
      send: (c, s) => c.post('/api/v1/therapist/couples', { code: recordId(s, 'therapistCode') }),
      // The linked therapists' own linking made a new code, so the seeded one is closed for them;
      // a therapist of another couple can still use it: a code works for whoever it is given to.
      expected: { ...forTherapists(404), otherTherapist: 201 },
      mayChange: ['otherTherapist'],
    },
    {
      method: 'POST',
      url: '/api/v1/space/therapist-invitations',
      send: (c) => c.post('/api/v1/space/therapist-invitations'),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 201, member: 201 }),
      mayChange: ['member', 'partner'],
    },
    {
      method: 'GET',
      url: '/api/v1/space/therapists',
      send: (c) => c.get('/api/v1/space/therapists'),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 200, member: 200 }),
    },
    {
      method: 'PUT',
      url: '/api/v1/space/therapists/:therapistId/consent',
      send: (c, s) =>
        c.request('PUT', `/api/v1/space/therapists/${recordId(s, 'seededTherapistId')}/consent`, {
          categories: ['metrics'],
        }),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 404, member: 200 }),
      mayChange: ['member', 'partner'],
    },
    ...coupleRoutes,
  ],
};
