import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { loadConfig } from '../platform/config.js';
import { createOutboxMailer } from '../platform/mail.js';
import { createPasswordHasher } from '../platform/passwords.js';
import { TestClient } from '../test-support/client.js';
import { connectDatabase } from './database.js';
import { DataDirInUseError, startEmbeddedDatabase } from './embedded.js';
import { migrate } from './migrations.js';

let dataDir = '';

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'amend-embedded-'));
  await chmod(dataDir, 0o755);
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

/** Starts the whole stack on the embedded database, runs `use`, and shuts it all down. */
async function withRunningAmend<T>(
  use: (client: TestClient, initialisedNow: boolean) => Promise<T>,
): Promise<T> {
  const embedded = await startEmbeddedDatabase({ dataDir });
  const database = connectDatabase(embedded.connectionString);
  try {
    const report = await migrate(database.db);
    const config = loadConfig({ AMEND_DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
    const app = await buildApp(
      {
        config,
        db: database.db,
        mailer: createOutboxMailer(path.join(dataDir, 'outbox'), config.mailFrom),
        hasher: createPasswordHasher(1),
        now: () => new Date(),
        latestMigration: report.latest,
        cookieSecret: 'restart-test-cookie-secret-long-enough',
      },
      { logger: false },
    );
    try {
      return await use(new TestClient(app), embedded.initialisedNow);
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
    await embedded.stop();
  }
}

describe('the embedded database', () => {
  it('keeps an account and its space across a restart of the app and the database', async () => {
    await withRunningAmend(async (client, initialisedNow) => {
      expect(initialisedNow).toBe(true);
      const created = await client.post('/api/v1/accounts', {
        email: 'durable@example.org',
        password: 'kept across restarts',
        displayName: 'Kit',
        timeZone: 'UTC',
      });
      expect(created.status).toBe(201);
      const space = await client.post('/api/v1/space', {
        relationshipType: 'long_distance',
        role: 'hurt',
        cameToLightOn: '2026-02-01',
      });
      expect(space.status).toBe(201);
    });
    await withRunningAmend(async (client, initialisedNow) => {
      expect(initialisedNow).toBe(false);
      const signedIn = await client.post('/api/v1/sessions', {
        email: 'durable@example.org',
        password: 'kept across restarts',
      });
      expect(signedIn.status).toBe(200);
      const space = await client.get('/api/v1/space');
      expect(space.body.space).toMatchObject({
        relationshipType: 'long_distance',
        cameToLightOn: '2026-02-01',
      });
    });
  });

  it('refuses to start on a data directory that another running Amend holds', async () => {
    const other = spawn('sleep', ['30']);
    try {
      await writeFile(path.join(dataDir, 'amend.pid'), `${other.pid}\n`);
      const attempt = startEmbeddedDatabase({ dataDir });
      await expect(attempt).rejects.toBeInstanceOf(DataDirInUseError);
      await expect(attempt).rejects.toThrow(/already running/);
    } finally {
      other.kill();
    }
  });

  it('starts normally when the lock was left by a process that has ended', async () => {
    await writeFile(path.join(dataDir, 'amend.pid'), '999999999\n');
    const embedded = await startEmbeddedDatabase({ dataDir });
    await embedded.stop();
  });

  it('stops promptly even when PostgreSQL was already told to stop (Ctrl-C reaches both)', async () => {
    const embedded = await startEmbeddedDatabase({ dataDir });
    const pidFile = path.join(dataDir, 'postgres', 'postmaster.pid');
    const postmaster = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
    process.kill(postmaster, 'SIGINT');
    while (existsSync(pidFile)) await new Promise((resolve) => setTimeout(resolve, 20));
    const started = Date.now();
    await embedded.stop();
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(existsSync(path.join(dataDir, 'amend.pid'))).toBe(false);
  });

  it('listens on a private loopback port, never PostgreSQL’s usual 5432', async () => {
    const embedded = await startEmbeddedDatabase({ dataDir });
    try {
      const url = new URL(embedded.connectionString);
      expect(url.hostname).toBe('127.0.0.1');
      expect(url.port).not.toBe('5432');
    } finally {
      await embedded.stop();
    }
  });
});
