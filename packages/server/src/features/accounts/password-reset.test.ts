import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../test-support/context.js';
import { signUp } from '../../test-support/factories.js';

const ctx = useTestContext();

function resetTokenFrom(raw: string | undefined): string {
  const match = /reset-password\?token=([A-Za-z0-9_-]+)/.exec(raw ?? '');
  if (!match?.[1]) throw new Error('no reset link in the e-mail');
  return match[1];
}

describe('resetting a forgotten password', () => {
  it('e-mails a link over SMTP that sets a new password once and signs out every device', async () => {
    const person = await signUp(ctx, { email: 'forgetful@example.org', displayName: 'Morgan' });
    const requested = await ctx
      .client()
      .post('/api/v1/password-resets', { email: 'Forgetful@example.org' });
    expect(requested.status).toBe(202);
    const mail = ctx.smtp.lastMailTo('forgetful@example.org');
    expect(mail?.raw).toContain('Subject: Reset your Amend password');
    expect(mail?.raw).toContain('http://amend.test/reset-password?token=');
    const token = resetTokenFrom(mail?.raw);

    const completed = await ctx
      .client()
      .post('/api/v1/password-resets/complete', { token, password: 'a brand new passphrase' });
    expect(completed.status).toBe(204);
    expect((await person.client.get('/api/v1/me')).status).toBe(401);
    const oldPassword = await ctx
      .client()
      .post('/api/v1/sessions', { email: person.email, password: person.password });
    expect(oldPassword.status).toBe(401);
    const newPassword = await ctx
      .client()
      .post('/api/v1/sessions', { email: person.email, password: 'a brand new passphrase' });
    expect(newPassword.status).toBe(200);

    const reused = await ctx
      .client()
      .post('/api/v1/password-resets/complete', { token, password: 'yet another passphrase' });
    expect(reused.status).toBe(400);
    expect(reused.body.code).toBe('RESET_TOKEN_INVALID');
  });

  it('answers the same for an address with no account, and sends nothing', async () => {
    const before = ctx.smtp.received.length;
    const response = await ctx
      .client()
      .post('/api/v1/password-resets', { email: 'ghost@example.org' });
    expect(response.status).toBe(202);
    expect(ctx.smtp.received.length).toBe(before);
  });

  it('a link stops working after an hour', async () => {
    await signUp(ctx, { email: 'late@example.org' });
    await ctx.client().post('/api/v1/password-resets', { email: 'late@example.org' });
    const token = resetTokenFrom(ctx.smtp.lastMailTo('late@example.org')?.raw);
    ctx.clock.advance(61 * 60_000);
    try {
      const response = await ctx
        .client()
        .post('/api/v1/password-resets/complete', { token, password: 'too late passphrase' });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('RESET_TOKEN_INVALID');
    } finally {
      ctx.clock.reset();
    }
  });

  it('a weak new password is refused and the link stays usable', async () => {
    await signUp(ctx, { email: 'weak@example.org' });
    await ctx.client().post('/api/v1/password-resets', { email: 'weak@example.org' });
    const token = resetTokenFrom(ctx.smtp.lastMailTo('weak@example.org')?.raw);
    const weak = await ctx
      .client()
      .post('/api/v1/password-resets/complete', { token, password: 'password1' });
    expect(weak.body.code).toBe('PASSWORD_TOO_COMMON');
    const good = await ctx
      .client()
      .post('/api/v1/password-resets/complete', { token, password: 'a sturdier passphrase' });
    expect(good.status).toBe(204);
  });
});
