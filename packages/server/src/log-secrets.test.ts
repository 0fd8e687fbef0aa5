import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { TestResponse } from './test-support/client.js';
import { useTestContext } from './test-support/context.js';

/**
 * A full run of the app with logging at its most talkative level, then a search of every line for
 * what must never be written down: passwords, session and CSRF tokens, invitation and reset
 * secrets, e-mail addresses, names and what people typed.
 */
const lines: string[] = [];
const ctx = useTestContext({
  logs: {
    level: 'trace',
    stream: new Writable({
      write(chunk, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    }),
  },
});

function cookieValues(response: TestResponse): string[] {
  const header = response.headers['set-cookie'];
  const cookies = Array.isArray(header) ? header : header ? [header] : [];
  return cookies.map((cookie) => cookie.split(';')[0]?.split('=').slice(1).join('=') ?? '');
}

describe('logs of a full run', () => {
  it('contain no password, token, invitation secret, e-mail address, name or note', async () => {
    const secrets: string[] = [];
    const keep = (...values: string[]) => {
      for (const value of values) if (value.length >= 6) secrets.push(value);
    };
    const alex = ctx.client();
    const alexAccount = {
      email: 'alex.logcheck@example.org',
      password: 'lantern meadow quietly',
      displayName: 'Alexandrine Logcheck',
      timeZone: 'Europe/Paris',
    };
    const signedUp = await alex.post('/api/v1/accounts', alexAccount);
    expect(signedUp.status).toBe(201);
    keep(
      alexAccount.email,
      alexAccount.password,
      alexAccount.displayName,
      ...cookieValues(signedUp),
    );
    keep((await alex.get('/api/v1/csrf-token')).body.token);

    await alex.post('/api/v1/space', {
      relationshipType: 'marriage',
      role: 'hurt',
      cameToLightOn: '2026-03-01',
    });
    const invitation = (await alex.post('/api/v1/space/invitations')).body.invitation;
    const invitationToken = new URL(invitation.link).pathname.split('/').at(-1) ?? '';
    keep(invitation.code, invitationToken);

    const sam = ctx.client();
    const samAccount = {
      email: 'sam.logcheck@example.org',
      password: 'harbour pebbles softly',
      displayName: 'Samuel Logcheck',
      timeZone: 'Europe/Paris',
    };
    keep(samAccount.email, samAccount.password, samAccount.displayName);
    keep(...cookieValues(await sam.post('/api/v1/accounts', samAccount)));
    await sam.post('/api/v1/invitations/preview', { token: invitationToken });
    expect(
      (await sam.post('/api/v1/invitations/accept', { code: invitation.code, role: 'involved' }))
        .status,
    ).toBe(200);

    const note = 'A private note about the hardest evening';
    keep(note);
    expect(
      (
        await alex.post('/api/v1/checkins', {
          trust: 3,
          closeness: 4,
          honestConversations: 2,
          mood: 'low',
          note,
          noteVisibility: 'private',
        })
      ).status,
    ).toBe(201);
    const incident = await sam.post('/api/v1/incidents', {
      kind: 'contact',
      disclosure: 'proactive',
      occurredOn: '2026-10-02',
      about: 'self',
    });
    expect(incident.status).toBe(201);
    const context = 'I answered a message from them and told you the same day';
    keep(context);
    expect(
      (await sam.post(`/api/v1/incidents/${incident.body.id}/notes`, { text: context })).status,
    ).toBe(204);
    await alex.request('PUT', '/api/v1/questionnaires/amend-trust/draft', {
      answers: { 'trust-01': 'agree' },
    });
    await alex.get('/api/v1/progress');

    // The coach reads a draft and keeps nothing of it, not even in a log line, whether the
    // request is answered or refused.
    const draft = 'You never listen to me about the evenings with Morgan';
    keep(draft);
    expect((await alex.post('/api/v1/coach/analyze', { text: draft })).status).toBe(200);
    expect((await alex.post('/api/v1/coach/analyze', { text: draft, extra: 1 })).status).toBe(400);

    // Signing in again, a wrong password, and a password reset by e-mail.
    await alex.delete('/api/v1/sessions/current');
    const wrong = 'wrong guess of a passphrase';
    keep(wrong);
    expect(
      (await ctx.client().post('/api/v1/sessions', { email: alexAccount.email, password: wrong }))
        .status,
    ).toBe(401);
    const again = await alex.post('/api/v1/sessions', {
      email: alexAccount.email,
      password: alexAccount.password,
    });
    keep(...cookieValues(again));
    await ctx.client().post('/api/v1/password-resets', { email: samAccount.email });
    const mail = ctx.smtp.lastMailTo(samAccount.email)?.raw ?? '';
    const resetToken = /token=([A-Za-z0-9_-]+)/.exec(mail)?.[1] ?? '';
    expect(resetToken).not.toBe('');
    const newPassword = 'a fresh passphrase for sam';
    keep(resetToken, newPassword);
    expect(
      (
        await ctx
          .client()
          .post('/api/v1/password-resets/complete', { token: resetToken, password: newPassword })
      ).status,
    ).toBe(204);

    const log = lines.join('');
    // The run was logged: requests and responses are there, by route shape.
    expect(lines.length).toBeGreaterThan(40);
    expect(log).toContain('/api/v1/invitations/accept');
    for (const secret of new Set(secrets)) {
      expect(log.includes(secret), `the log contains "${secret}"`).toBe(false);
    }
  });
});
