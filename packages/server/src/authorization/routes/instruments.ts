import { steadinessQuestionnaire } from '../../test-support/fhir-fixtures.js';
import { THERAPIST_PROFILE } from '../../test-support/therapists.js';
import { newAccount } from '../fixtures.js';
import { type MatrixModule, recordId, signedIn } from '../harness.js';

/**
 * A questionnaire another therapist imported as their own and asked the target member to answer:
 * the partner (not asked) and every other therapist must never be shown it.
 */
const PRIVATE_TITLE = 'Matrix therapist’s own questionnaire';

/** Every therapist actor, none of whom owns the seeded questionnaire. */
const THERAPISTS = [
  'consentedTherapist',
  'partlyConsentedTherapist',
  'revokedTherapist',
  'otherTherapist',
] as const;

/** Only therapists have instruments of their own; everyone else, the administrator too, gets 404. */
const forTherapists = (therapists: number) =>
  signedIn(401, {
    stranger: 404,
    otherSpaceMember: 404,
    member: 404,
    consentedTherapist: therapists,
    partlyConsentedTherapist: therapists,
    revokedTherapist: therapists,
    otherTherapist: therapists,
    administrator: 404,
  });

const OWN = '/api/v1/therapist/imported-instruments';

/** The shared catalogue, for administrators only; therapists' own imports, for their owners only. */
export const matrix: MatrixModule = {
  async seed({ member, memberId, spaceId, newClient }) {
    const owner = newClient();
    const signedUp = await owner.post('/api/v1/therapist-accounts', {
      ...newAccount(),
      ...THERAPIST_PROFILE,
      displayName: 'Owning therapist',
    });
    const questionnaire = { ...steadinessQuestionnaire(), title: PRIVATE_TITLE };
    const imported = await owner.post(OWN, { questionnaire });
    const code = (await member.client.post('/api/v1/space/therapist-invitations')).body.code;
    await owner.post('/api/v1/therapist/couples', { code });
    await member.client.request(
      'PUT',
      `/api/v1/space/therapists/${signedUp.body.user.id}/consent`,
      {
        categories: ['questionnaires'],
      },
    );
    const instrumentId: string = imported.body.instrument.id;
    const assigned = await owner.post(`/api/v1/therapist/couples/${spaceId}/assignments`, {
      memberId,
      instrumentId,
      schedule: 'monthly',
    });
    if (assigned.status !== 201) throw new Error(`seed: ${JSON.stringify(assigned.body)}`);
    return {
      records: { ownInstrumentId: instrumentId },
      hiddenFromPartner: [PRIVATE_TITLE],
      hiddenFromOutsiders: [PRIVATE_TITLE],
    };
  },
  routes: [
    {
      method: 'GET',
      url: '/api/v1/me/capabilities',
      send: (c) => c.get('/api/v1/me/capabilities'),
      expected: signedIn(401, {
        stranger: 200,
        otherSpaceMember: 200,
        member: 200,
        consentedTherapist: 200,
        administrator: 200,
      }),
    },
    // The shared catalogue is for instance administrators only (instruments.test.ts imports).
    {
      method: 'GET',
      url: '/api/v1/instruments',
      send: (c) => c.get('/api/v1/instruments'),
      expected: signedIn(401, {
        stranger: 404,
        otherSpaceMember: 404,
        member: 404,
        administrator: 200,
      }),
    },
    {
      method: 'POST',
      url: '/api/v1/instruments',
      // A Questionnaire with nothing to score: the administrator is told why, nothing is stored.
      send: (c) =>
        c.post('/api/v1/instruments', {
          questionnaire: { resourceType: 'Questionnaire', id: 'matrix', item: [] },
        }),
      expected: signedIn(401, {
        stranger: 404,
        otherSpaceMember: 404,
        member: 404,
        administrator: 400,
      }),
    },
    {
      method: 'POST',
      url: '/api/v1/instruments/:instrumentId/retire',
      // A therapist's own questionnaire is not the shared catalogue's to retire, even for admins.
      send: (c, s) => c.post(`/api/v1/instruments/${recordId(s, 'ownInstrumentId')}/retire`),
      expected: signedIn(401, {
        stranger: 404,
        otherSpaceMember: 404,
        member: 404,
        administrator: 404,
      }),
    },
    // A therapist's own imports: each therapist lists, adds and retires only theirs.
    {
      method: 'GET',
      url: OWN,
      send: (c) => c.get(OWN),
      expected: forTherapists(200),
    },
    {
      method: 'POST',
      url: OWN,
      send: (c) => c.post(OWN, { questionnaire: steadinessQuestionnaire() }),
      expected: forTherapists(201),
      mayChange: THERAPISTS,
    },
    {
      method: 'POST',
      url: `${OWN}/:instrumentId/retire`,
      // Another therapist's questionnaire first, which no actor owns; then the actor's own.
      send: async (c, s) => {
        const others = await c.post(`${OWN}/${recordId(s, 'ownInstrumentId')}/retire`);
        if (others.status !== 401 && others.status !== 404) return others;
        const own = await c.post(OWN, { questionnaire: steadinessQuestionnaire() });
        const id: string = own.status === 201 ? own.body.instrument.id : 'steadiness-check';
        return c.post(`${OWN}/${id}/retire`);
      },
      expected: forTherapists(204),
      mayChange: THERAPISTS,
    },
  ],
};
