import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { connectDatabase } from './db/database.js';
import { migrate } from './db/migrations.js';
import { reminderTasks } from './features/reminders/tasks.js';
import { type Config, ConfigError, loadConfig } from './platform/config.js';
import { installJobQueue, startWorker } from './platform/jobs.js';
import { loggerOptions } from './platform/logger.js';
import { createOutboxMailer, createSmtpMailer } from './platform/mail.js';
import { ensureVapidKeys } from './platform/push.js';

/**
 * `npm run worker`: runs reminders and e-mail/push delivery without serving HTTP, for
 * installations that set AMEND_WORKER=separate on their web servers. It needs DATABASE_URL: the
 * embedded database belongs to the one `npm start` process, which then runs jobs itself.
 */
export async function runWorker(config: Config): Promise<void> {
  if (!config.databaseUrl) {
    throw new ConfigError([
      'npm run worker needs DATABASE_URL (the embedded database is run by npm start, which then runs jobs itself).',
    ]);
  }
  const options = loggerOptions(config);
  const log = pino(typeof options === 'object' ? options : {});
  const database = connectDatabase(config.databaseUrl);
  // The same build as the web servers: applying migrations here is safe (they take a lock).
  await migrate(database.db);
  await installJobQueue(database.pool, log);
  const deps = {
    config,
    db: database.db,
    mailer: config.smtpUrl
      ? createSmtpMailer(config.smtpUrl, config.mailFrom)
      : createOutboxMailer(path.join(config.dataDir, 'outbox'), config.mailFrom),
    now: () => new Date(),
  };
  await ensureVapidKeys(database.db, deps.now());
  const runner = await startWorker({ pool: database.pool, tasks: reminderTasks(deps), log });
  log.info({ mail: deps.mailer.destination }, 'Amend worker is running jobs');
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'worker stopping: finishing jobs in hand');
    await runner.stop();
    deps.mailer.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    await runWorker(loadConfig());
  } catch (error) {
    console.error(error instanceof ConfigError ? `\n${error.message}\n` : error);
    process.exit(1);
  }
}
