import { PRIVATE_NOTE } from '../fixtures.js';
import { everyone, type MatrixModule, signedIn } from '../harness.js';

/** The member's private exercise answer: like the private note, never shown to the partner. */
const PRIVATE_FEELINGS = {
  feelings: [PRIVATE_NOTE],
  'hardest-moment': PRIVATE_NOTE,
  kindness: 'Sleep',
};

/** The recovery program and Learn. */
export const matrix: MatrixModule = {
  async seed({ member }) {
    await member.client.post('/api/v1/program/exercises/naming-what-you-feel/answers', {
      values: PRIVATE_FEELINGS,
      visibility: 'private',
    });
    return { records: {}, hiddenFromPartner: [PRIVATE_NOTE] };
  },
  routes: [
    {
      method: 'GET',
      url: '/api/v1/program',
      send: (c) => c.get('/api/v1/program'),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 200, member: 200 }),
    },
    {
      method: 'GET',
      url: '/api/v1/program/today',
      send: (c) => c.get('/api/v1/program/today'),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 200, member: 200 }),
    },
    {
      method: 'GET',
      url: '/api/v1/program/stages/:stageId',
      send: (c) => c.get('/api/v1/program/stages/acknowledging'),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 200, member: 200 }),
    },
    {
      method: 'POST',
      url: '/api/v1/program/stages/:stageId/begin',
      send: (c) => c.post('/api/v1/program/stages/acknowledging/begin'),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 204, member: 204 }),
      mayChange: ['member', 'partner'],
    },
    {
      method: 'POST',
      url: '/api/v1/program/stages/:stageId/done',
      send: (c) => c.post('/api/v1/program/stages/acknowledging/done'),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 204, member: 204 }),
      mayChange: ['member', 'partner'],
    },
    // Each person writes only their own answer: nobody can reach the member's private one.
    {
      method: 'PUT',
      url: '/api/v1/program/exercises/:exerciseId/draft',
      send: (c) =>
        c.request('PUT', '/api/v1/program/exercises/naming-what-you-feel/draft', {
          values: { kindness: 'Tea' },
        }),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 200, member: 200 }),
      mayChange: ['member', 'partner'],
    },
    {
      method: 'POST',
      url: '/api/v1/program/exercises/:exerciseId/answers',
      send: (c) =>
        c.post('/api/v1/program/exercises/naming-what-you-feel/answers', {
          values: { feelings: ['tired'], 'hardest-moment': 'Monday', kindness: 'Tea' },
          visibility: 'partner',
        }),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 201, member: 201 }),
      mayChange: ['member', 'partner'],
    },
    {
      method: 'PUT',
      url: '/api/v1/program/exercises/:exerciseId/visibility',
      send: (c) =>
        c.request('PUT', '/api/v1/program/exercises/naming-what-you-feel/visibility', {
          visibility: 'partner',
        }),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 204, member: 204 }),
      mayChange: ['member', 'partner'],
    },
    // Learn is general reading, the same for everyone, with nothing of anyone's space in it.
    {
      method: 'GET',
      url: '/api/v1/learn',
      send: (c) => c.get('/api/v1/learn'),
      expected: everyone(200),
    },
    {
      method: 'GET',
      url: '/api/v1/learn/:slug',
      send: (c) => c.get('/api/v1/learn/what-to-avoid'),
      expected: everyone(200),
    },
  ],
};
