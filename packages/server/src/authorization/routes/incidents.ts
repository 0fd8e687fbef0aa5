import { type MatrixModule, signedIn } from '../harness.js';

const INCIDENT_FACTS = { kind: 'contact', disclosure: 'proactive', occurredOn: '2026-10-01' };
const INCIDENT = { ...INCIDENT_FACTS, about: 'self' };

/** Incidents (the relapse metric) and therapy sessions (attendance). */
export const matrix: MatrixModule = {
  async seed({ member }) {
    const incident = await member.client.post('/api/v1/incidents', INCIDENT);
    return { records: { incidentId: incident.body.id } };
  },
  routes: [
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
      mayChange: ['member', 'partner'],
    },
    {
      method: 'POST',
      url: '/api/v1/incidents/:incidentId/corrections',
      send: (c, s) =>
        c.post(`/api/v1/incidents/${s.records.incidentId}/corrections`, {
          ...INCIDENT_FACTS,
          reason: 'date',
        }),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 404, member: 204, partner: 404 }),
      mayChange: ['member'],
    },
    {
      method: 'POST',
      url: '/api/v1/incidents/:incidentId/notes',
      send: (c, s) =>
        c.post(`/api/v1/incidents/${s.records.incidentId}/notes`, { text: 'context' }),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 404, member: 204, partner: 404 }),
      mayChange: ['member'],
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
      mayChange: ['member', 'partner'],
    },
  ],
};
