import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import pino from 'pino';
import type { TestProject } from 'vitest/node';
import { connectDatabase } from '../db/database.js';
import { startEmbeddedDatabase } from '../db/embedded.js';
import { migrate } from '../db/migrations.js';
import { installJobQueue } from '../platform/jobs.js';

declare module 'vitest' {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
    templateDatabase: string;
  }
}

/**
 * Once per test run: a PostgreSQL server (the embedded one, or TEST_DATABASE_URL) and a
 * template database with every migration applied. Each test file then copies the template into
 * a database of its own, so files run in parallel and never see each other's rows.
 */
export default async function setup(project: TestProject) {
  let stopEmbedded: (() => Promise<void>) | null = null;
  let adminUrl = process.env.TEST_DATABASE_URL ?? '';
  let tempDir: string | null = null;
  if (!adminUrl) {
    tempDir = await mkdtemp(path.join(tmpdir(), 'amend-test-'));
    await chmod(tempDir, 0o755);
    const embedded = await startEmbeddedDatabase({ dataDir: tempDir });
    adminUrl = embedded.connectionString;
    stopEmbedded = () => embedded.stop();
  }
  const templateDatabase = `amend_template_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${templateDatabase}`);
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${templateDatabase}`;
  const template = connectDatabase(templateUrl.toString(), 1);
  await migrate(template.db);
  // graphile-worker's schema too, so every test database can queue jobs as the app does.
  await installJobQueue(template.pool, pino({ level: 'silent' }));
  await template.close();
  await admin.end();

  project.provide('adminDatabaseUrl', adminUrl);
  project.provide('templateDatabase', templateDatabase);

  return async () => {
    const cleanup = new pg.Client({ connectionString: adminUrl });
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS ${templateDatabase} WITH (FORCE)`);
    await cleanup.end();
    await stopEmbedded?.();
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  };
}
