import { type MatrixModule, signedIn } from '../harness.js';

/** The recovery space and invitations to it. */
export const matrix: MatrixModule = {
  routes: [
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
      // A therapist never creates a space: they see a couple only through its partners' consent.
      expected: signedIn(401, {
        stranger: 201,
        otherSpaceMember: 409,
        member: 409,
        consentedTherapist: 409,
      }),
    },
    {
      method: 'POST',
      url: '/api/v1/space/leave',
      send: (c) => c.post('/api/v1/space/leave'),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 204, member: 204 }),
      mayChange: ['member', 'partner'],
    },
    {
      method: 'POST',
      url: '/api/v1/space/invitations',
      send: (c) => c.post('/api/v1/space/invitations'),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 201, member: 201, partner: 409 }),
      mayChange: ['member'],
    },
    {
      method: 'DELETE',
      url: '/api/v1/space/invitations/:invitationId',
      send: (c, s) => c.delete(`/api/v1/space/invitations/${s.invitation.id}`),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 404, member: 204, partner: 404 }),
      mayChange: ['member'],
    },
    // Holding the secret is what lets someone see an invitation; the member gets "your own".
    {
      method: 'POST',
      url: '/api/v1/invitations/preview',
      send: (c, s) => c.post('/api/v1/invitations/preview', { token: s.invitation.token }),
      expected: signedIn(401, { stranger: 200, otherSpaceMember: 200, member: 409, partner: 410 }),
    },
    {
      method: 'POST',
      url: '/api/v1/invitations/accept',
      send: (c, s) =>
        c.post('/api/v1/invitations/accept', { code: s.invitation.code, role: 'involved' }),
      // Nor joins one as a partner, whatever link they were given.
      expected: signedIn(401, {
        stranger: 200,
        otherSpaceMember: 409,
        member: 409,
        partner: 410,
        consentedTherapist: 409,
      }),
      mayChange: ['stranger'],
    },
    {
      method: 'POST',
      url: '/api/v1/invitations/decline',
      send: (c, s) => c.post('/api/v1/invitations/decline', { token: s.invitation.token }),
      expected: signedIn(401, { stranger: 204, otherSpaceMember: 204, member: 409, partner: 410 }),
      // Whoever holds the link may turn it down, a therapist given it by mistake included.
      mayChange: ['stranger', 'otherSpaceMember', 'consentedTherapist'],
    },
  ],
};
