import { readFile } from 'node:fs/promises';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { manifestOf, readMigrations } from '../db/migrations.js';
import { MANIFEST_FILE, OPENAPI_FILE, stableJson } from '../scripts/write-openapi.js';
import { useTestContext } from '../test-support/context.js';
import { signUp } from '../test-support/factories.js';

const ctx = useTestContext();

describe('operations endpoints', () => {
  it('/healthz says the process is up and /readyz that the database is migrated', async () => {
    const client = ctx.client();
    expect((await client.get('/healthz')).body).toEqual({ status: 'ok' });
    expect((await client.get('/readyz')).body).toEqual({ status: 'ready' });
  });

  it('an unknown API address answers 404 as problem+json', async () => {
    const response = await ctx.client().get('/api/v1/nothing-here');
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });
});

describe('security headers', () => {
  it('sends a strict Content-Security-Policy with no inline scripts or styles', async () => {
    const response = await ctx.client().get('/api/v1/csrf-token');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    // WebAssembly may compile (the journal's Argon2id); JavaScript's eval() stays forbidden.
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(csp.replaceAll("'wasm-unsafe-eval'", '')).not.toContain('unsafe-eval');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
  });

  it('tells browsers and proxies not to store API answers', async () => {
    const person = await signUp(ctx);
    const response = await person.client.get('/api/v1/me');
    expect(response.headers['cache-control']).toBe('no-store');
  });
});

describe('rate limiting', () => {
  it('slows down repeated sign-in attempts from one device, with counters kept in PostgreSQL', async () => {
    const client = ctx.client();
    const statuses: number[] = [];
    // A different address each time, so it is the per-device counter that trips here and
    // not the per-account waits (sign-in-delays.test.ts covers those).
    for (let attempt = 0; attempt < 11; attempt += 1) {
      statuses.push(
        (
          await client.post('/api/v1/sessions', {
            email: `brute-${attempt}@example.org`,
            password: `guess number ${attempt}`,
          })
        ).status,
      );
    }
    expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
    const limited = await client.post('/api/v1/sessions', {
      email: 'brute-last@example.org',
      password: 'one more guess',
    });
    expect(limited.body.code).toBe('RATE_LIMITED');
    expect(limited.headers['retry-after']).toBeDefined();
    const counter = await ctx.database.db
      .selectFrom('rate_limit_counters')
      .select('hits')
      .where('key', '=', `POST /api/v1/sessions ${client.remoteAddress}`)
      .executeTakeFirst();
    expect(counter?.hits).toBeGreaterThanOrEqual(11);
  });

  it('counts each route separately, so failed sign-ins do not block signing up', async () => {
    const client = ctx.client();
    for (let attempt = 0; attempt < 10; attempt += 1) {
      await client.post('/api/v1/sessions', {
        email: 'slow@example.org',
        password: `guess ${attempt}`,
      });
    }
    const signUp = await client.post('/api/v1/accounts', {
      email: 'slow@example.org',
      password: 'finally signing up',
      displayName: 'Slow',
      timeZone: 'UTC',
    });
    expect(signUp.status).toBe(201);
    const keys = await ctx.database.db
      .selectFrom('rate_limit_counters')
      .select('key')
      .where('key', 'like', `%${client.remoteAddress}`)
      .execute();
    expect(keys.map((row) => row.key).sort()).toEqual([
      `POST /api/v1/accounts ${client.remoteAddress}`,
      `POST /api/v1/sessions ${client.remoteAddress}`,
    ]);
  });
});

describe('audit trail', () => {
  it('is append-only: the database refuses updates and deletes', async () => {
    const person = await signUp(ctx);
    const update =
      sql`UPDATE audit_events SET action = 'tampered' WHERE subject_user_id = ${person.id}`.execute(
        ctx.database.db,
      );
    await expect(update).rejects.toThrow(/append-only/);
    const remove = sql`DELETE FROM audit_events WHERE subject_user_id = ${person.id}`.execute(
      ctx.database.db,
    );
    await expect(remove).rejects.toThrow(/append-only/);
  });
});

describe('checked-in generated files', () => {
  it('openapi.json matches the routes (run "npm run generate" after changing the API)', async () => {
    const checkedIn = await readFile(OPENAPI_FILE, 'utf8');
    expect(stableJson(ctx.app.swagger())).toBe(checkedIn);
  });

  it('migrations/manifest.json matches the migration files', async () => {
    const checkedIn = await readFile(MANIFEST_FILE, 'utf8');
    expect(stableJson(manifestOf(await readMigrations()))).toBe(checkedIn);
  });

  it('every operation has an operationId, a summary and its error responses', async () => {
    const response = await ctx.client().get('/api/openapi.json');
    expect(response.body.openapi).toBe('3.1.0');
    const operations = Object.values(
      response.body.paths as Record<
        string,
        Record<
          string,
          { operationId?: string; summary?: string; responses: Record<string, unknown> }
        >
      >,
    ).flatMap((methods) => Object.values(methods));
    expect(operations.length).toBeGreaterThanOrEqual(17);
    for (const operation of operations) {
      expect(operation.operationId).toBeTruthy();
      expect(operation.summary).toBeTruthy();
      const statuses = Object.keys(operation.responses);
      if (!['getHealth', 'getReadiness', 'getCsrfToken'].includes(operation.operationId ?? '')) {
        expect(
          statuses.some((status) => status.startsWith('4')),
          operation.operationId,
        ).toBe(true);
      }
    }
  });

  it('serves interactive API docs', async () => {
    const response = await ctx.client().get('/api/docs/');
    expect(response.status).toBe(200);
    expect(String(response.body)).toContain('swagger');
  });
});
