import { NEUTRAL_APP_NAME } from '@amend/core';
import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../test-support/context.js';
import { signUp } from '../../test-support/factories.js';
import { enableTotp, passwordStep, totpCodeAt } from '../../test-support/two-factor.js';

const ctx = useTestContext();

async function totpRow(userId: string) {
  return ctx.database.db
    .selectFrom('totp_authenticators')
    .selectAll()
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

describe('turning on codes from an authenticator app', () => {
  it('needs the current password: missing or wrong, nothing is set up', async () => {
    const person = await signUp(ctx);
    const missing = await person.client.post('/api/v1/me/totp/setup', {});
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toContainEqual({
      field: 'password',
      message: 'This field is required.',
    });
    const wrong = await person.client.post('/api/v1/me/totp/setup', {
      password: 'not mine at all',
    });
    expect(wrong.status).toBe(403);
    expect(wrong.body.code).toBe('REAUTHENTICATION_FAILED');
    expect(wrong.body.errors[0].field).toBe('password');
    expect(await totpRow(person.id)).toBeUndefined();
  });

  it('shows a QR code and the key, keeps the key encrypted, and turns on only with a right code', async () => {
    const person = await signUp(ctx, { email: `totp-${Date.now()}@example.org` });
    const setup = await person.client.post('/api/v1/me/totp/setup', { password: person.password });
    expect(setup.status).toBe(200);
    expect(setup.body.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(setup.body.uri).toMatch(/^otpauth:\/\/totp\/Amend:/);
    expect(setup.body.uri).toContain(`secret=${setup.body.secret}`);
    expect(setup.body.qrCode).toMatch(/^data:image\/png;base64,/);

    const row = await totpRow(person.id);
    expect(row?.enabled_at).toBeNull();
    expect(row?.secret_encrypted).toMatch(/^v1:/);
    expect(row?.secret_encrypted).not.toContain(setup.body.secret);

    const wrong = await person.client.post('/api/v1/me/totp/confirm', { code: '000000' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].field).toBe('code');
    expect((await person.client.get('/api/v1/me/security')).body.totp.enabled).toBe(false);

    const code = await totpCodeAt(setup.body.secret, ctx.clock.now());
    const confirmed = await person.client.post('/api/v1/me/totp/confirm', { code });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.recoveryCodes).toHaveLength(10);
    expect(confirmed.body.recoveryCodes[0]).toMatch(
      /^[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}$/,
    );

    const security = await person.client.get('/api/v1/me/security');
    expect(security.body.totp.enabled).toBe(true);
    expect(security.body.recoveryCodesLeft).toBe(10);
    expect(JSON.stringify(security.body)).not.toContain(setup.body.secret);
    const stored = await ctx.database.db
      .selectFrom('recovery_codes')
      .select('code_hash')
      .where('user_id', '=', person.id)
      .execute();
    expect(stored).toHaveLength(10);
    expect(JSON.stringify(stored)).not.toContain(
      confirmed.body.recoveryCodes[0].replaceAll('-', ''),
    );
    const events = await ctx.database.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('subject_user_id', '=', person.id)
      .execute();
    expect(events.map((event) => event.action)).toContain('account.two_factor_enabled');
    expect(JSON.stringify(events)).not.toContain(setup.body.secret);
  });

  it('names the account in the app by the neutral name in discreet mode', async () => {
    const person = await signUp(ctx);
    await person.client.request('PUT', '/api/v1/me/preferences', { discreetMode: true });
    const setup = await person.client.post('/api/v1/me/totp/setup', { password: person.password });
    expect(setup.body.uri).toMatch(new RegExp(`^otpauth://totp/${NEUTRAL_APP_NAME}:`));
    expect(setup.body.uri).not.toContain('Amend');
  });

  it('refuses a setup that was not confirmed within ten minutes', async () => {
    const person = await signUp(ctx);
    const setup = await person.client.post('/api/v1/me/totp/setup', { password: person.password });
    ctx.clock.advance(10 * 60_000 + 1000);
    const code = await totpCodeAt(setup.body.secret, ctx.clock.now());
    const late = await person.client.post('/api/v1/me/totp/confirm', { code });
    expect(late.status).toBe(410);
    expect(late.body.code).toBe('TOTP_SETUP_EXPIRED');
    expect((await totpRow(person.id))?.enabled_at).toBeNull();
  });

  it('cannot be set up twice over; it has to be turned off first', async () => {
    const person = await signUp(ctx);
    const { secret } = await enableTotp(ctx, person);
    const again = await person.client.post('/api/v1/me/totp/setup', { password: person.password });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('TOTP_ALREADY_ENABLED');
    // The authenticator already in use still works.
    const token = await passwordStep(ctx.client(), person);
    const finished = await ctx.client().post('/api/v1/sessions/second-factor', {
      token,
      code: await totpCodeAt(secret, ctx.clock.now()),
    });
    expect(finished.status).toBe(200);
  });
});

describe('signing in with a second step', () => {
  it('a TOTP sign-in: the password earns no session, a code from the app does', async () => {
    const person = await signUp(ctx);
    const { secret } = await enableTotp(ctx, person);
    const device = ctx.client();
    const step = await device.post('/api/v1/sessions', {
      email: person.email,
      password: person.password,
    });
    expect(step.status).toBe(202);
    expect(step.body.secondFactor.methods).toEqual(['totp', 'recovery_code']);
    expect(device.hasCookie('amend_session')).toBe(false);
    expect((await device.get('/api/v1/me')).status).toBe(401);

    const wrong = await device.post('/api/v1/sessions/second-factor', {
      token: step.body.secondFactor.token,
      code: '123456',
    });
    expect(wrong.status).toBe(401);
    expect(wrong.body.code).toBe('SECOND_FACTOR_INVALID');
    expect((await device.get('/api/v1/me')).status).toBe(401);

    const code = await totpCodeAt(secret, ctx.clock.now());
    const finished = await device.post('/api/v1/sessions/second-factor', {
      token: step.body.secondFactor.token,
      code,
    });
    expect(finished.status).toBe(200);
    expect(finished.body.user.id).toBe(person.id);
    expect((await device.get('/api/v1/me')).body.user.id).toBe(person.id);

    // The same code cannot be used again, even with a fresh password step.
    const other = ctx.client();
    const replay = await other.post('/api/v1/sessions/second-factor', {
      token: await passwordStep(other, person),
      code,
    });
    expect(replay.status).toBe(401);
    const session = await ctx.database.db
      .selectFrom('sessions')
      .select('signed_in_with')
      .where('user_id', '=', person.id)
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();
    expect(session.signed_in_with).toBe('totp');
  });

  it('accepts each recovery code once, whatever its case and dashes', async () => {
    const person = await signUp(ctx);
    const { recoveryCodes } = await enableTotp(ctx, person);
    const [first = ''] = recoveryCodes;
    const device = ctx.client();
    const used = await device.post('/api/v1/sessions/second-factor', {
      token: await passwordStep(device, person),
      code: first.toUpperCase().replaceAll('-', ' '),
    });
    expect(used.status).toBe(200);
    expect((await device.get('/api/v1/me/security')).body.recoveryCodesLeft).toBe(9);

    const again = ctx.client();
    const reused = await again.post('/api/v1/sessions/second-factor', {
      token: await passwordStep(again, person),
      code: first,
    });
    expect(reused.status).toBe(401);
    expect(reused.body.code).toBe('SECOND_FACTOR_INVALID');
    expect((await again.get('/api/v1/me')).status).toBe(401);
  });

  it('refuses a second step after the five minutes of its token', async () => {
    const person = await signUp(ctx);
    const { secret } = await enableTotp(ctx, person);
    const device = ctx.client();
    const token = await passwordStep(device, person);
    ctx.clock.advance(5 * 60_000 + 1000);
    const late = await device.post('/api/v1/sessions/second-factor', {
      token,
      code: await totpCodeAt(secret, ctx.clock.now()),
    });
    expect(late.status).toBe(401);
    expect(late.body.code).toBe('SIGN_IN_EXPIRED');
    expect((await device.get('/api/v1/me')).status).toBe(401);
  });

  it('ends the attempt after five wrong codes: even the right one then needs the password again', async () => {
    const person = await signUp(ctx);
    const { secret } = await enableTotp(ctx, person);
    const device = ctx.client();
    const token = await passwordStep(device, person);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const wrong = await device.post('/api/v1/sessions/second-factor', { token, code: '000000' });
      expect(wrong.status).toBe(401);
    }
    const right = await device.post('/api/v1/sessions/second-factor', {
      token,
      code: await totpCodeAt(secret, ctx.clock.now()),
    });
    expect(right.status).toBe(401);
    expect(right.body.code).toBe('SIGN_IN_EXPIRED');
  });

  it('refuses a made-up pending token', async () => {
    const response = await ctx
      .client()
      .post('/api/v1/sessions/second-factor', { token: 'made-up', code: '123456' });
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('SIGN_IN_EXPIRED');
  });
});

describe('changing two-step settings', () => {
  it('turning codes off needs the password; afterwards the password alone signs in', async () => {
    const person = await signUp(ctx);
    await enableTotp(ctx, person);
    const wrong = await person.client.post('/api/v1/me/totp/disable', { password: 'guessing now' });
    expect(wrong.status).toBe(403);
    expect((await totpRow(person.id))?.enabled_at).not.toBeNull();

    const off = await person.client.post('/api/v1/me/totp/disable', { password: person.password });
    expect(off.status).toBe(204);
    expect(await totpRow(person.id)).toBeUndefined();
    expect((await person.client.get('/api/v1/me/security')).body.recoveryCodesLeft).toBe(0);
    const signIn = await ctx
      .client()
      .post('/api/v1/sessions', { email: person.email, password: person.password });
    expect(signIn.status).toBe(200);

    const twice = await person.client.post('/api/v1/me/totp/disable', {
      password: person.password,
    });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('TWO_FACTOR_NOT_ENABLED');
  });

  it('new recovery codes replace the old ones, and need the password', async () => {
    const person = await signUp(ctx);
    const { recoveryCodes } = await enableTotp(ctx, person);
    const refused = await person.client.post('/api/v1/me/recovery-codes', {
      password: 'wrong one',
    });
    expect(refused.status).toBe(403);
    const renewed = await person.client.post('/api/v1/me/recovery-codes', {
      password: person.password,
    });
    expect(renewed.status).toBe(200);
    expect(renewed.body.recoveryCodes).toHaveLength(10);
    expect(renewed.body.recoveryCodes).not.toContain(recoveryCodes[0]);

    const device = ctx.client();
    const old = await device.post('/api/v1/sessions/second-factor', {
      token: await passwordStep(device, person),
      code: recoveryCodes[0],
    });
    expect(old.status).toBe(401);
    const fresh = await device.post('/api/v1/sessions/second-factor', {
      token: await passwordStep(ctx.client(), person),
      code: renewed.body.recoveryCodes[0],
    });
    expect(fresh.status).toBe(200);
  });

  it('has no recovery codes to renew while two-step sign-in is off', async () => {
    const person = await signUp(ctx);
    const response = await person.client.post('/api/v1/me/recovery-codes', {
      password: person.password,
    });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('TWO_FACTOR_NOT_ENABLED');
  });
});
