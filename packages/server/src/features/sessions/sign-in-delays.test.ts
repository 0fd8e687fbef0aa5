import { MAX_SIGN_IN_DELAY_MS } from '@amend/core';
import { describe, expect, it } from 'vitest';
import type { TestResponse } from '../../test-support/client.js';
import { useTestContext } from '../../test-support/context.js';
import { signUp } from '../../test-support/factories.js';

const ctx = useTestContext();

/** A wrong guess from a new address each time, as a spread-out attacker would make it. */
async function guess(email: string): Promise<TestResponse> {
  return ctx.client().post('/api/v1/sessions', { email, password: 'a wrong guess here' });
}

describe('growing waits after wrong passwords', () => {
  it('slow the account down after five mistakes, and the right password works once the wait is over', async () => {
    const person = await signUp(ctx);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await guess(person.email)).status).toBe(401);
    }
    const owner = ctx.client();
    const paused = await owner.post('/api/v1/sessions', {
      email: person.email,
      password: person.password,
    });
    expect(paused.status).toBe(429);
    expect(paused.body.code).toBe('SIGN_IN_DELAYED');
    expect(Number(paused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(paused.headers['retry-after'])).toBeLessThanOrEqual(30);
    expect(paused.body.detail).toMatch(/please wait \d+ seconds/);
    expect(paused.body.detail).toContain('Nothing is locked');
    expect((await owner.get('/api/v1/me')).status).toBe(401);

    ctx.clock.advance(31_000);
    const after = await owner.post('/api/v1/sessions', {
      email: person.email,
      password: person.password,
    });
    expect(after.status).toBe(200);
  });

  it('give the same answers for an address with no account, so they reveal nobody', async () => {
    const person = await signUp(ctx);
    const real: TestResponse[] = [];
    const unknown: TestResponse[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      real.push(await guess(person.email));
      unknown.push(await guess(`nobody-${person.id}@example.org`));
    }
    expect(unknown.map((response) => response.status)).toEqual(real.map((r) => r.status));
    expect(real.at(-1)?.status).toBe(429);
    expect(unknown.at(-1)?.body.detail).toBe(real.at(-1)?.body.detail);
  });

  it('never ask for more than fifteen minutes, however long someone keeps guessing', async () => {
    const person = await signUp(ctx);
    for (let attempt = 0; attempt < 14; attempt += 1) {
      const response = await guess(person.email);
      if (response.status === 429) {
        expect(Number(response.headers['retry-after'])).toBeLessThanOrEqual(
          MAX_SIGN_IN_DELAY_MS / 1000,
        );
        ctx.clock.advance(Number(response.headers['retry-after']) * 1000);
        expect((await guess(person.email)).status).toBe(401);
      }
    }
    const paused = await guess(person.email);
    expect(paused.status).toBe(429);
    expect(Number(paused.headers['retry-after'])).toBe(MAX_SIGN_IN_DELAY_MS / 1000);
    ctx.clock.advance(MAX_SIGN_IN_DELAY_MS);
    const owner = await ctx
      .client()
      .post('/api/v1/sessions', { email: person.email, password: person.password });
    expect(owner.status).toBe(200);
  });

  it('do not slow down the browser the owner has signed in from before', async () => {
    const person = await signUp(ctx);
    expect((await person.client.delete('/api/v1/sessions/current')).status).toBe(204);
    for (let attempt = 0; attempt < 7; attempt += 1) await guess(person.email);
    expect((await guess(person.email)).status).toBe(429);
    // The browser the account was created in still carries its device cookie.
    const owner = await person.client.post('/api/v1/sessions', {
      email: person.email,
      password: person.password,
    });
    expect(owner.status).toBe(200);
  });

  it('count wrong passwords in a known browser on their own, so it cannot guess freely either', async () => {
    const person = await signUp(ctx);
    await person.client.delete('/api/v1/sessions/current');
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const wrong = await person.client.post('/api/v1/sessions', {
        email: person.email,
        password: 'typed it wrong again',
      });
      expect(wrong.status).toBe(401);
    }
    const paused = await person.client.post('/api/v1/sessions', {
      email: person.email,
      password: person.password,
    });
    expect(paused.status).toBe(429);
    // A different browser is not held up by this one's mistakes.
    const elsewhere = await ctx
      .client()
      .post('/api/v1/sessions', { email: person.email, password: person.password });
    expect(elsewhere.status).toBe(200);
  });

  it('end with a password reset from the e-mail link', async () => {
    const person = await signUp(ctx);
    for (let attempt = 0; attempt < 6; attempt += 1) await guess(person.email);
    expect((await guess(person.email)).status).toBe(429);
    await ctx.client().post('/api/v1/password-resets', { email: person.email });
    const mail = ctx.smtp.lastMailTo(person.email);
    const token = /reset-password\?token=([A-Za-z0-9_-]+)/.exec(mail?.raw ?? '')?.[1] ?? '';
    const reset = await ctx.client().post('/api/v1/password-resets/complete', {
      token,
      password: 'a brand new passphrase',
    });
    expect(reset.status).toBe(204);
    const signIn = await ctx
      .client()
      .post('/api/v1/sessions', { email: person.email, password: 'a brand new passphrase' });
    expect(signIn.status).toBe(200);
  });

  it('also follow wrong passwords given to confirm a change', async () => {
    const person = await signUp(ctx);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const wrong = await person.client.post('/api/v1/me/totp/setup', { password: 'not it' });
      expect(wrong.status).toBe(403);
    }
    const paused = await person.client.post('/api/v1/me/totp/setup', { password: person.password });
    expect(paused.status).toBe(429);
    expect(paused.body.code).toBe('SIGN_IN_DELAYED');
    ctx.clock.advance(31_000);
    const later = await person.client.post('/api/v1/me/totp/setup', { password: person.password });
    expect(later.status).toBe(200);
  });
});
