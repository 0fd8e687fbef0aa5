import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../test-support/context.js';
import { type SignedUpPerson, signUp } from '../../test-support/factories.js';
import { SoftwareAuthenticator } from '../../test-support/software-authenticator.js';
import { passwordStep } from '../../test-support/two-factor.js';

const ctx = useTestContext();
const ORIGIN = 'http://amend.test';

async function addPasskey(person: SignedUpPerson, authenticator: SoftwareAuthenticator) {
  const start = await person.client.post('/api/v1/me/passkeys/options', {
    password: person.password,
  });
  expect(start.status, JSON.stringify(start.body)).toBe(200);
  const added = await person.client.post('/api/v1/me/passkeys', {
    challengeId: start.body.challengeId,
    name: 'My phone',
    credential: authenticator.create(start.body.options),
  });
  expect(added.status, JSON.stringify(added.body)).toBe(201);
  return added.body;
}

async function passwordlessSignIn(authenticator: SoftwareAuthenticator) {
  const client = ctx.client();
  const start = await client.post('/api/v1/sessions/passkey-options', {});
  expect(start.status).toBe(200);
  const response = await client.post('/api/v1/sessions/passkey', {
    challengeId: start.body.challengeId,
    credential: authenticator.get(start.body.options),
  });
  return { client, response };
}

describe('adding passkeys', () => {
  it('needs the current password before the browser is even asked', async () => {
    const person = await signUp(ctx);
    const refused = await person.client.post('/api/v1/me/passkeys/options', {
      password: 'nope nope',
    });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('REAUTHENTICATION_FAILED');
    const missing = await person.client.post('/api/v1/me/passkeys/options', {});
    expect(missing.status).toBe(400);
  });

  it('registers a passkey the authenticator made, lists it, and gives recovery codes for the first', async () => {
    const person = await signUp(ctx, { displayName: 'Kit' });
    const start = await person.client.post('/api/v1/me/passkeys/options', {
      password: person.password,
    });
    expect(start.body.options.rp).toEqual({ name: 'Amend', id: 'amend.test' });
    expect(start.body.options.user.displayName).toBe('Kit');
    const added = await addPasskey(person, new SoftwareAuthenticator(ORIGIN));
    expect(added.passkey).toMatchObject({ name: 'My phone', lastUsedAt: null });
    expect(added.recoveryCodes).toHaveLength(10);
    const security = (await person.client.get('/api/v1/me/security')).body;
    expect(security.passkeys).toEqual([added.passkey]);
    expect(security.passkeysAvailable).toBe(true);
    expect(security.recoveryCodesLeft).toBe(10);

    const second = await addPasskey(person, new SoftwareAuthenticator(ORIGIN));
    expect(second.recoveryCodes).toEqual([]);
  });

  it('refuses an answer for another site, and a challenge used twice', async () => {
    const person = await signUp(ctx);
    const start = await person.client.post('/api/v1/me/passkeys/options', {
      password: person.password,
    });
    const forged = await person.client.post('/api/v1/me/passkeys', {
      challengeId: start.body.challengeId,
      name: 'Elsewhere',
      credential: new SoftwareAuthenticator('https://evil.example').create(start.body.options),
    });
    expect(forged.status).toBe(400);
    expect(forged.body.code).toBe('PASSKEY_INVALID');
    const reused = await person.client.post('/api/v1/me/passkeys', {
      challengeId: start.body.challengeId,
      name: 'Again',
      credential: new SoftwareAuthenticator(ORIGIN).create(start.body.options),
    });
    expect(reused.status).toBe(410);
    expect(reused.body.code).toBe('PASSKEY_CHALLENGE_EXPIRED');
    expect((await person.client.get('/api/v1/me/security')).body.passkeys).toEqual([]);
  });

  it('cannot use a challenge issued to someone else', async () => {
    const person = await signUp(ctx);
    const other = await signUp(ctx);
    const start = await person.client.post('/api/v1/me/passkeys/options', {
      password: person.password,
    });
    const stolen = await other.client.post('/api/v1/me/passkeys', {
      challengeId: start.body.challengeId,
      name: 'Not mine',
      credential: new SoftwareAuthenticator(ORIGIN).create(start.body.options),
    });
    expect(stolen.status).toBe(410);
    expect((await other.client.get('/api/v1/me/security')).body.passkeys).toEqual([]);
  });
});

describe('signing in with a passkey', () => {
  it('asks for the passkey after the password, and lets it finish the sign-in', async () => {
    const person = await signUp(ctx);
    const authenticator = new SoftwareAuthenticator(ORIGIN);
    await addPasskey(person, authenticator);
    const device = ctx.client();
    const step = await device.post('/api/v1/sessions', {
      email: person.email,
      password: person.password,
    });
    expect(step.status).toBe(202);
    expect(step.body.secondFactor.methods).toEqual(['passkey', 'recovery_code']);
    const token = step.body.secondFactor.token;
    const options = await device.post('/api/v1/sessions/second-factor/passkey-options', { token });
    expect(options.status).toBe(200);
    expect(options.body.options.allowCredentials).toHaveLength(1);
    const finished = await device.post('/api/v1/sessions/second-factor', {
      token,
      passkey: {
        challengeId: options.body.challengeId,
        credential: authenticator.get(options.body.options),
      },
    });
    expect(finished.status, JSON.stringify(finished.body)).toBe(200);
    expect((await device.get('/api/v1/me')).body.user.id).toBe(person.id);
    const passkeys = (await device.get('/api/v1/me/security')).body.passkeys;
    expect(passkeys[0].lastUsedAt).not.toBeNull();
  });

  it('signs in with a passkey alone when it verified the person', async () => {
    const person = await signUp(ctx);
    const authenticator = new SoftwareAuthenticator(ORIGIN);
    await addPasskey(person, authenticator);
    const { client, response } = await passwordlessSignIn(authenticator);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.user.id).toBe(person.id);
    expect((await client.get('/api/v1/me')).status).toBe(200);
  });

  it('does not sign in with a passkey alone that did not verify the person', async () => {
    const person = await signUp(ctx);
    const authenticator = new SoftwareAuthenticator(ORIGIN);
    await addPasskey(person, authenticator);
    authenticator.userVerified = false;
    const { client, response } = await passwordlessSignIn(authenticator);
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('INVALID_CREDENTIALS');
    expect((await client.get('/api/v1/me')).status).toBe(401);
  });

  it('refuses a tampered signature and an answer replayed for a used challenge', async () => {
    const person = await signUp(ctx);
    const authenticator = new SoftwareAuthenticator(ORIGIN);
    await addPasskey(person, authenticator);
    const client = ctx.client();
    const start = await client.post('/api/v1/sessions/passkey-options', {});
    const answer = authenticator.get(start.body.options);
    const tampered = {
      ...answer,
      response: { ...answer.response, signature: Buffer.alloc(70, 1).toString('base64url') },
    };
    const refused = await client.post('/api/v1/sessions/passkey', {
      challengeId: start.body.challengeId,
      credential: tampered,
    });
    expect(refused.status).toBe(401);
    const replayed = await client.post('/api/v1/sessions/passkey', {
      challengeId: start.body.challengeId,
      credential: answer,
    });
    expect(replayed.status).toBe(410);
    expect((await client.get('/api/v1/me')).status).toBe(401);
  });

  it('will not confirm one person’s sign-in with another person’s passkey', async () => {
    const person = await signUp(ctx);
    const other = await signUp(ctx);
    await addPasskey(person, new SoftwareAuthenticator(ORIGIN));
    const othersAuthenticator = new SoftwareAuthenticator(ORIGIN);
    await addPasskey(other, othersAuthenticator);
    const device = ctx.client();
    const token = await passwordStep(device, person);
    const options = await device.post('/api/v1/sessions/second-factor/passkey-options', { token });
    const otherOptions = { ...options.body.options, allowCredentials: [] };
    const finished = await device.post('/api/v1/sessions/second-factor', {
      token,
      passkey: {
        challengeId: options.body.challengeId,
        credential: othersAuthenticator.get(otherOptions),
      },
    });
    expect(finished.status).toBe(401);
    expect(finished.body.code).toBe('SECOND_FACTOR_INVALID');
    expect((await device.get('/api/v1/me')).status).toBe(401);
  });
});

describe('removing passkeys', () => {
  it('needs the password, only reaches one’s own, and the passkey stops working', async () => {
    const person = await signUp(ctx);
    const other = await signUp(ctx);
    const authenticator = new SoftwareAuthenticator(ORIGIN);
    const { passkey } = await addPasskey(person, authenticator);

    const wrong = await person.client.post(`/api/v1/me/passkeys/${passkey.id}/remove`, {
      password: 'not the one',
    });
    expect(wrong.status).toBe(403);
    const notTheirs = await other.client.post(`/api/v1/me/passkeys/${passkey.id}/remove`, {
      password: other.password,
    });
    expect(notTheirs.status).toBe(404);
    expect((await person.client.get('/api/v1/me/security')).body.passkeys).toHaveLength(1);

    const removed = await person.client.post(`/api/v1/me/passkeys/${passkey.id}/remove`, {
      password: person.password,
    });
    expect(removed.status).toBe(204);
    const security = (await person.client.get('/api/v1/me/security')).body;
    expect(security.passkeys).toEqual([]);
    expect(security.recoveryCodesLeft).toBe(0);
    const { response } = await passwordlessSignIn(authenticator);
    expect(response.status).toBe(401);
    const signIn = await ctx
      .client()
      .post('/api/v1/sessions', { email: person.email, password: person.password });
    expect(signIn.status).toBe(200);
  });
});
