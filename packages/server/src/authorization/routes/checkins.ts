import { PRIVATE_NOTE } from '../fixtures.js';
import { type MatrixModule, signedIn } from '../harness.js';

/** The member's check-in, with a private note the partner must never be shown. */
const CHECKIN = {
  trust: 5,
  closeness: 5,
  honestConversations: 1,
  mood: 'okay',
  note: PRIVATE_NOTE,
  noteVisibility: 'private',
};

/** Weekly check-ins. */
export const matrix: MatrixModule = {
  async seed({ member }) {
    const checkin = await member.client.post('/api/v1/checkins', CHECKIN);
    const checkinId: string = checkin.body.checkin.id;
    return {
      records: { checkinId },
      hiddenFromPartner: [PRIVATE_NOTE],
      hiddenFromOutsiders: [checkinId],
    };
  },
  routes: [
    {
      method: 'GET',
      url: '/api/v1/checkins',
      send: (c) => c.get('/api/v1/checkins'),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 200, member: 200 }),
    },
    {
      method: 'POST',
      url: '/api/v1/checkins',
      send: (c) => c.post('/api/v1/checkins', CHECKIN),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 201, member: 409, partner: 201 }),
      mayChange: ['partner'],
    },
    {
      method: 'PUT',
      url: '/api/v1/checkins/:checkinId',
      send: (c, s) =>
        c.request('PUT', `/api/v1/checkins/${s.records.checkinId}`, { ...CHECKIN, trust: 1 }),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 404, member: 200, partner: 404 }),
      mayChange: ['member'],
    },
  ],
};
