import { GOOD_PASSWORD } from '../../test-support/factories.js';
import { type MatrixModule, signedIn } from '../harness.js';

/** The access log, export, and deleting the account. */
export const matrix: MatrixModule = {
  routes: [
    // Each person's own access log, export and account: everyone signed in reaches only theirs.
    {
      method: 'GET',
      url: '/api/v1/me/access-log',
      send: (c) => c.get('/api/v1/me/access-log'),
      expected: signedIn(401, { stranger: 200, otherSpaceMember: 200, member: 200 }),
    },
    {
      method: 'GET',
      url: '/api/v1/me/export',
      send: (c) => c.get('/api/v1/me/export'),
      expected: signedIn(401, { stranger: 200, otherSpaceMember: 200, member: 200 }),
    },
    // With the right password, everyone deletes their own account and nobody else's.
    {
      method: 'DELETE',
      url: '/api/v1/me',
      send: (c) => c.request('DELETE', '/api/v1/me', { password: GOOD_PASSWORD }),
      expected: signedIn(401, { stranger: 204, otherSpaceMember: 204, member: 204 }),
      // A therapist who deletes their account takes their link to the space with them.
      mayChange: ['member', 'partner', 'consentedTherapist'],
    },
  ],
};
