import { defaultReminderPreferences, type ReminderPreferences } from '@amend/core';
import { sql } from 'kysely';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { runDueJobs } from '../../platform/jobs.js';
import { createSmtpMailer } from '../../platform/mail.js';
import { useTestContext } from '../../test-support/context.js';
import { signUp } from '../../test-support/factories.js';
import { saveReminderPreferences } from './preferences-store.js';
import { planWeeklyReminders, reminderJobKey } from './scheduling.js';
import { type JobDeps, reminderTasks } from './tasks.js';

const ctx = useTestContext();
const silent = pino({ level: 'silent' });
const DAY = 24 * 60 * 60 * 1000;

function checkinByEmail(timeZone: string): ReminderPreferences {
  const defaults = defaultReminderPreferences(timeZone);
  return {
    ...defaults,
    quietHours: null,
    channels: { ...defaults.channels, weekly_checkin: { email: true, push: false } },
  };
}

/** Starts a worker on the test database, works what is due, and stops: one "restart". */
async function restartWorker(deps: JobDeps = ctx.deps): Promise<void> {
  await runDueJobs({ pool: ctx.database.pool, tasks: reminderTasks(deps), log: silent });
}

function mailsTo(email: string) {
  return ctx.smtp.received.filter((mail) => mail.to.includes(email.toLowerCase()));
}

async function queuedJob(key: string) {
  const { rows } = await sql<{ run_at: Date; attempts: number; last_error: string | null }>`
    SELECT run_at, attempts, last_error FROM graphile_worker.jobs WHERE key = ${key}`.execute(
    ctx.database.db,
  );
  return rows[0];
}

describe('reminder jobs on a real PostgreSQL', () => {
  it('a reminder that fell due while nothing ran fires once after a restart, then waits a week', async () => {
    const person = await signUp(ctx, { timeZone: 'America/New_York' });
    const preferences = checkinByEmail('America/New_York');
    await saveReminderPreferences(ctx.database.db, person.id, preferences, new Date());
    // Planned eight days ago: its time has passed while no worker was running.
    await planWeeklyReminders(
      ctx.database.db,
      person.id,
      preferences,
      new Date(Date.now() - 8 * DAY),
    );

    await restartWorker();
    expect(mailsTo(person.email)).toHaveLength(1);
    const [mail] = mailsTo(person.email);
    expect(mail?.raw).toContain('Subject: A reminder from Amend');
    expect(mail?.raw).toContain('Your weekly check-in is ready when you are.');

    // Restarting again (and again) sends nothing more: the occurrence is already sent.
    await restartWorker();
    await restartWorker();
    expect(mailsTo(person.email)).toHaveLength(1);
    const next = await queuedJob(reminderJobKey(person.id, 'weekly_checkin'));
    expect(next?.run_at.getTime()).toBeGreaterThan(Date.now());
    expect(next?.run_at.getTime()).toBeLessThanOrEqual(Date.now() + 7 * DAY);
  });

  it('a reminder due in the future does not fire early', async () => {
    const person = await signUp(ctx, { timeZone: 'Europe/Berlin' });
    const preferences = checkinByEmail('Europe/Berlin');
    await saveReminderPreferences(ctx.database.db, person.id, preferences, new Date());
    await planWeeklyReminders(ctx.database.db, person.id, preferences, new Date());

    await restartWorker();
    expect(mailsTo(person.email)).toHaveLength(0);
    const queued = await queuedJob(reminderJobKey(person.id, 'weekly_checkin'));
    expect(queued?.run_at.getTime()).toBeGreaterThan(Date.now());
    expect(queued?.attempts).toBe(0);
  });

  it('keeps a reminder through a mail server outage, shows the failure, and sends it once when mail is back', async () => {
    const person = await signUp(ctx, { timeZone: 'Asia/Kolkata' });
    const preferences = checkinByEmail('Asia/Kolkata');
    await saveReminderPreferences(ctx.database.db, person.id, preferences, new Date());
    await planWeeklyReminders(
      ctx.database.db,
      person.id,
      preferences,
      new Date(Date.now() - 8 * DAY),
    );

    // Port 9 on loopback: nothing listens there, so every connection is refused.
    const downMailer = createSmtpMailer('smtp://127.0.0.1:9', ctx.deps.config.mailFrom);
    await restartWorker({ ...ctx.deps, mailer: downMailer });
    downMailer.close();
    expect(mailsTo(person.email)).toHaveLength(0);
    const failing = await ctx.database.db
      .selectFrom('outbound_messages')
      .selectAll()
      .where('user_id', '=', person.id)
      .executeTakeFirstOrThrow();
    expect(failing).toMatchObject({ status: 'pending', attempts: 1, channel: 'email' });
    expect(failing.last_error).toMatch(/ECONNREFUSED|connect/i);
    const retry = await queuedJob(`deliver:${failing.id}`);
    expect(retry?.attempts).toBe(1);
    // Backing off: the retry waits graphile-worker's e^1 s after the failure. Measured from the
    // failure itself, not from now, so a slow machine cannot make the wait look over already.
    const waitMs = (retry?.run_at.getTime() ?? 0) - failing.updated_at.getTime();
    expect(waitMs).toBeGreaterThan(2_000);

    // The back-off passes and the mail server is back.
    await sql`UPDATE graphile_worker._private_jobs SET run_at = now() WHERE key = ${`deliver:${failing.id}`}`.execute(
      ctx.database.db,
    );
    await restartWorker();
    await restartWorker();
    expect(mailsTo(person.email)).toHaveLength(1);
    const sent = await ctx.database.db
      .selectFrom('outbound_messages')
      .select(['status', 'attempts'])
      .where('id', '=', failing.id)
      .executeTakeFirstOrThrow();
    expect(sent).toEqual({ status: 'sent', attempts: 2 });
  });

  it('sends nothing for a reminder that was turned off before it fell due', async () => {
    const person = await signUp(ctx);
    const preferences = checkinByEmail('Europe/London');
    await saveReminderPreferences(ctx.database.db, person.id, preferences, new Date());
    await planWeeklyReminders(
      ctx.database.db,
      person.id,
      preferences,
      new Date(Date.now() - 8 * DAY),
    );
    const off = defaultReminderPreferences('Europe/London');
    await saveReminderPreferences(ctx.database.db, person.id, off, new Date());
    await planWeeklyReminders(ctx.database.db, person.id, off, new Date());

    await restartWorker();
    expect(mailsTo(person.email)).toHaveLength(0);
    expect(await queuedJob(reminderJobKey(person.id, 'weekly_checkin'))).toBeUndefined();
  });
});
