import { type MatrixModule, signedIn } from '../harness.js';

/**
 * The communication coach: anyone signed in may have a draft looked at; it touches no space and
 * answers only about the text sent, so every signed-in person (a therapist too) gets the same.
 */
export const matrix: MatrixModule = {
  routes: [
    {
      method: 'POST',
      url: '/api/v1/coach/analyze',
      send: (c) => c.post('/api/v1/coach/analyze', { text: 'It’s your fault we are here.' }),
      expected: signedIn(401, { stranger: 200, otherSpaceMember: 200, member: 200 }),
    },
  ],
};
