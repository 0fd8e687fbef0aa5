import { Kysely, PostgresDialect } from 'kysely';
import type pg from 'pg';
import { buildApp } from '../../packages/server/src/app.js';
import type { Database } from '../../packages/server/src/db/schema.js';
import { startDashboardFixture, WEEKS_OF_HISTORY } from './dashboard-setup.js';

/**
 * The query plan of every statement one dashboard request runs, in a database that also holds
 * many other couples with the same two years of history, so the planner chooses as it would in
 * a real deployment (with one couple alone, a sequential scan is always cheapest):
 *
 *   node --conditions=@amend/source --import tsx bench/src/dashboard-explain.ts
 */
const OTHER_COUPLES = Number(process.env.EXPLAIN_OTHER_COUPLES ?? 1000);

/** Other couples written straight in SQL: fast, and their contents do not matter, only their size. */
const FILL_OTHER_COUPLES = `
WITH couple AS (
  SELECT gen_random_uuid() AS id, gen_random_uuid() AS a, gen_random_uuid() AS b, n
  FROM generate_series(1, $1::int) AS n
), people AS (
  INSERT INTO users (id, email, email_normalized, display_name, password_hash, time_zone,
    created_at, updated_at)
  SELECT person, email, email, 'Filler', 'x', 'UTC', now(), now()
  FROM couple,
    LATERAL (VALUES (a, 'a' || n || '@fill.amend'), (b, 'b' || n || '@fill.amend')) AS p(person, email)
  RETURNING id
), spaces AS (
  INSERT INTO couples (id, relationship_type, came_to_light_on, created_by, created_at)
  SELECT id, 'marriage', '2024-01-01', NULL, now() - interval '2 years' FROM couple
  RETURNING id
)
SELECT (SELECT count(*) FROM people) AS people, (SELECT count(*) FROM spaces) AS spaces`;

async function fill(pool: pg.Pool): Promise<void> {
  await pool.query(FILL_OTHER_COUPLES, [OTHER_COUPLES]);
  // Pair the filler people two by two into the filler couples, then give each couple its history.
  await pool.query(`
    WITH spaces AS (
      SELECT id, row_number() OVER (ORDER BY id) AS n FROM couples WHERE created_by IS NULL
    ), people AS (
      SELECT id, row_number() OVER (ORDER BY email) AS n FROM users WHERE email LIKE '%@fill.amend'
    )
    INSERT INTO couple_members (couple_id, id, user_id, role, joined_at)
    SELECT s.id, gen_random_uuid(), p.id, CASE WHEN p.n % 2 = 0 THEN 'hurt' ELSE 'involved' END, now()
    FROM spaces s JOIN people p ON (p.n + 1) / 2 = s.n`);
  await pool.query(
    `INSERT INTO checkins (couple_id, id, user_id, week_start, trust, closeness,
       honest_conversations, mood, note_visibility, created_at, updated_at)
     SELECT m.couple_id, gen_random_uuid(), m.user_id, date '2024-01-01' + 7 * w, 5, 5, 2, 'okay',
       'private', now(), now()
     FROM couple_members m JOIN users u ON u.id = m.user_id AND u.email LIKE '%@fill.amend',
       generate_series(0, $1::int - 1) AS w`,
    [WEEKS_OF_HISTORY],
  );
  await pool.query(
    `INSERT INTO therapy_sessions (couple_id, id, recorded_by, held_on, kind, attendees,
       verification, created_at)
     SELECT c.id, gen_random_uuid(), NULL, date '2024-01-01' + 7 * w, 'couple',
       ARRAY[gen_random_uuid()], 'self_reported', now()
     FROM couples c, generate_series(0, $1::int - 1) AS w WHERE c.created_by IS NULL`,
    [WEEKS_OF_HISTORY],
  );
  await pool.query(
    `INSERT INTO questionnaire_responses (couple_id, id, user_id, instrument_id,
       instrument_version, status, answers, total, facets, band, started_at, updated_at,
       completed_at)
     SELECT m.couple_id, gen_random_uuid(), m.user_id, i, '1', 'completed', '{}', 4, '{}', NULL,
       now() - w * interval '4 weeks', now(), now() - w * interval '4 weeks'
     FROM couple_members m JOIN users u ON u.id = m.user_id AND u.email LIKE '%@fill.amend',
       generate_series(0, $1::int / 4 - 1) AS w,
       unnest(ARRAY['amend-trust', 'amend-intimacy', 'amend-forgiveness']) AS i`,
    [WEEKS_OF_HISTORY],
  );
  await pool.query(
    `WITH incident AS (
       INSERT INTO incidents (couple_id, id, reported_by, about, created_at)
       SELECT c.id, gen_random_uuid(), NULL, 'partner', now()
       FROM couples c, generate_series(1, 4) WHERE c.created_by IS NULL
       RETURNING couple_id, id
     )
     INSERT INTO incident_versions (couple_id, incident_id, version, kind, disclosure,
       occurred_on, created_at)
     SELECT couple_id, id, 1, 'lie', 'proactive', date '2024-06-01', now() FROM incident`,
  );
  await pool.query('ANALYZE');
}

const fixture = await startDashboardFixture(10);
try {
  const pool = fixture.database.pool;
  await fill(pool);
  const statements: { sql: string; parameters: readonly unknown[] }[] = [];
  const recording = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    log: (event) => {
      statements.push({ sql: event.query.sql, parameters: event.query.parameters });
    },
  });
  const app = await buildApp({ ...fixture.deps, db: recording }, { logger: false });
  const response = await app.inject({
    method: 'GET',
    url: '/api/v1/progress',
    headers: { cookie: fixture.cookie },
  });
  if (response.statusCode !== 200) throw new Error(`progress answered ${response.statusCode}`);
  await app.close();
  const counts = await pool.query(
    `SELECT (SELECT count(*) FROM couples) AS couples, (SELECT count(*) FROM checkins) AS checkins,
       (SELECT count(*) FROM therapy_sessions) AS sessions,
       (SELECT count(*) FROM questionnaire_responses) AS responses`,
  );
  console.log('rows:', counts.rows[0]);
  for (const statement of statements) {
    if (!statement.sql.startsWith('select')) {
      console.log(`\n${statement.sql.slice(0, 120)}…\n  (a write: not explained)`);
      continue;
    }
    const plan = await pool.query(
      `EXPLAIN (ANALYZE, COSTS OFF, SUMMARY ON) ${statement.sql}`,
      statement.parameters as unknown[],
    );
    console.log(`\n${statement.sql}`);
    for (const row of plan.rows as { 'QUERY PLAN': string }[])
      console.log(`  ${row['QUERY PLAN']}`);
  }
} finally {
  await fixture.close();
}
