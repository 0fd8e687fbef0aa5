import { cleanAgreementContent, type LocalDate } from '@amend/core';
import { appendEvent, insertAgreement, insertVersion } from '../../features/agreements/store.js';
import { newId } from '../../platform/tokens.js';
import { type MatrixModule, signedIn } from '../harness.js';

const TERMS = {
  title: 'Phone open on request',
  practice: 'You may look at my phone when you ask.',
  category: 'devices_passwords',
  reviewOn: '2099-01-01',
  sunsetSteps: ['Ask before looking.'],
};
/** Words only the target space's agreement carries, so a leak would show. */
const IN_FORCE_TITLE = 'Matrix agreement in force';

/** Agreements and the weekly "did it hold?": records of the couple, seen by both partners. */
export const matrix: MatrixModule = {
  async seed({ member, partner, spaceId, db }) {
    // One agreement in force (accepted by the partner, or before they joined by nobody still
    // here) and one the member proposed that waits for an answer.
    const agreementId = newId();
    const at = new Date();
    const content = cleanAgreementContent(
      { ...TERMS, title: IN_FORCE_TITLE },
      '2026-01-01' as LocalDate,
    );
    await insertAgreement(db, { coupleId: spaceId, id: agreementId, proposedBy: member.id, at });
    await insertVersion(db, spaceId, agreementId, {
      ...content,
      version: 1,
      changeKind: 'first',
      reason: null,
      proposedBy: member.id,
      createdAt: at,
    });
    for (const [type, actorId] of [
      ['proposed', member.id],
      ['accepted', partner?.id ?? null],
    ] as const) {
      await appendEvent(db, spaceId, agreementId, {
        type,
        version: 1,
        actorId,
        reason: null,
        createdAt: at,
      });
    }
    const waiting = await member.client.post('/api/v1/agreements', TERMS);
    return {
      records: { agreementId, waitingAgreementId: waiting.body.id },
      hiddenFromOutsiders: [agreementId, IN_FORCE_TITLE],
    };
  },
  routes: [
    {
      method: 'GET',
      url: '/api/v1/agreements',
      send: (c) => c.get('/api/v1/agreements'),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 200, member: 200 }),
    },
    // Someone in another space proposes in their own; the target space is unchanged.
    {
      method: 'POST',
      url: '/api/v1/agreements',
      send: (c) => c.post('/api/v1/agreements', TERMS),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 201, member: 201 }),
      mayChange: ['member', 'partner'],
    },
    {
      method: 'GET',
      url: '/api/v1/agreements/:agreementId',
      send: (c, s) => c.get(`/api/v1/agreements/${s.records.agreementId}`),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 404, member: 200 }),
    },
    // The member proposed it, so only the partner may accept it.
    {
      method: 'POST',
      url: '/api/v1/agreements/:agreementId/answers',
      send: (c, s) =>
        c.post(`/api/v1/agreements/${s.records.waitingAgreementId}/answers`, {
          version: 1,
          answer: 'accept',
        }),
      expected: signedIn(401, {
        stranger: 404,
        otherSpaceMember: 404,
        member: 403,
        partner: 204,
      }),
      mayChange: ['partner'],
    },
    {
      method: 'POST',
      url: '/api/v1/agreements/:agreementId/changes',
      send: (c, s) =>
        c.post(`/api/v1/agreements/${s.records.agreementId}/changes`, {
          basedOnVersion: 1,
          terms: { ...TERMS, title: 'Phone open, changed' },
        }),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 404, member: 204 }),
      mayChange: ['member', 'partner'],
    },
    {
      method: 'POST',
      url: '/api/v1/agreements/:agreementId/sunset-steps',
      send: (c, s) =>
        c.post(`/api/v1/agreements/${s.records.agreementId}/sunset-steps`, { basedOnVersion: 1 }),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 404, member: 204 }),
      mayChange: ['member', 'partner'],
    },
    {
      method: 'POST',
      url: '/api/v1/agreements/:agreementId/end',
      send: (c, s) =>
        c.post(`/api/v1/agreements/${s.records.agreementId}/end`, { reason: 'No longer needed.' }),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 404, member: 204 }),
      mayChange: ['member', 'partner'],
    },
    {
      method: 'GET',
      url: '/api/v1/agreement-holding',
      send: (c) => c.get('/api/v1/agreement-holding'),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 200, member: 200 }),
    },
    // The target space's agreement is not one someone elsewhere can mark.
    {
      method: 'PUT',
      url: '/api/v1/agreement-holding',
      send: (c, s) =>
        c.request('PUT', '/api/v1/agreement-holding', {
          marks: [{ agreementId: s.records.agreementId, mark: 'held' }],
        }),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 404, member: 200 }),
      mayChange: ['member', 'partner'],
    },
  ],
};
