import pg from 'pg';
import type { Write } from './writes.js';

/** What the verification found: the broken promises, and how many writes of each answer it checked. */
export interface Verdict {
  readonly problems: string[];
  /** Distinct writes checked, by what their last answer promised. */
  readonly checked: Record<'acknowledged' | 'refused' | 'in doubt', number>;
}

/**
 * Reads the database after the last restart and lists every broken promise: an acknowledged
 * write missing or stored twice, a refused one stored, one in doubt stored twice, an answer no
 * write may get, or anything stored in part (a change without its fact, an agreement in force
 * without its review reminders, an account without its session, a space without its member).
 */
export async function verify(
  connectionString: string,
  writes: readonly Write[],
  runId: string,
): Promise<Verdict> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const problems: string[] = [];
    const checked = { acknowledged: 0, refused: 0, 'in doubt': 0 };
    const count = async ([query, values]: [string, unknown[]]) =>
      Number((await client.query<{ n: string }>(query, values)).rows[0]?.n ?? 0);
    const byKey = new Map<string, Write[]>();
    for (const write of writes) {
      const key = `${write.kind} ${write.idempotencyKey ?? write.key}`;
      byKey.set(key, [...(byKey.get(key) ?? []), write]);
    }
    for (const [key, attempts] of byKey) {
      const outcomes = attempts.map((a) => `${a.outcome} (${a.status} ${a.code ?? ''})`).join(', ');
      if (attempts.some((a) => a.outcome === 'unexpected')) {
        problems.push(`${key}: an answer no write may get [${outcomes}]`);
        continue;
      }
      // Several attempts: refused ones sent again, or a check-in resent with its key.
      const stored = await count(storedQuery(attempts[0] as Write));
      if (attempts.some((a) => a.outcome === 'acknowledged')) {
        checked.acknowledged += 1;
        if (stored !== 1)
          problems.push(`${key}: acknowledged, stored ${stored} times [${outcomes}]`);
      } else if (attempts.some((a) => a.outcome === 'in doubt' || a.outcome === 'unanswered')) {
        checked['in doubt'] += 1;
        if (stored > 1) problems.push(`${key}: in doubt, stored ${stored} times [${outcomes}]`);
      } else {
        checked.refused += 1;
        if (stored !== 0)
          problems.push(`${key}: refused, yet stored ${stored} times [${outcomes}]`);
      }
    }
    for (const [label, query] of Object.entries(STORED_IN_PART)) {
      const values = query.includes('$1') ? [`crash-${runId}-%`] : [];
      const { rows } = await client.query<{ id: string }>(query, values);
      for (const row of rows) problems.push(`${label}: ${row.id}`);
    }
    return { problems, checked };
  } finally {
    await client.end();
  }
}

/** Each query lists what is stored in part; $1 is the LIKE pattern of this run's newcomers. */
const STORED_IN_PART: Record<string, string> = {
  'agreement version without the fact that proposed it': `
    SELECT v.agreement_id || ' v' || v.version AS id FROM agreement_versions v
    WHERE NOT EXISTS (
      SELECT 1 FROM agreement_events e
      WHERE e.couple_id = v.couple_id AND e.agreement_id = v.agreement_id
        AND e.version = v.version AND e.type = 'proposed')`,
  'agreement without its first version': `
    SELECT a.id FROM agreements a
    WHERE NOT EXISTS (
      SELECT 1 FROM agreement_versions v
      WHERE v.couple_id = a.couple_id AND v.agreement_id = a.id AND v.version = 1)`,
  'agreement in force without a partner’s review reminder': `
    SELECT a.id || ' for ' || m.user_id AS id FROM agreements a
    JOIN couple_members m ON m.couple_id = a.couple_id AND m.left_at IS NULL
    WHERE EXISTS (SELECT 1 FROM agreement_events e
                  WHERE e.couple_id = a.couple_id AND e.agreement_id = a.id AND e.type = 'accepted')
      AND NOT EXISTS (SELECT 1 FROM graphile_worker.jobs j
                      WHERE j.key = 'reminder:' || m.user_id || ':agreement_review:' || a.id)`,
  'account without exactly one session, known browser and audit event': `
    SELECT u.email AS id FROM users u
    WHERE u.email_normalized LIKE $1 AND (
      (SELECT count(*) FROM sessions s WHERE s.user_id = u.id) <> 1
      OR (SELECT count(*) FROM known_devices d WHERE d.user_id = u.id) <> 1
      OR (SELECT count(*) FROM audit_events e
          WHERE e.subject_user_id = u.id AND e.action = 'account.created') <> 1)`,
  'space without exactly one member and audit event': `
    SELECT c.id FROM couples c JOIN users u ON u.id = c.created_by
    WHERE u.email_normalized LIKE $1 AND (
      (SELECT count(*) FROM couple_members m WHERE m.couple_id = c.id) <> 1
      OR (SELECT count(*) FROM audit_events e
          WHERE e.couple_id = c.id AND e.action = 'space.created') <> 1)`,
};

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
    case 'change':
      return [
        "SELECT count(*) AS n FROM agreement_versions WHERE title = $1 AND change_kind = 'change'",
        [write.key],
      ];
    case 'acceptance': {
      const [agreementId, version] = write.key.split(' ');
      return [
        `SELECT count(*) AS n FROM agreement_events
         WHERE agreement_id = $1 AND version = $2 AND type = 'accepted'`,
        [agreementId, Number(version)],
      ];
    }
  }
}
