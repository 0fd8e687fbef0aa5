import { insertNotification } from '../../features/notifications/store.js';
import { newId } from '../../platform/tokens.js';
import { type MatrixModule, signedIn } from '../harness.js';

/** In-app notifications belong to the person they are for, space or no space. */
export const matrix: MatrixModule = {
  async seed({ member, partner, spaceId, db }) {
    const notificationId = newId();
    await insertNotification(db, {
      id: notificationId,
      recipientId: member.id,
      spaceId,
      kind: 'agreement.proposed',
      subjectType: 'agreement',
      subjectId: newId(),
      actorId: partner?.id ?? null,
      createdAt: new Date(),
      readAt: null,
    });
    return {
      records: { notificationId },
      hiddenFromPartner: [notificationId],
      hiddenFromOutsiders: [notificationId],
    };
  },
  routes: [
    // Everyone signed in reads only their own (empty for all but the member here).
    {
      method: 'GET',
      url: '/api/v1/notifications',
      send: (c) => c.get('/api/v1/notifications'),
      expected: signedIn(401, { stranger: 200, otherSpaceMember: 200, member: 200 }),
    },
    // Naming the member's notification marks nothing for anyone else.
    {
      method: 'POST',
      url: '/api/v1/notifications/read',
      send: (c, s) => c.post('/api/v1/notifications/read', { ids: [s.records.notificationId] }),
      expected: signedIn(401, { stranger: 204, otherSpaceMember: 204, member: 204 }),
      mayChange: ['member'],
    },
  ],
};
