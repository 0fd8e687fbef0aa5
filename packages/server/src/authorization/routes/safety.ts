import { type MatrixModule, signedIn } from '../harness.js';

/** The member's own help contact, from their private safety screen: never shown to the partner. */
const PRIVATE_SAFETY_CONTACT = 'Private matrix safety contact';
/** A positive safety screen: the member is afraid. */
const SAFETY_ANSWERS = { 'safety-02': 'yes' };
const SAFETY_RESOURCE = { name: PRIVATE_SAFETY_CONTACT, contact: '+44 20 7946 0001' };

/** The private safety screen, help contacts, and discreet-mode preferences. */
export const matrix: MatrixModule = {
  async seed({ member }) {
    const screen = await member.client.post('/api/v1/safety/screens', { answers: SAFETY_ANSWERS });
    const resource = await member.client.post('/api/v1/safety/resources', SAFETY_RESOURCE);
    const safetyScreenId: string = screen.body.screen.id;
    const hidden = [PRIVATE_SAFETY_CONTACT, safetyScreenId];
    return {
      records: { safetyScreenId, safetyResourceId: resource.body.resource.id },
      hiddenFromPartner: hidden,
      hiddenFromOutsiders: hidden,
    };
  },
  routes: [
    // The safety screen belongs to one person, space or no space: everyone signed in has their own,
    // and another person's screen or contact answers 404, the partner's included.
    {
      method: 'GET',
      url: '/api/v1/safety/screen',
      send: (c) => c.get('/api/v1/safety/screen'),
      expected: signedIn(401, { stranger: 200, otherSpaceMember: 200, member: 200 }),
    },
    {
      method: 'GET',
      url: '/api/v1/safety/screens',
      send: (c) => c.get('/api/v1/safety/screens'),
      expected: signedIn(401, { stranger: 200, otherSpaceMember: 200, member: 200 }),
    },
    {
      method: 'POST',
      url: '/api/v1/safety/screens',
      send: (c) => c.post('/api/v1/safety/screens', { answers: SAFETY_ANSWERS }),
      expected: signedIn(401, { stranger: 201, otherSpaceMember: 201, member: 201 }),
      mayChange: ['member', 'partner'],
    },
    {
      method: 'PUT',
      url: '/api/v1/safety/screens/:screenId/sharing',
      send: (c, s) =>
        c.request('PUT', `/api/v1/safety/screens/${s.records.safetyScreenId}/sharing`, {
          sharedWithTherapist: true,
        }),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 404, member: 200, partner: 404 }),
      mayChange: ['member'],
    },
    {
      method: 'DELETE',
      url: '/api/v1/safety/screens/:screenId',
      send: (c, s) => c.delete(`/api/v1/safety/screens/${s.records.safetyScreenId}`),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 404, member: 204, partner: 404 }),
      mayChange: ['member'],
    },
    {
      method: 'GET',
      url: '/api/v1/safety/resources',
      send: (c) => c.get('/api/v1/safety/resources'),
      expected: signedIn(401, { stranger: 200, otherSpaceMember: 200, member: 200 }),
    },
    {
      method: 'POST',
      url: '/api/v1/safety/resources',
      send: (c) => c.post('/api/v1/safety/resources', { name: 'A friend', contact: 'Jo' }),
      expected: signedIn(401, { stranger: 201, otherSpaceMember: 201, member: 201 }),
      mayChange: ['member', 'partner'],
    },
    {
      method: 'PUT',
      url: '/api/v1/safety/resources/:resourceId',
      send: (c, s) =>
        c.request('PUT', `/api/v1/safety/resources/${s.records.safetyResourceId}`, {
          name: 'Changed',
          contact: 'Changed',
        }),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 404, member: 200, partner: 404 }),
      mayChange: ['member'],
    },
    {
      method: 'DELETE',
      url: '/api/v1/safety/resources/:resourceId',
      send: (c, s) => c.delete(`/api/v1/safety/resources/${s.records.safetyResourceId}`),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 404, member: 204, partner: 404 }),
      mayChange: ['member'],
    },
    {
      method: 'GET',
      url: '/api/v1/me/preferences',
      send: (c) => c.get('/api/v1/me/preferences'),
      expected: signedIn(401, { stranger: 200, otherSpaceMember: 200, member: 200 }),
    },
    {
      method: 'PUT',
      url: '/api/v1/me/preferences',
      send: (c) => c.request('PUT', '/api/v1/me/preferences', { discreetMode: true }),
      expected: signedIn(401, { stranger: 200, otherSpaceMember: 200, member: 200 }),
      mayChange: ['member', 'partner'],
    },
  ],
};
