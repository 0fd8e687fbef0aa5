import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../test-support/context.js';
import { signUp } from '../../test-support/factories.js';

const ctx = useTestContext();

async function storedUser(id: string) {
  return ctx.database.db
    .selectFrom('users')
    .select(['email', 'password_hash'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

describe('changing the e-mail address', () => {
  it('needs the current password; without it, or with a wrong one, nothing changes', async () => {
    const person = await signUp(ctx);
    const before = await storedUser(person.id);
    const missing = await person.client.post('/api/v1/me/email', { email: 'new@example.org' });
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toContainEqual({
      field: 'password',
      message: 'This field is required.',
    });
    const wrong = await person.client.post('/api/v1/me/email', {
      email: 'new@example.org',
      password: 'a wrong password',
    });
    expect(wrong.status).toBe(403);
    expect(wrong.body.code).toBe('REAUTHENTICATION_FAILED');
    expect(wrong.body.detail).toContain('nothing was changed');
    expect(await storedUser(person.id)).toEqual(before);
  });

  it('moves sign-in to the new address and tells the old one, neutrally', async () => {
    const person = await signUp(ctx);
    const newEmail = `moved-${person.id}@example.org`;
    const changed = await person.client.post('/api/v1/me/email', {
      email: newEmail,
      password: person.password,
    });
    expect(changed.status).toBe(200);
    expect(changed.body.user.email).toBe(newEmail);
    const notice = ctx.smtp.lastMailTo(person.email);
    expect(notice?.raw).toContain(newEmail);
    expect(notice?.raw).not.toMatch(/infidel|affair|recover|partner/i);
    const oldAddress = await ctx
      .client()
      .post('/api/v1/sessions', { email: person.email, password: person.password });
    expect(oldAddress.status).toBe(401);
    const newAddress = await ctx
      .client()
      .post('/api/v1/sessions', { email: newEmail.toUpperCase(), password: person.password });
    expect(newAddress.status).toBe(200);
  });

  it('refuses an address another account has', async () => {
    const person = await signUp(ctx);
    const other = await signUp(ctx);
    const taken = await person.client.post('/api/v1/me/email', {
      email: other.email.toUpperCase(),
      password: person.password,
    });
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('EMAIL_TAKEN');
    expect((await storedUser(person.id)).email).toBe(person.email);
  });
});

describe('changing the password', () => {
  it('needs the current password; a wrong one changes nothing', async () => {
    const person = await signUp(ctx);
    const before = await storedUser(person.id);
    const wrong = await person.client.post('/api/v1/me/password', {
      currentPassword: 'guess guess guess',
      newPassword: 'another long passphrase',
    });
    expect(wrong.status).toBe(403);
    expect(wrong.body.errors[0].field).toBe('currentPassword');
    expect(await storedUser(person.id)).toEqual(before);
  });

  it('refuses a weak new password, naming the field', async () => {
    const person = await signUp(ctx);
    const before = await storedUser(person.id);
    const weak = await person.client.post('/api/v1/me/password', {
      currentPassword: person.password,
      newPassword: 'short',
    });
    expect(weak.status).toBe(400);
    expect(weak.body.errors[0].field).toBe('newPassword');
    expect(await storedUser(person.id)).toEqual(before);
  });

  it('sets the new password and signs out every other device, keeping this one', async () => {
    const person = await signUp(ctx);
    const elsewhere = ctx.client();
    await elsewhere.post('/api/v1/sessions', { email: person.email, password: person.password });
    expect((await elsewhere.get('/api/v1/me')).status).toBe(200);

    const changed = await person.client.post('/api/v1/me/password', {
      currentPassword: person.password,
      newPassword: 'another long passphrase',
    });
    expect(changed.status).toBe(204);
    expect((await person.client.get('/api/v1/me')).status).toBe(200);
    expect((await elsewhere.get('/api/v1/me')).status).toBe(401);
    const old = await ctx
      .client()
      .post('/api/v1/sessions', { email: person.email, password: person.password });
    expect(old.status).toBe(401);
    const fresh = await ctx
      .client()
      .post('/api/v1/sessions', { email: person.email, password: 'another long passphrase' });
    expect(fresh.status).toBe(200);
  });

  it('is only for someone signed in', async () => {
    const response = await ctx.client().post('/api/v1/me/password', {
      currentPassword: 'anything at all',
      newPassword: 'another long passphrase',
    });
    expect(response.status).toBe(401);
  });
});
