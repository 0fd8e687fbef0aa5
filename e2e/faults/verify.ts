import pg from 'pg';
import type { Write } from './workload.js';

/**
 * Reads the database after the last restart and lists every broken promise: an acknowledged
 * write missing or stored twice, a refused one stored, one in doubt stored twice, or an
 * agreement stored in part.
 */
export async function brokenPromises(connectionString: string, writes: Write[]): Promise<string[]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const problems: string[] = [];
    const count = async (query: string, values: unknown[]) =>
      Number((await client.query<{ n: string }>(query, values)).rows[0]?.n ?? 0);
    const byKey = new Map<string, Write[]>();
    for (const write of writes) {
      const key = `${write.kind} ${write.idempotencyKey ?? write.key}`;
      byKey.set(key, [...(byKey.get(key) ?? []), write]);
    }
    for (const [key, attempts] of byKey) {
      const write = attempts[0] as Write;
      const stored = await count(...storedQuery(write));
      // Several attempts only happen for a check-in retried with its key after a crash.
      const acknowledged = attempts.some((a) => a.outcome === 'acknowledged');
      const inDoubt = attempts.some((a) => a.outcome === 'unanswered');
      const outcomes = attempts.map((a) => `${a.outcome} (${a.status})`).join(', ');
      if (acknowledged && stored !== 1) {
        problems.push(`${key}: acknowledged, stored ${stored} times [${outcomes}]`);
      } else if (!acknowledged && inDoubt && stored > 1) {
        problems.push(`${key}: unanswered, stored ${stored} times [${outcomes}]`);
      } else if (!acknowledged && !inDoubt && stored !== 0) {
        problems.push(`${key}: refused, yet stored ${stored} times [${outcomes}]`);
      }
    }
    const partial = await client.query<{ id: string }>(`
      SELECT a.id FROM agreements a
      WHERE NOT EXISTS (SELECT 1 FROM agreement_versions v
                        WHERE v.couple_id = a.couple_id AND v.agreement_id = a.id AND v.version = 1)
         OR NOT EXISTS (SELECT 1 FROM agreement_events e
                        WHERE e.couple_id = a.couple_id AND e.agreement_id = a.id AND e.type = 'proposed')`);
    for (const row of partial.rows) problems.push(`agreement ${row.id}: stored in part`);
    const spaceless = await client.query<{ id: string }>(`
      SELECT c.id FROM couples c
      WHERE NOT EXISTS (SELECT 1 FROM couple_members m WHERE m.couple_id = c.id)
        AND c.withdrawn_from IS NULL`);
    for (const row of spaceless.rows) problems.push(`space ${row.id}: stored without its member`);
    return problems;
  } finally {
    await client.end();
  }
}

function storedQuery(write: Write): [string, unknown[]] {
  switch (write.kind) {
    case 'account':
      return ['SELECT count(*) AS n FROM users WHERE email_normalized = lower($1)', [write.key]];
    case 'space':
      return [
        `SELECT count(*) AS n FROM couple_members m JOIN users u ON u.id = m.user_id
         WHERE u.email_normalized = lower($1)`,
        [write.key],
      ];
    case 'checkin':
      return [
        `SELECT count(*) AS n FROM checkins c JOIN users u ON u.id = c.user_id
         WHERE u.email_normalized = lower($1)`,
        [write.key],
      ];
    case 'agreement':
      return [
        "SELECT count(*) AS n FROM agreement_versions WHERE title = $1 AND change_kind = 'first'",
        [write.key],
      ];
  }
}
