import { newAccount } from '../fixtures.js';
import { everyone, type MatrixModule, signedIn } from '../harness.js';

/** Signing up, signing in and out, and password resets. */
export const matrix: MatrixModule = {
  routes: [
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
      // A fresh unknown address each time: six cells in a row on one address would meet the
      // per-account waits after wrong passwords (429), which is another row's business.
      send: (c) =>
        c.post('/api/v1/sessions', {
          email: `nobody-${Math.random().toString(36).slice(2)}@example.org`,
          password: 'wrong password',
        }),
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
  ],
};
