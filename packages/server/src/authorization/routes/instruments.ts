import { type MatrixModule, signedIn } from '../harness.js';

/** The instance's questionnaire catalogue, for administrators only. */
export const matrix: MatrixModule = {
  routes: [
    {
      method: 'GET',
      url: '/api/v1/me/capabilities',
      send: (c) => c.get('/api/v1/me/capabilities'),
      expected: signedIn(401, { stranger: 200, otherSpaceMember: 200, member: 200 }),
    },
    // The catalogue is for instance administrators only (instruments.test.ts signs one in).
    {
      method: 'GET',
      url: '/api/v1/instruments',
      send: (c) => c.get('/api/v1/instruments'),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 404, member: 404 }),
    },
    {
      method: 'POST',
      url: '/api/v1/instruments',
      send: (c) =>
        c.post('/api/v1/instruments', {
          questionnaire: { resourceType: 'Questionnaire', id: 'matrix', item: [] },
        }),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 404, member: 404 }),
    },
    {
      method: 'POST',
      url: '/api/v1/instruments/:instrumentId/retire',
      send: (c) => c.post('/api/v1/instruments/matrix/retire'),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 404, member: 404 }),
    },
  ],
};
