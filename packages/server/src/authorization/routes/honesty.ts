import { randomUUID } from 'node:crypto';
import { type MatrixModule, recordId, signedIn } from '../harness.js';

const QUESTION = 'Matrix question, who knew?';
const DRAFT = 'Matrix draft account only its author sees';
const SEALED = 'Matrix sealed account nobody reads yet';
const COMMITMENT = 'Matrix commitment to call when late';

/**
 * Questions and answers, disclosures, the full account, commitments and the timeline. The
 * member is the hurt partner (asks, acknowledges); the partner joins as the involved partner
 * (answers, discloses, writes the account, commits). The member's own answer, accounts and
 * commitment are seeded straight into the database, because their role does not write them
 * through the API: the rows still test who may act on records of the space.
 */
export const matrix: MatrixModule = {
  async seed({ member, spaceId, db }) {
    const question = await member.client.post('/api/v1/questions', { text: QUESTION });
    const at = new Date();
    const answerId = randomUUID();
    await db
      .insertInto('question_answers')
      .values({
        couple_id: spaceId,
        id: answerId,
        question_id: question.body.id,
        author_id: member.id,
        text: 'Matrix answer',
        created_at: at,
      })
      .execute();
    const [draftId, sealedId, commitmentId] = [randomUUID(), randomUUID(), randomUUID()];
    for (const [id, text] of [
      [draftId, DRAFT],
      [sealedId, SEALED],
    ] as const) {
      await db
        .insertInto('full_accounts')
        .values({ couple_id: spaceId, id, author_id: member.id, created_at: at })
        .execute();
      await db
        .insertInto('full_account_versions')
        .values({ couple_id: spaceId, account_id: id, version: 1, text, created_at: at })
        .execute();
    }
    await db
      .insertInto('full_account_events')
      .values({
        couple_id: spaceId,
        id: randomUUID(),
        account_id: sealedId,
        type: 'sealed',
        by_user: member.id,
        version: 1,
        created_at: at,
      })
      .execute();
    await db
      .insertInto('commitments')
      .values({
        couple_id: spaceId,
        id: commitmentId,
        author_id: member.id,
        what: COMMITMENT,
        how_often: 'every_day',
        made_on: at.toISOString().slice(0, 10),
        until: new Date(at.getTime() + 60 * 86_400_000).toISOString().slice(0, 10),
        created_at: at,
      })
      .execute();
    return {
      records: {
        questionId: question.body.id,
        answerId,
        draftAccountId: draftId,
        sealedAccountId: sealedId,
        commitmentId,
      },
      hiddenFromPartner: [DRAFT, SEALED],
      hiddenFromOutsiders: [QUESTION, COMMITMENT, 'Matrix answer'],
    };
  },
  routes: [
    {
      method: 'GET',
      url: '/api/v1/questions',
      send: (c) => c.get('/api/v1/questions'),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 200, member: 200 }),
    },
    {
      method: 'POST',
      url: '/api/v1/questions',
      send: (c) => c.post('/api/v1/questions', { text: 'Matrix new question' }),
      // The involved partner answers; asking is the hurt partner's.
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 201, member: 201, partner: 403 }),
      mayChange: ['member'],
    },
    {
      method: 'POST',
      url: '/api/v1/questions/:questionId/answers',
      send: (c, s) =>
        c.post(`/api/v1/questions/${recordId(s, 'questionId')}/answers`, { text: 'Matrix reply' }),
      // Someone whose role is hurt is told so before any question is looked up.
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 403, member: 403, partner: 201 }),
      mayChange: ['partner'],
    },
    {
      method: 'POST',
      url: '/api/v1/questions/:questionId/marks',
      send: (c, s) =>
        c.post(`/api/v1/questions/${recordId(s, 'questionId')}/marks`, {
          answerId: recordId(s, 'answerId'),
          mark: 'helped',
        }),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 404, member: 204, partner: 403 }),
      mayChange: ['member'],
    },
    {
      method: 'POST',
      url: '/api/v1/questions/:questionId/hold',
      send: (c, s) => c.post(`/api/v1/questions/${recordId(s, 'questionId')}/hold`),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 404, member: 204 }),
      mayChange: ['member', 'partner'],
    },
    {
      method: 'POST',
      url: '/api/v1/questions/:questionId/release',
      send: (c, s) => c.post(`/api/v1/questions/${recordId(s, 'questionId')}/release`),
      // The seeded question is not on hold: members are told so, and nothing changes.
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 404, member: 409 }),
    },
    {
      method: 'POST',
      url: '/api/v1/questions/:questionId/withdraw',
      send: (c, s) => c.post(`/api/v1/questions/${recordId(s, 'questionId')}/withdraw`),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 404, member: 204, partner: 403 }),
      mayChange: ['member'],
    },
    {
      method: 'GET',
      url: '/api/v1/disclosures',
      send: (c) => c.get('/api/v1/disclosures'),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 200, member: 200 }),
    },
    {
      method: 'POST',
      url: '/api/v1/disclosures',
      send: (c) =>
        c.post('/api/v1/disclosures', {
          topic: 'contact',
          occurredOn: '2026-11-02',
          text: 'Matrix disclosure',
        }),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 404, member: 404, partner: 201 }),
      mayChange: ['partner'],
    },
    {
      method: 'GET',
      url: '/api/v1/full-accounts',
      send: (c) => c.get('/api/v1/full-accounts'),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 200, member: 200 }),
    },
    {
      method: 'POST',
      url: '/api/v1/full-accounts',
      send: (c) => c.post('/api/v1/full-accounts', { text: 'Matrix new account' }),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 404, member: 404, partner: 201 }),
      mayChange: ['partner'],
    },
    {
      method: 'POST',
      url: '/api/v1/full-accounts/:accountId/versions',
      send: (c, s) =>
        c.post(`/api/v1/full-accounts/${recordId(s, 'draftAccountId')}/versions`, {
          text: 'Matrix second version',
        }),
      // The partner is not told a draft exists.
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 404, member: 204, partner: 404 }),
      mayChange: ['member'],
    },
    {
      method: 'POST',
      url: '/api/v1/full-accounts/:accountId/seal',
      send: (c, s) => c.post(`/api/v1/full-accounts/${recordId(s, 'draftAccountId')}/seal`),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 404, member: 204, partner: 404 }),
      mayChange: ['member'],
    },
    {
      method: 'POST',
      url: '/api/v1/full-accounts/:accountId/open',
      send: (c, s) => c.post(`/api/v1/full-accounts/${recordId(s, 'sealedAccountId')}/open`),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 404, member: 200 }),
      mayChange: ['member', 'partner'],
    },
    {
      method: 'GET',
      url: '/api/v1/therapist/couples/:coupleId/full-accounts',
      send: (c, s) => c.get(`/api/v1/therapist/couples/${s.spaceId}/full-accounts`),
      // The couple's therapists may ask (the list stays empty without both partners' consent).
      expected: signedIn(401, {
        stranger: 404,
        otherSpaceMember: 404,
        member: 404,
        consentedTherapist: 200,
        partlyConsentedTherapist: 200,
        revokedTherapist: 200,
        otherTherapist: 404,
      }),
    },
    {
      method: 'POST',
      url: '/api/v1/therapist/couples/:coupleId/full-accounts/:accountId/open-in-session',
      send: (c, s) =>
        c.post(
          `/api/v1/therapist/couples/${s.spaceId}/full-accounts/${recordId(s, 'sealedAccountId')}/open-in-session`,
        ),
      // Partners never open through this route. A therapist needs both partners' consent to
      // session_questions: without it (metrics only, revoked) 403; with the member's but no
      // partner in the space yet, there is nobody to open it for (409). Nobody changes anything.
      expected: signedIn(401, {
        stranger: 404,
        otherSpaceMember: 404,
        member: 404,
        consentedTherapist: 409,
        partlyConsentedTherapist: 403,
        revokedTherapist: 403,
        otherTherapist: 404,
      }),
    },
    {
      method: 'GET',
      url: '/api/v1/commitments',
      send: (c) => c.get('/api/v1/commitments'),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 200, member: 200 }),
    },
    {
      method: 'POST',
      url: '/api/v1/commitments',
      send: (c) =>
        c.post('/api/v1/commitments', {
          what: 'Matrix new commitment',
          howOften: 'every_week',
          until: '2027-06-30',
        }),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 403, member: 403, partner: 201 }),
      mayChange: ['partner'],
    },
    {
      method: 'POST',
      url: '/api/v1/commitments/:commitmentId/marks',
      send: (c, s) =>
        c.post(`/api/v1/commitments/${recordId(s, 'commitmentId')}/marks`, {
          week: 1,
          mark: 'kept',
        }),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 404, member: 204 }),
      mayChange: ['member', 'partner'],
    },
    {
      method: 'POST',
      url: '/api/v1/commitments/:commitmentId/acknowledgement',
      send: (c, s) =>
        c.post(`/api/v1/commitments/${recordId(s, 'commitmentId')}/acknowledgement`, {}),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 404, member: 403, partner: 204 }),
      mayChange: ['partner'],
    },
    {
      method: 'GET',
      url: '/api/v1/timeline',
      send: (c) => c.get('/api/v1/timeline'),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 200, member: 200 }),
    },
  ],
};
