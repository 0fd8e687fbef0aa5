import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../app.js';
import { readMigrations } from '../db/migrations.js';
import { loadConfig } from '../platform/config.js';
import type { AppDeps } from '../platform/deps.js';
import { createSmtpMailer } from '../platform/mail.js';
import { createPasswordHasher } from '../platform/passwords.js';
import { TestClient } from './client.js';
import { createTestDatabase, type TestDatabase } from './database.js';
import { startTestSmtpServer, type TestSmtpServer } from './smtp.js';

/** A clock tests can move forward, to reach expiry times without waiting for them. */
export class TestClock {
  private offsetMs = 0;
  now = (): Date => new Date(Date.now() + this.offsetMs);
  advance(ms: number): void {
    this.offsetMs += ms;
  }
  /** Jump to an exact moment (time then moves on from there). */
  set(instant: Date): void {
    this.offsetMs = instant.getTime() - Date.now();
  }
  reset(): void {
    this.offsetMs = 0;
  }
}

export interface TestContext {
  readonly app: FastifyInstance;
  readonly database: TestDatabase;
  readonly smtp: TestSmtpServer;
  readonly clock: TestClock;
  readonly deps: AppDeps;
  /** A new browser-like client with its own cookie jar. */
  client(): TestClient;
}

/** The one address the test app treats as an instance administrator. */
export const TEST_ADMIN_EMAIL = 'admin@amend.test';

/**
 * Registers beforeAll/afterAll hooks that give the test file its own database, a real SMTP
 * server and the real app. Use it at the top of a test file: `const ctx = useTestContext();`.
 */
export interface TestContextOptions {
  /** Keep the app's logs, at this level, in this stream (default: no logs). */
  readonly logs?: { level: 'info' | 'debug' | 'trace'; stream: NodeJS.WritableStream };
}

export function useTestContext(options: TestContextOptions = {}): TestContext {
  const holder: { value?: TestContext } = {};
  beforeAll(async () => {
    const database = await createTestDatabase();
    const smtp = await startTestSmtpServer();
    const clock = new TestClock();
    const dataDir = await mkdtemp(path.join(tmpdir(), 'amend-app-'));
    const config = loadConfig({
      AMEND_DATA_DIR: dataDir,
      DATABASE_URL: database.url,
      SMTP_URL: smtp.url,
      PUBLIC_URL: 'http://amend.test',
      LOG_LEVEL: options.logs?.level ?? 'silent',
      AMEND_ADMIN_EMAILS: TEST_ADMIN_EMAIL,
    });
    const deps: AppDeps = {
      config,
      db: database.db,
      mailer: createSmtpMailer(smtp.url, config.mailFrom),
      hasher: createPasswordHasher(2),
      now: clock.now,
      latestMigration: (await readMigrations()).length,
      cookieSecret: 'test-cookie-secret-that-is-long-enough-to-sign',
    };
    const app = await buildApp(
      deps,
      options.logs ? { logStream: options.logs.stream } : { logger: false },
    );
    await app.ready();
    holder.value = { app, database, smtp, clock, deps, client: () => new TestClient(app) };
  });
  afterAll(async () => {
    const context = holder.value;
    if (!context) return;
    await context.app.close();
    context.deps.mailer.close();
    await context.smtp.close();
    await context.database.drop();
  });
  return new Proxy({} as TestContext, {
    get(_target, property: keyof TestContext) {
      if (!holder.value)
        throw new Error('The test context is only available inside tests and hooks.');
      return holder.value[property];
    },
  });
}
