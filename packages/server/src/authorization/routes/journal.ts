import { journalRequests } from '../../test-support/journal.js';
import { type MatrixModule, signedIn } from '../harness.js';

/** The end-to-end encrypted journal: the server only ever holds ciphertext. */
export const matrix: MatrixModule = {
  async seed({ member }) {
    const journal = await journalRequests();
    await member.client.request('PUT', '/api/v1/journal/keyring', journal.keyring);
    const entry = await member.client.post('/api/v1/journal/entries', journal.entry);
    const journalEntryId: string = entry.body.entry.id;
    return {
      records: { journalEntryId },
      hiddenFromPartner: [journalEntryId],
      hiddenFromOutsiders: [journalEntryId],
    };
  },
  routes: [
    // The journal belongs to one person, space or no space: everyone signed in reaches only their
    // own (empty for all but the member here), and the member's entries answer 404 to anyone else.
    {
      method: 'GET',
      url: '/api/v1/journal/keyring',
      send: (c) => c.get('/api/v1/journal/keyring'),
      expected: signedIn(401, { stranger: 200, otherSpaceMember: 200, member: 200 }),
    },
    // The same keyring the member set up: a retry for them, a journal of their own for others.
    {
      method: 'PUT',
      url: '/api/v1/journal/keyring',
      send: async (c) =>
        c.request('PUT', '/api/v1/journal/keyring', (await journalRequests()).keyring),
      expected: signedIn(401, { stranger: 201, otherSpaceMember: 201, member: 200, partner: 201 }),
    },
    {
      method: 'POST',
      url: '/api/v1/journal/keyring/passphrase',
      send: async (c) =>
        c.post('/api/v1/journal/keyring/passphrase', (await journalRequests()).rewrap),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 404, member: 200, partner: 404 }),
      mayChange: ['member'],
    },
    {
      method: 'DELETE',
      url: '/api/v1/journal',
      send: (c) => c.delete('/api/v1/journal'),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 404, member: 204, partner: 404 }),
      mayChange: ['member'],
    },
    {
      method: 'GET',
      url: '/api/v1/journal/entries',
      send: (c) => c.get('/api/v1/journal/entries'),
      expected: signedIn(401, { stranger: 200, otherSpaceMember: 200, member: 200 }),
    },
    {
      method: 'POST',
      url: '/api/v1/journal/entries',
      send: async (c) => c.post('/api/v1/journal/entries', (await journalRequests()).entry),
      expected: signedIn(401, { stranger: 409, otherSpaceMember: 409, member: 201, partner: 409 }),
      mayChange: ['member'],
    },
    {
      method: 'PUT',
      url: '/api/v1/journal/entries/:entryId',
      send: async (c, s) =>
        c.request(
          'PUT',
          `/api/v1/journal/entries/${s.records.journalEntryId}`,
          (await journalRequests()).entry,
        ),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 404, member: 200, partner: 404 }),
      mayChange: ['member'],
    },
    {
      method: 'DELETE',
      url: '/api/v1/journal/entries/:entryId',
      send: (c, s) => c.delete(`/api/v1/journal/entries/${s.records.journalEntryId}`),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 404, member: 204, partner: 404 }),
      mayChange: ['member'],
    },
  ],
};
