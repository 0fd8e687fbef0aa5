import { everyone, type MatrixModule } from '../harness.js';

/** Operations endpoints and the CSRF token: open to everyone. */
export const matrix: MatrixModule = {
  routes: [
    { method: 'GET', url: '/healthz', send: (c) => c.get('/healthz'), expected: everyone(200) },
    { method: 'GET', url: '/readyz', send: (c) => c.get('/readyz'), expected: everyone(200) },
    {
      method: 'GET',
      url: '/api/v1/csrf-token',
      send: (c) => c.get('/api/v1/csrf-token'),
      expected: everyone(200),
    },
  ],
};
