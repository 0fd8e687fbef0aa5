import { UNKNOWN_ID, WRONG_PASSWORD } from '../fixtures.js';
import { everyone, type MatrixModule, signedIn } from '../harness.js';

const FAKE_BYTES = Buffer.from('not from an authenticator').toString('base64url');
const FAKE_REGISTRATION = {
  id: FAKE_BYTES,
  rawId: FAKE_BYTES,
  type: 'public-key',
  clientExtensionResults: {},
  response: { clientDataJSON: FAKE_BYTES, attestationObject: FAKE_BYTES },
};
const FAKE_ASSERTION = {
  id: FAKE_BYTES,
  rawId: FAKE_BYTES,
  type: 'public-key',
  clientExtensionResults: {},
  response: { clientDataJSON: FAKE_BYTES, authenticatorData: FAKE_BYTES, signature: FAKE_BYTES },
};

/** Strong sign-in: two-factor, passkeys, recovery codes, sessions, e-mail and password. */
export const matrix: MatrixModule = {
  /** The session the target member signed up with, for the "end a session" row. */
  async seed({ db, memberId }) {
    const row = await db
      .selectFrom('sessions')
      .innerJoin('couple_members', 'couple_members.user_id', 'sessions.user_id')
      .select('sessions.id')
      .where('couple_members.id', '=', memberId)
      .executeTakeFirstOrThrow();
    return { records: { memberSessionId: row.id } };
  },
  routes: [
    // Sign-in and security concern one's own account only. Every change needs the current
    // password, so each is sent with a wrong one: refused, and nothing anywhere changes.
    {
      method: 'GET',
      url: '/api/v1/me/security',
      send: (c) => c.get('/api/v1/me/security'),
      expected: signedIn(401, { stranger: 200, otherSpaceMember: 200, member: 200 }),
    },
    {
      method: 'POST',
      url: '/api/v1/me/totp/setup',
      send: (c) => c.post('/api/v1/me/totp/setup', { password: WRONG_PASSWORD }),
      spendsPasswordTries: true,
      expected: signedIn(401, { stranger: 403, otherSpaceMember: 403, member: 403 }),
    },
    {
      method: 'POST',
      url: '/api/v1/me/totp/confirm',
      send: (c) => c.post('/api/v1/me/totp/confirm', { code: '123456' }),
      expected: signedIn(401, { stranger: 410, otherSpaceMember: 410, member: 410 }),
    },
    {
      method: 'POST',
      url: '/api/v1/me/totp/disable',
      send: (c) => c.post('/api/v1/me/totp/disable', { password: WRONG_PASSWORD }),
      spendsPasswordTries: true,
      expected: signedIn(401, { stranger: 403, otherSpaceMember: 403, member: 403 }),
    },
    {
      method: 'POST',
      url: '/api/v1/me/recovery-codes',
      send: (c) => c.post('/api/v1/me/recovery-codes', { password: WRONG_PASSWORD }),
      spendsPasswordTries: true,
      expected: signedIn(401, { stranger: 403, otherSpaceMember: 403, member: 403 }),
    },
    {
      method: 'POST',
      url: '/api/v1/me/passkeys/options',
      send: (c) => c.post('/api/v1/me/passkeys/options', { password: WRONG_PASSWORD }),
      spendsPasswordTries: true,
      expected: signedIn(401, { stranger: 403, otherSpaceMember: 403, member: 403 }),
    },
    {
      method: 'POST',
      url: '/api/v1/me/passkeys',
      send: (c) =>
        c.post('/api/v1/me/passkeys', {
          challengeId: UNKNOWN_ID,
          name: 'Matrix key',
          credential: FAKE_REGISTRATION,
        }),
      expected: signedIn(401, { stranger: 410, otherSpaceMember: 410, member: 410 }),
    },
    {
      method: 'POST',
      url: '/api/v1/me/passkeys/:passkeyId/remove',
      send: (c) => c.post(`/api/v1/me/passkeys/${UNKNOWN_ID}/remove`, { password: WRONG_PASSWORD }),
      spendsPasswordTries: true,
      expected: signedIn(401, { stranger: 403, otherSpaceMember: 403, member: 403 }),
    },
    {
      method: 'POST',
      url: '/api/v1/me/email',
      send: (c) =>
        c.post('/api/v1/me/email', { password: WRONG_PASSWORD, email: 'moved@example.org' }),
      spendsPasswordTries: true,
      expected: signedIn(401, { stranger: 403, otherSpaceMember: 403, member: 403 }),
    },
    {
      method: 'POST',
      url: '/api/v1/me/password',
      send: (c) =>
        c.post('/api/v1/me/password', {
          currentPassword: WRONG_PASSWORD,
          newPassword: 'matrix new passphrase',
        }),
      spendsPasswordTries: true,
      expected: signedIn(401, { stranger: 403, otherSpaceMember: 403, member: 403 }),
    },
    {
      method: 'POST',
      url: '/api/v1/sessions/second-factor',
      send: (c) => c.post('/api/v1/sessions/second-factor', { token: 'forged', code: '123456' }),
      expected: everyone(401),
    },
    {
      method: 'POST',
      url: '/api/v1/sessions/second-factor/passkey-options',
      send: (c) => c.post('/api/v1/sessions/second-factor/passkey-options', { token: 'forged' }),
      expected: everyone(401),
    },
    {
      method: 'POST',
      url: '/api/v1/sessions/passkey-options',
      send: (c) => c.post('/api/v1/sessions/passkey-options', {}),
      expected: everyone(200),
    },
    {
      method: 'POST',
      url: '/api/v1/sessions/passkey',
      send: (c) =>
        c.post('/api/v1/sessions/passkey', { challengeId: UNKNOWN_ID, credential: FAKE_ASSERTION }),
      expected: everyone(410),
    },
    {
      method: 'GET',
      url: '/api/v1/sessions',
      send: (c) => c.get('/api/v1/sessions'),
      expected: signedIn(401, { stranger: 200, otherSpaceMember: 200, member: 200 }),
    },
    {
      method: 'DELETE',
      url: '/api/v1/sessions/others',
      send: (c) => c.delete('/api/v1/sessions/others'),
      expected: signedIn(401, { stranger: 200, otherSpaceMember: 200, member: 200 }),
    },
    // The member's own session: theirs to end, "not found" for everyone else.
    {
      method: 'DELETE',
      url: '/api/v1/sessions/:sessionId',
      send: (c, s) => c.delete(`/api/v1/sessions/${s.records.memberSessionId}`),
      expected: signedIn(401, { stranger: 404, otherSpaceMember: 404, member: 204, partner: 404 }),
    },
  ],
};
