import { expect } from 'vitest';
import type { SignedUpPerson } from './factories.js';

/**
 * A person's every part in agreements, with their marker in each text they wrote: one they
 * proposed, one the partner proposed that they accepted, changed and marked, and one they ended.
 */
export async function takePartInAgreements(
  person: SignedUpPerson,
  partner: SignedUpPerson,
  mark: string,
): Promise<void> {
  const terms = (title: string) => ({
    title,
    practice: 'Written for the test.',
    category: 'other',
    reviewOn: '2099-01-01',
  });
  const own = await person.client.post('/api/v1/agreements', terms(`own ${mark}`));
  expect(own.status, JSON.stringify(own.body)).toBe(201);
  for (const title of ['Partner’s first', 'Partner’s second']) {
    const theirs = await partner.client.post('/api/v1/agreements', terms(title));
    await person.client.post(`/api/v1/agreements/${theirs.body.id}/answers`, {
      version: 1,
      answer: 'accept',
    });
    if (title === 'Partner’s first') {
      await person.client.post(`/api/v1/agreements/${theirs.body.id}/changes`, {
        basedOnVersion: 1,
        terms: terms(`changed ${mark}`),
        reason: `why ${mark}`,
      });
      await person.client.request('PUT', '/api/v1/agreement-holding', {
        marks: [{ agreementId: theirs.body.id, mark: 'held' }],
      });
    } else {
      await person.client.post(`/api/v1/agreements/${theirs.body.id}/end`, {
        reason: `ended ${mark}`,
      });
    }
  }
}
