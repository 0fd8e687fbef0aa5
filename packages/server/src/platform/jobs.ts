import type { FastifyBaseLogger as Logger } from 'fastify';
import {
  type JobHelpers,
  type Runner,
  run,
  runMigrations,
  runOnce,
  type TaskList,
  Logger as WorkerLogger,
} from 'graphile-worker';
import { type Kysely, sql } from 'kysely';
import type pg from 'pg';

/**
 * Jobs run on graphile-worker, a PostgreSQL job queue in its own schema (graphile_worker).
 * Jobs are added with its SQL function `add_job`, through the same Kysely connection as the
 * change that causes them, so a job exists exactly when the transaction that wanted it commits.
 * A job key names the one job for a purpose (the next reminder of a kind for a person): adding
 * another with the same key replaces it, so a reminder is never queued twice.
 */

/**
 * Tries before a job is given up: graphile-worker waits exp(min(attempt, 10)) seconds between
 * tries, so 25 tries span about three days, long enough to outlast a mail server's outage.
 */
export const JOB_MAX_ATTEMPTS = 25;

export interface JobSpec {
  readonly task: string;
  /** Ids only: payloads sit in the queue table in plain text, so never what someone wrote. */
  readonly payload: Readonly<Record<string, string | number | boolean | null>>;
  readonly runAt?: Date;
  readonly jobKey?: string;
  readonly maxAttempts?: number;
}

// biome-ignore lint/suspicious/noExplicitAny: jobs are added from any feature's transaction.
type AnyDb = Kysely<any>;

/** Queues a job in the caller's transaction (or connection). */
export async function addJob(db: AnyDb, spec: JobSpec): Promise<void> {
  await sql`
    SELECT graphile_worker.add_job(
      identifier => ${spec.task},
      payload => ${JSON.stringify(spec.payload)}::json,
      run_at => ${spec.runAt ?? null}::timestamptz,
      max_attempts => ${spec.maxAttempts ?? JOB_MAX_ATTEMPTS}::int,
      job_key => ${spec.jobKey ?? null}::text
    )`.execute(db);
}

/** Takes a keyed job off the queue, if it is there and not running. */
export async function removeJob(db: AnyDb, jobKey: string): Promise<void> {
  await sql`SELECT graphile_worker.remove_job(${jobKey})`.execute(db);
}

/** Takes every waiting job whose key starts with `prefix` off the queue (a deleted account's). */
export async function removeJobsWithKeyPrefix(db: AnyDb, prefix: string): Promise<void> {
  await sql`
    SELECT graphile_worker.remove_job(key) FROM graphile_worker.jobs
    WHERE key LIKE ${`${prefix.replaceAll(/[%_\\]/g, '\\$&')}%`} AND locked_at IS NULL`.execute(db);
}

/**
 * Creates or updates graphile-worker's schema. Its migrations take their own advisory lock, so
 * several servers may start at once. Runs after Amend's migrations, before anything queues a job.
 */
export async function installJobQueue(pool: pg.Pool, log: Logger): Promise<void> {
  listenForClientErrors(pool);
  await runMigrations({ pgPool: pool, logger: workerLoggerFrom(log) });
}

/** Whether graphile-worker's schema is in place (readiness). */
export async function isJobQueueInstalled(db: AnyDb): Promise<boolean> {
  const { rows } = await sql<{ installed: boolean }>`
    SELECT to_regprocedure('graphile_worker.add_job(text, json, text, timestamptz, integer, text, integer, text[], text)') IS NOT NULL AS installed`.execute(
    db,
  );
  return rows[0]?.installed ?? false;
}

/** Graphile-worker's log lines, sent to Amend's pino logger. */
function workerLoggerFrom(log: Logger): WorkerLogger {
  const jobsLog = log.child({ component: 'jobs' });
  return new WorkerLogger(() => (level, message, meta) => {
    const fields = { workerLevel: level, ...(meta as object | undefined) };
    if (level === 'error') jobsLog.error(fields, message);
    else if (level === 'warning') jobsLog.warn(fields, message);
    else if (level === 'info') jobsLog.info(fields, message);
    else jobsLog.debug(fields, message);
  });
}

export type TaskHandler = (payload: unknown, helpers: JobHelpers) => Promise<void>;

export interface WorkerOptions {
  readonly pool: pg.Pool;
  readonly tasks: Readonly<Record<string, TaskHandler>>;
  readonly log: Logger;
  /** Jobs run at once; a small number is plenty for mail and push. */
  readonly concurrency?: number;
  /** How often future and retried jobs are looked for; new jobs arrive by LISTEN/NOTIFY. */
  readonly pollIntervalMs?: number;
}

/**
 * graphile-worker insists each pooled connection has an error listener, so a dropped connection
 * is reported rather than crashing the process; our pool otherwise only listens on the pool.
 */
function listenForClientErrors(pool: pg.Pool): void {
  if (pool.listenerCount('connect') > 0) return;
  pool.on('connect', (client) => client.on('error', () => {}));
}

/**
 * Without batching, graphile-worker records a job's failure or completion without waiting for
 * it, so runOnce could return while a failed job still looked due; a slow CI run saw exactly
 * that. Batched with no delay, the worker pool's shutdown awaits those writes. The server's
 * worker is left unbatched on purpose: batched, a write that keeps failing for about five minutes
 * (the database gone) stops graphile-worker's pool for good while the server goes on without jobs.
 */
const AWAIT_JOB_OUTCOMES = { worker: { completeJobBatchDelay: 0, failJobBatchDelay: 0 } };

/** Starts working the queue; stop it with `runner.stop()` before closing the pool. */
export async function startWorker(options: WorkerOptions): Promise<Runner> {
  listenForClientErrors(options.pool);
  return run({
    pgPool: options.pool,
    taskList: options.tasks as TaskList,
    concurrency: options.concurrency ?? 2,
    pollInterval: options.pollIntervalMs ?? 2_000,
    // Amend's own shutdown stops the worker in order (worker, HTTP, pool, database).
    noHandleSignals: true,
    logger: workerLoggerFrom(options.log),
  });
}

/**
 * Works every job that is due now, then returns (including jobs those jobs queue for now).
 * For tests and one-off maintenance; the server uses `startWorker`.
 */
export async function runDueJobs(options: Omit<WorkerOptions, 'pollIntervalMs'>): Promise<void> {
  listenForClientErrors(options.pool);
  await runOnce({
    pgPool: options.pool,
    taskList: options.tasks as TaskList,
    concurrency: options.concurrency ?? 1,
    logger: workerLoggerFrom(options.log),
    preset: AWAIT_JOB_OUTCOMES,
  });
}
