import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../test-support/context.js';
import { GOOD_PASSWORD, signUp } from '../../test-support/factories.js';

const ctx = useTestContext();

const validSignUp = (email: string) => ({
  email,
  password: GOOD_PASSWORD,
  displayName: 'Jordan',
  timeZone: 'America/Chicago',
});

describe('signing up', () => {
  it('creates an account, signs the person in and returns who they are', async () => {
    const client = ctx.client();
    const created = await client.post('/api/v1/accounts', validSignUp('Jordan@Example.org'));
    expect(created.status).toBe(201);
    expect(created.body.user).toMatchObject({
      email: 'Jordan@Example.org',
      displayName: 'Jordan',
      timeZone: 'America/Chicago',
    });
    expect(created.body.user).not.toHaveProperty('passwordHash');
    const me = await client.get('/api/v1/me');
    expect(me.status).toBe(200);
    expect(me.body.user.id).toBe(created.body.user.id);
  });

  it('stores the password only as an Argon2id hash with OWASP parameters', async () => {
    const person = await signUp(ctx);
    const row = await ctx.database.db
      .selectFrom('users')
      .select('password_hash')
      .where('id', '=', person.id)
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row.password_hash).not.toContain(GOOD_PASSWORD);
  });

  it('refuses a second account for the same address, whatever its case', async () => {
    await ctx.client().post('/api/v1/accounts', validSignUp('taken@example.org'));
    const again = await ctx.client().post('/api/v1/accounts', validSignUp('  TAKEN@example.org '));
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('EMAIL_TAKEN');
  });

  it('refuses short, overlong and common passwords with a message for the field', async () => {
    const attempts = [
      { password: 'short', code: 'PASSWORD_TOO_SHORT' },
      { password: 'x'.repeat(129), code: 'PASSWORD_TOO_LONG' },
      { password: 'Password123', code: 'PASSWORD_TOO_COMMON' },
    ];
    for (const { password, code } of attempts) {
      const response = await ctx
        .client()
        .post('/api/v1/accounts', { ...validSignUp(`p-${code}@example.org`), password });
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body.code).toBe(code);
      expect(response.body.errors[0].field).toBe('password');
    }
  });

  it('names each field that needs another look', async () => {
    const response = await ctx.client().post('/api/v1/accounts', {
      email: 'not-an-email',
      password: GOOD_PASSWORD,
      displayName: '   ',
      timeZone: 'Atlantis/Capital',
    });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'displayName',
      'email',
      'timeZone',
    ]);
  });

  it('answers unknown fields, wrong types and missing fields with 400, never 500', async () => {
    const client = ctx.client();
    const unknownField = await client.post('/api/v1/accounts', {
      ...validSignUp('u@example.org'),
      isAdmin: true,
    });
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.errors).toContainEqual({
      field: 'isAdmin',
      message: 'This field is not expected here.',
    });
    const wrongType = await client.post('/api/v1/accounts', {
      ...validSignUp('w@example.org'),
      password: 12345678,
    });
    expect(wrongType.status).toBe(400);
    const missing = await client.post('/api/v1/accounts', { email: 'm@example.org' });
    expect(missing.status).toBe(400);
    expect(missing.body.code).toBe('VALIDATION_FAILED');
    const notJson = await client.request('POST', '/api/v1/accounts', '{"email":', {
      'content-type': 'application/json',
    });
    expect(notJson.status).toBe(400);
    const accounts = await ctx.database.db
      .selectFrom('users')
      .select('email')
      .where('email', 'in', ['u@example.org', 'w@example.org', 'm@example.org'])
      .execute();
    expect(accounts).toEqual([]);
  });

  it('refuses an oversize body with 413', async () => {
    const response = await ctx.client().post('/api/v1/accounts', {
      ...validSignUp('big@example.org'),
      displayName: 'x'.repeat(70_000),
    });
    expect(response.status).toBe(413);
    expect(response.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses a request without a CSRF token and creates nothing', async () => {
    const response = await ctx
      .client()
      .withoutCsrf()
      .post('/api/v1/accounts', validSignUp('csrf@example.org'));
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('CSRF_INVALID');
    const row = await ctx.database.db
      .selectFrom('users')
      .select('id')
      .where('email_normalized', '=', 'csrf@example.org')
      .executeTakeFirst();
    expect(row).toBeUndefined();
  });
});

describe('signing in and out', () => {
  it('signs in with the right password and sets an HttpOnly, SameSite session cookie', async () => {
    const person = await signUp(ctx, { email: 'casey@example.org' });
    const client = ctx.client();
    const response = await client.post('/api/v1/sessions', {
      email: 'CASEY@example.org',
      password: person.password,
    });
    expect(response.status).toBe(200);
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/amend_session=[A-Za-z0-9_-]{43}/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect((await client.get('/api/v1/me')).body.user.email).toBe('casey@example.org');
  });

  it('keeps only a hash of the session token in the database', async () => {
    const person = await signUp(ctx);
    const rows = await ctx.database.db
      .selectFrom('sessions')
      .select('token_hash')
      .where('user_id', '=', person.id)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.token_hash).toHaveLength(32);
  });

  it('gives the same answer for an unknown address and a wrong password', async () => {
    const person = await signUp(ctx);
    const wrongPassword = await ctx
      .client()
      .post('/api/v1/sessions', { email: person.email, password: 'not the password' });
    const unknown = await ctx
      .client()
      .post('/api/v1/sessions', { email: 'nobody@example.org', password: 'not the password' });
    expect(wrongPassword.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual(wrongPassword.body);
    expect(wrongPassword.body.code).toBe('INVALID_CREDENTIALS');
  });

  it('signs out: the session stops working', async () => {
    const person = await signUp(ctx);
    expect((await person.client.delete('/api/v1/sessions/current')).status).toBe(204);
    const me = await person.client.get('/api/v1/me');
    expect(me.status).toBe(401);
    expect(me.body.code).toBe('UNAUTHENTICATED');
    const rows = await ctx.database.db
      .selectFrom('sessions')
      .select('id')
      .where('user_id', '=', person.id)
      .execute();
    expect(rows).toEqual([]);
  });

  it('ends a session after a week without use', async () => {
    const person = await signUp(ctx);
    ctx.clock.advance(7 * 86_400_000 + 1000);
    try {
      expect((await person.client.get('/api/v1/me')).status).toBe(401);
    } finally {
      ctx.clock.reset();
    }
  });

  it('records sign-ins in the audit log with device details', async () => {
    const person = await signUp(ctx);
    await ctx
      .client()
      .request(
        'POST',
        '/api/v1/sessions',
        { email: person.email, password: person.password },
        { 'user-agent': 'TestPhone/1.0' },
      );
    const events = await ctx.database.db
      .selectFrom('audit_events')
      .select(['action', 'user_agent'])
      .where('subject_user_id', '=', person.id)
      .execute();
    expect(events).toContainEqual({ action: 'account.signed_in', user_agent: 'TestPhone/1.0' });
  });
});
