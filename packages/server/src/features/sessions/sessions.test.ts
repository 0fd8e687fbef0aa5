import { findSensitiveWords, NEUTRAL_APP_NAME } from '@amend/core';
import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../test-support/context.js';
import { signUp } from '../../test-support/factories.js';

const ctx = useTestContext();

const PHONE_AGENT =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36';
const LAPTOP_AGENT = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';

async function signInFrom(person: { email: string; password: string }, userAgent: string) {
  const client = ctx.client();
  const response = await client.request(
    'POST',
    '/api/v1/sessions',
    { email: person.email, password: person.password },
    { 'user-agent': userAgent },
  );
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return client;
}

describe('the list of sessions', () => {
  it('shows where the person is signed in, this device first, with the browser and only the network', async () => {
    const person = await signUp(ctx);
    const phone = await signInFrom(person, PHONE_AGENT);
    await signInFrom(person, LAPTOP_AGENT);
    const stranger = await signUp(ctx);

    const listed = await phone.get('/api/v1/sessions');
    expect(listed.status).toBe(200);
    const { sessions } = listed.body;
    expect(sessions).toHaveLength(3);
    expect(sessions[0]).toMatchObject({ current: true, device: 'Chrome on Android' });
    expect(sessions.filter((session: { current: boolean }) => session.current)).toHaveLength(1);
    expect(sessions.map((session: { device: string }) => session.device)).toContain(
      'Firefox on Linux',
    );
    expect(sessions[0].network).toMatch(/^127\.\d+\.\d+\.x$/);
    expect(sessions[0].signedInWith).toBe('password');
    expect(JSON.stringify(listed.body)).not.toContain(phone.remoteAddress);
    const strangerSessions = await ctx.database.db
      .selectFrom('sessions')
      .select('id')
      .where('user_id', '=', stranger.id)
      .execute();
    for (const { id } of strangerSessions) expect(JSON.stringify(listed.body)).not.toContain(id);
  });

  it('ending a session from another signs that device out at its next request', async () => {
    const person = await signUp(ctx);
    const laptop = await signInFrom(person, LAPTOP_AGENT);
    expect((await laptop.get('/api/v1/me')).status).toBe(200);
    const { sessions } = (await person.client.get('/api/v1/sessions')).body;
    const laptopSession = sessions.find((session: { device: string }) =>
      session.device.startsWith('Firefox'),
    );

    const ended = await person.client.delete(`/api/v1/sessions/${laptopSession.id}`);
    expect(ended.status).toBe(204);
    const me = await laptop.get('/api/v1/me');
    expect(me.status).toBe(401);
    expect(me.body.code).toBe('UNAUTHENTICATED');
    expect((await person.client.get('/api/v1/me')).status).toBe(200);
    const events = await ctx.database.db
      .selectFrom('audit_events')
      .select('action')
      .where('subject_user_id', '=', person.id)
      .execute();
    expect(events.map((event) => event.action)).toContain('session.revoked');
  });

  it('treats someone else’s session id as not found, and that session keeps working', async () => {
    const person = await signUp(ctx);
    const other = await signUp(ctx);
    const otherSession = await ctx.database.db
      .selectFrom('sessions')
      .select('id')
      .where('user_id', '=', other.id)
      .executeTakeFirstOrThrow();
    const refused = await person.client.delete(`/api/v1/sessions/${otherSession.id}`);
    expect(refused.status).toBe(404);
    expect(refused.body.code).toBe('NOT_FOUND');
    expect((await other.client.get('/api/v1/me')).status).toBe(200);
    const unknown = await person.client.delete(
      '/api/v1/sessions/0190a8b2-7c1e-7abc-9def-0123456789ab',
    );
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual(refused.body);
  });

  it('signs out everywhere else and keeps this device signed in', async () => {
    const person = await signUp(ctx);
    const phone = await signInFrom(person, PHONE_AGENT);
    const laptop = await signInFrom(person, LAPTOP_AGENT);
    const other = await signUp(ctx);

    const ended = await phone.delete('/api/v1/sessions/others');
    expect(ended.status).toBe(200);
    expect(ended.body.ended).toBe(2);
    expect((await phone.get('/api/v1/me')).status).toBe(200);
    expect((await laptop.get('/api/v1/me')).status).toBe(401);
    expect((await person.client.get('/api/v1/me')).status).toBe(401);
    expect((await other.client.get('/api/v1/me')).status).toBe(200);
  });

  it('ending this very session signs this device out', async () => {
    const person = await signUp(ctx);
    const { sessions } = (await person.client.get('/api/v1/sessions')).body;
    const own = await person.client.delete(`/api/v1/sessions/${sessions[0].id}`);
    expect(own.status).toBe(204);
    expect(person.client.hasCookie('amend_session')).toBe(false);
    expect((await person.client.get('/api/v1/me')).status).toBe(401);
  });

  it('is for signed-in people only', async () => {
    const client = ctx.client();
    expect((await client.get('/api/v1/sessions')).status).toBe(401);
    expect((await client.delete('/api/v1/sessions/others')).status).toBe(401);
  });
});

describe('new sign-in e-mails', () => {
  it('tells the person in neutral words when a new browser signs in, and not for a known one', async () => {
    const person = await signUp(ctx, { timeZone: 'Asia/Tokyo' });
    const before = ctx.smtp.received.length;
    // The browser the account was made in is known: no e-mail.
    await person.client.delete('/api/v1/sessions/current');
    await person.client.post('/api/v1/sessions', {
      email: person.email,
      password: person.password,
    });
    expect(
      ctx.smtp.received.slice(before).filter((mail) => mail.to.includes(person.email)),
    ).toEqual([]);

    await signInFrom(person, LAPTOP_AGENT);
    const mail = ctx.smtp.lastMailTo(person.email);
    expect(mail?.raw).toContain('Subject: New sign-in to your account');
    expect(mail?.raw).toContain('Firefox on Linux');
    expect(mail?.raw).toMatch(/Network: 127\.\d+\.\d+\.x/);
    expect(mail?.raw).toContain('(Asia/Tokyo)');
    // Subject and text, links aside (their host is whatever the operator chose): no word tells
    // what the account is for.
    const [head = '', ...body] = (mail?.raw ?? '').split(/\r?\n\r?\n/);
    const subject = /^Subject: (.*)$/m.exec(head)?.[1] ?? '';
    const text = body.join('\n').replace(/https?:\/\/\S+/g, '');
    expect(findSensitiveWords(`${subject}\n${text}`)).toEqual([]);
  });

  it('comes from the neutral name in discreet mode', async () => {
    const person = await signUp(ctx);
    await person.client.request('PUT', '/api/v1/me/preferences', { discreetMode: true });
    await signInFrom(person, PHONE_AGENT);
    const mail = ctx.smtp.lastMailTo(person.email);
    expect(mail?.raw).toMatch(new RegExp(`^From: "?${NEUTRAL_APP_NAME}"? <`, 'm'));
    expect(mail?.raw).toContain('Chrome on Android');
  });

  it('sends nothing more when the same browser signs in again', async () => {
    const person = await signUp(ctx);
    const laptop = await signInFrom(person, LAPTOP_AGENT);
    const count = ctx.smtp.received.filter((mail) => mail.to.includes(person.email)).length;
    await laptop.delete('/api/v1/sessions/current');
    await laptop.request(
      'POST',
      '/api/v1/sessions',
      { email: person.email, password: person.password },
      { 'user-agent': LAPTOP_AGENT },
    );
    expect(ctx.smtp.received.filter((mail) => mail.to.includes(person.email))).toHaveLength(count);
  });
});
