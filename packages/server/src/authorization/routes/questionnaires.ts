import { AMEND_TRUST } from '@amend/core';
import { type MatrixModule, signedIn } from '../harness.js';

const TRUST_ANSWERS = Object.fromEntries(AMEND_TRUST.items.map((item) => [item.id, 'agree']));

/** Questionnaires, their FHIR export, and the progress dashboard. */
export const matrix: MatrixModule = {
  async seed({ member }) {
    const response = await member.client.post('/api/v1/questionnaires/amend-trust/responses', {
      answers: TRUST_ANSWERS,
    });
    return { records: { questionnaireResponseId: response.body.response.id } };
  },
  routes: [
    {
      method: 'GET',
      url: '/api/v1/questionnaires',
      send: (c) => c.get('/api/v1/questionnaires'),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 200, member: 200 }),
    },
    {
      method: 'GET',
      url: '/api/v1/questionnaires/:instrumentId',
      send: (c) => c.get('/api/v1/questionnaires/amend-trust'),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 200, member: 200 }),
    },
    {
      method: 'PUT',
      url: '/api/v1/questionnaires/:instrumentId/draft',
      send: (c) => c.request('PUT', '/api/v1/questionnaires/amend-trust/draft', { answers: {} }),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 200, member: 200 }),
      mayChange: ['member', 'partner'],
    },
    {
      method: 'POST',
      url: '/api/v1/questionnaires/:instrumentId/responses',
      send: (c) => c.post('/api/v1/questionnaires/amend-trust/responses', { answers: {} }),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 400, member: 400 }),
    },
    {
      method: 'GET',
      url: '/api/v1/questionnaire-responses/:responseId/fhir',
      send: (c, s) =>
        c.get(`/api/v1/questionnaire-responses/${s.records.questionnaireResponseId}/fhir`),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 404, member: 200, partner: 404 }),
    },
    {
      method: 'GET',
      url: '/api/v1/progress',
      send: (c) => c.get('/api/v1/progress'),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 200, member: 200 }),
    },
  ],
};
