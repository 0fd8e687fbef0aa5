import { sql } from 'kysely';
import type { AmendDb } from '../../db/database.js';

/**
 * A deleted account's waiting jobs leave the queue with it: its reminders (keyed
 * reminder:<user id>:…) and every message still waiting or being retried (keyed
 * deliver:<message id>). Call it before the rows go. The queue lives in graphile-worker's own
 * schema, so it is cleared here (through its public remove_job) rather than by a foreign key; a
 * job running at this moment finds nothing and ends.
 */
export async function eraseQueuedJobsOf(trx: AmendDb, userId: string): Promise<void> {
  await sql`
    SELECT graphile_worker.remove_job(jobs.key) FROM graphile_worker.jobs
    WHERE jobs.locked_at IS NULL AND (
      jobs.key LIKE ${`reminder:${userId}:%`}
      OR jobs.key IN (
        SELECT 'deliver:' || m.id FROM outbound_messages m WHERE m.user_id = ${userId}
      )
    )`.execute(trx);
}
