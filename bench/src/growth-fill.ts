import { performance } from 'node:perf_hooks';
import {
  AMEND_INSTRUMENTS,
  addDays,
  CONSENT_CATEGORIES,
  type InstrumentAnswers,
  type InstrumentDefinition,
  isOfferedTo,
  localDateOf,
  type PartnerRole,
  scoreResponse,
  seededRandom,
  simulateRecovery,
  weekStartOf,
} from '@amend/core';
import type pg from 'pg';
import { togetherStatements } from './growth-fill-together.js';
import {
  type ChunkStatement,
  COUPLES_PER_THERAPIST,
  type GrowthCalendar,
  growthSql,
  WEEKS,
} from './growth-sql.js';

export { COUPLES_PER_THERAPIST, type GrowthCalendar, WEEKS } from './growth-sql.js';

/**
 * Fills a migrated Amend database with N couples × two years of history in set-based SQL
 * (INSERT … SELECT over generate_series), fast enough for 100,000 couples. The numbers come from
 * core's recovery simulator: TEMPLATES simulated couples are written to temporary tables once,
 * and couple n copies template n % TEMPLATES. Every couple has, each week, both partners'
 * check-ins (about 8 % of weeks skipped, setbacks included, a note on one in five), one
 * questionnaire per partner every four weeks (in turn among those offered to their role, scored
 * by core), a couples-therapy session every other week (alternately verified by their therapist
 * and recorded by a partner), and an incident at each of the simulator's setbacks (one in three
 * corrected by a second version). Every couple has a therapist with 200 couples, and consent
 * like the caseload benchmark's (70 % share everything, 20 % metrics only, 10 % revoked). The
 * rest of what the dashboard reads (talking, reconnecting, an agreement, disclosures) is written
 * more thinly by growth-fill-together.ts.
 * Everyone has a live session whose cookie is `sessionToken(...)`, so no password is hashed.
 *
 * Rows are written couple-chunk by couple-chunk, and within a chunk week by week, so one
 * couple's check-ins lie on a different heap page each week as they would after two years of
 * real use, while index inserts stay within the chunk's (cached) key range. Ids are time-ordered
 * UUIDs like the app's (version 7), so every index grows at its right edge as in production.
 * Triggers and foreign-key checks are off for the fill's own connection only
 * (session_replication_role), so the per-row revision trigger does not run 20 million times;
 * the rows are consistent by construction.
 */
export const TEMPLATES = 64;
/** Couples written per transaction; their index pages stay in shared buffers week after week. */
const CHUNK = 2_000;
const NOTE = 'A hard week. We talked on Sunday, and it helped more than I expected.';

export function growthCalendar(now: Date): GrowthCalendar {
  const firstWeek = addDays(weekStartOf(localDateOf(now, 'UTC')), -7 * WEEKS);
  return { firstWeek, startMs: Date.parse(`${firstWeek}T00:00:00Z`) };
}

/** The session cookie value of couple n's hurt ('a') or involved ('b') partner, or therapist t ('t'). */
export function sessionToken(kind: 'a' | 'b' | 't', number: number): string {
  return `growth-${kind}${number}`;
}

/** Every item answered at `position` (0 to 1) of its range, as a person on that day might. */
function answersAt(definition: InstrumentDefinition, position: number): InstrumentAnswers {
  return Object.fromEntries(
    definition.items.map((item) => {
      if (item.kind === 'choice') {
        const options = item.options ?? [];
        return [item.id, options[Math.round(position * (options.length - 1))]?.code ?? ''];
      }
      const min = item.min ?? 0;
      const max = item.max ?? 10;
      return [item.id, Math.round(min + position * (max - min))];
    }),
  );
}

const QUESTIONNAIRES = AMEND_INSTRUMENTS.filter((d) => d.id !== 'amend-safety-screen');
const INCIDENT_KINDS = ['contact', 'lie', 'broken_agreement'] as const;

/** The simulated couples every filled couple copies, as rows for the temporary tables. */
function templates() {
  const weekly: unknown[] = [];
  const responses: unknown[] = [];
  const incidents: unknown[] = [];
  for (let template = 0; template < TEMPLATES; template += 1) {
    const history = simulateRecovery({ weeks: WEEKS, random: seededRandom(template + 1) });
    const partners = [
      [0, 'hurt', history.hurt],
      [1, 'involved', history.involved],
    ] as const satisfies readonly (readonly [number, PartnerRole, unknown])[];
    for (const [who, role, weeks] of partners) {
      const offered = QUESTIONNAIRES.filter((definition) => isOfferedTo(definition, role));
      for (const entry of weeks) {
        weekly.push({
          template,
          who,
          week: entry.week,
          trust: entry.trust,
          closeness: entry.closeness,
          honest: entry.honestConversations,
          mood: entry.mood,
        });
      }
      for (let week = who; week < WEEKS; week += 4) {
        const definition = offered[Math.floor(week / 4) % offered.length];
        if (!definition) continue;
        const trust = weeks.find((entry) => entry.week >= week)?.trust ?? 5;
        const answers = answersAt(definition, (trust - 1) / 9);
        const score = scoreResponse(definition, answers);
        responses.push({
          template,
          who,
          week,
          instrument_id: definition.id,
          instrument_version: definition.version,
          answers,
          total: score.total,
          facets: score.facets,
          band: score.band?.key ?? null,
        });
      }
    }
    history.setbackWeeks.forEach((week, seq) => {
      incidents.push({
        template,
        seq,
        week,
        kind: INCIDENT_KINDS[seq % INCIDENT_KINDS.length],
        disclosure: seq % 2 === 0 ? 'discovered' : 'proactive',
      });
    });
  }
  return { weekly, responses, incidents };
}

/** Prepares the fill's own connection: triggers off for it alone, templates in temporary tables. */
export async function prepareFill(client: pg.ClientBase): Promise<void> {
  await client.query(`SET session_replication_role = replica`);
  await client.query(`SET synchronous_commit = off`);
  // Each chunk's rows are sorted week by week before they are written; in memory, not on disk.
  await client.query(`SET work_mem = '256MB'`);
  // Time-ordered (version 7 layout) ids from a time and a name: the same couple number always
  // gets the same ids, and later couples sort after earlier ones, as the app's uuidv7 ids do.
  await client.query(`
    CREATE FUNCTION pg_temp.growth_id(ms bigint, salt text) RETURNS uuid
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT left(overlay(overlay(lpad(to_hex(ms), 12, '0') || md5(salt) PLACING '7' FROM 13)
        PLACING '8' FROM 17), 32)::uuid
    $$`);
  await client.query(`
    CREATE FUNCTION pg_temp.growth_ms(at timestamptz) RETURNS bigint
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT (extract(epoch FROM at) * 1000)::bigint $$`);
  const { weekly, responses, incidents } = templates();
  await client.query(`
    CREATE TEMPORARY TABLE growth_weekly (template int, who int, week int, trust smallint,
      closeness smallint, honest smallint, mood text);
    CREATE TEMPORARY TABLE growth_responses (template int, who int, week int,
      instrument_id text, instrument_version text, answers jsonb, total float8, facets jsonb,
      band text);
    CREATE TEMPORARY TABLE growth_incidents (template int, seq int, week int, kind text,
      disclosure text)`);
  await client.query(
    `INSERT INTO growth_weekly SELECT * FROM json_populate_recordset(NULL::growth_weekly, $1)`,
    [JSON.stringify(weekly)],
  );
  await client.query(
    `INSERT INTO growth_responses SELECT * FROM json_populate_recordset(NULL::growth_responses, $1)`,
    [JSON.stringify(responses)],
  );
  await client.query(
    `INSERT INTO growth_incidents SELECT * FROM json_populate_recordset(NULL::growth_incidents, $1)`,
    [JSON.stringify(incidents)],
  );
  await client.query(`ANALYZE growth_weekly, growth_responses, growth_incidents`);
}

/** The statements that write couples [$1, $2), in the order their foreign keys need. */
function chunkStatements(calendar: GrowthCalendar, passwordHash: string): ChunkStatement[] {
  const { id, start, weekStart, at, couples } = growthSql(calendar);
  const therapists = `generate_series(
      ceil($1::bigint / ${COUPLES_PER_THERAPIST}.0)::bigint,
      ceil($2::bigint / ${COUPLES_PER_THERAPIST}.0)::bigint - 1) AS t`;
  const session = (userId: string, token: string) => `
    INSERT INTO sessions (id, user_id, token_hash, created_at, last_seen_at, idle_expires_at,
      absolute_expires_at, user_agent, ip_address, device_summary, signed_in_with)
    SELECT gen_random_uuid(), ${userId}, sha256(convert_to(${token}, 'UTF8')), now(), now(),
      now() + interval '1 year', now() + interval '1 year', 'growth bench', '127.0.0.1',
      'growth bench', 'password'`;
  return [
    {
      sql: `INSERT INTO users (id, email, email_normalized, display_name, password_hash, time_zone,
       created_at, updated_at, account_kind)
     SELECT ${id(`p.tag || n`)}, p.tag || n || '@growth.amend', p.tag || n || '@growth.amend',
       upper(p.tag) || n, $3, 'UTC', ${start}, ${start}, 'person'
     FROM generate_series($1::bigint, $2::bigint - 1) AS n, (VALUES ('a'), ('b')) AS p(tag)
     ORDER BY n, p.tag`,
      third: passwordHash,
    },
    {
      sql: `INSERT INTO users (id, email, email_normalized, display_name, password_hash, time_zone,
       created_at, updated_at, account_kind)
     SELECT ${id(`'t' || t`, `${calendar.startMs} + t`)}, 'therapist' || t || '@growth.amend',
       'therapist' || t || '@growth.amend', 'Therapist ' || t, $3, 'UTC', ${start}, ${start},
       'therapist'
     FROM ${therapists}`,
      third: passwordHash,
    },
    {
      sql: `INSERT INTO therapist_profiles (user_id, profession, licence_number, practice_name,
       created_at, updated_at)
     SELECT ${id(`'t' || t`, `${calendar.startMs} + t`)}, 'Couples therapist', 'GROWTH-' || t,
       'Practice ' || t, ${start}, ${start}
     FROM ${therapists}`,
    },
    {
      sql: `${session(id(`'t' || t`, `${calendar.startMs} + t`), `'growth-t' || t`)} FROM ${therapists}`,
    },
    {
      sql: `${session(id(`p.tag || n`), `'growth-' || p.tag || n`)}
     FROM generate_series($1::bigint, $2::bigint - 1) AS n, (VALUES ('a'), ('b')) AS p(tag)`,
    },
    {
      sql: `INSERT INTO couples (id, relationship_type, came_to_light_on, created_by, created_at)
     SELECT couple_id, 'marriage', date '${calendar.firstWeek}' - 14, hurt_id, ${start}
     FROM ${couples}`,
    },
    {
      sql: `INSERT INTO couple_members (couple_id, id, user_id, role, joined_at)
     SELECT couple_id, m.id, m.user_id, m.role, ${start}
     FROM ${couples}, LATERAL (VALUES (hurt_member, hurt_id, 'hurt'),
       (involved_member, involved_id, 'involved')) AS m(id, user_id, role)`,
    },
    {
      sql: `INSERT INTO couple_therapists (couple_id, therapist_user_id, linked_at)
     SELECT couple_id, therapist_id, ${start} + interval '1 day' FROM ${couples}`,
    },
    {
      sql: `INSERT INTO therapist_consents (couple_id, id, therapist_user_id, member_id, categories,
       change, created_at)
     SELECT couple_id, ${id(`'tc' || n || m.tag`)}, therapist_id, m.member_id, consent.categories,
       CASE WHEN cardinality(consent.categories) = 0 THEN 'revoked' ELSE 'granted' END,
       ${start} + interval '2 days'
     FROM ${couples},
       LATERAL (VALUES ('a', hurt_member), ('b', involved_member)) AS m(tag, member_id),
       LATERAL (SELECT CASE WHEN n * 7919 % 100 < 70 THEN $3::text[]
         WHEN n * 7919 % 100 < 90 THEN ARRAY['metrics'] ELSE ARRAY[]::text[] END AS categories)
         AS consent`,
      third: [...CONSENT_CATEGORIES],
    },
    {
      sql: `INSERT INTO checkins (couple_id, id, user_id, week_start, trust, closeness,
       honest_conversations, mood, note, note_visibility, created_at, updated_at)
     SELECT couple_id, ${id(`'k' || n || '.' || w.who || '.' || w.week`, 'pg_temp.growth_ms(k.at)')},
       CASE w.who WHEN 0 THEN hurt_id ELSE involved_id END, ${weekStart('w.week')}, w.trust,
       w.closeness, w.honest, w.mood,
       CASE WHEN (n + w.week + w.who) % 5 = 0 THEN '${NOTE}' END,
       CASE WHEN (n + w.week) % 10 = 0 THEN 'partner' ELSE 'private' END, k.at, k.at
     FROM ${couples}
       JOIN growth_weekly w ON w.template = n % ${TEMPLATES},
       LATERAL (SELECT ${at('w.week', `interval '3 days 18 hours' + w.who * interval '1 hour'`)} AS at) AS k
     ORDER BY w.week, n, w.who`,
    },
    {
      sql: `INSERT INTO questionnaire_responses (couple_id, id, user_id, instrument_id,
       instrument_version, status, answers, total, facets, band, started_at, updated_at,
       completed_at)
     SELECT couple_id, ${id(`'q' || n || '.' || r.who || '.' || r.week`, 'pg_temp.growth_ms(q.at)')},
       CASE r.who WHEN 0 THEN hurt_id ELSE involved_id END, r.instrument_id,
       r.instrument_version, 'completed', r.answers, r.total, r.facets, r.band, q.at, q.at, q.at
     FROM ${couples}
       JOIN growth_responses r ON r.template = n % ${TEMPLATES},
       LATERAL (SELECT ${at('r.week', `interval '4 days 20 hours'`)} AS at) AS q
     ORDER BY r.week, n, r.who`,
    },
    {
      sql: `INSERT INTO therapy_sessions (couple_id, id, recorded_by, held_on, kind, attendees,
       verification, created_at, therapist_user_id)
     SELECT couple_id, ${id(`'s' || n || '.' || week`, 'pg_temp.growth_ms(s.at)')},
       CASE WHEN s.verified THEN therapist_id ELSE hurt_id END, ${weekStart('week')} + 2,
       'couple', ARRAY[hurt_member, involved_member],
       CASE WHEN s.verified THEN 'verified' ELSE 'self_reported' END, s.at,
       CASE WHEN s.verified THEN therapist_id END
     FROM ${couples}, generate_series(1, ${WEEKS - 1}, 2) AS week,
       LATERAL (SELECT ${at('week', `interval '2 days 12 hours'`)} AS at,
         week / 2 % 2 = 0 AS verified) AS s
     ORDER BY week, n`,
    },
    {
      sql: `INSERT INTO incidents (couple_id, id, reported_by, about, created_at)
     SELECT couple_id, ${id(`'i' || n || '.' || i.seq`, 'pg_temp.growth_ms(x.at)')}, hurt_id,
       'partner', x.at
     FROM ${couples}
       JOIN growth_incidents i ON i.template = n % ${TEMPLATES},
       LATERAL (SELECT ${at('i.week', `interval '2 days 21 hours'`)} AS at) AS x
     ORDER BY i.week, n`,
    },
    {
      sql: `INSERT INTO incident_versions (couple_id, incident_id, version, kind, disclosure,
       occurred_on, description, reason, created_at)
     SELECT couple_id, ${id(`'i' || n || '.' || i.seq`, 'pg_temp.growth_ms(x.at)')}, v.version,
       i.kind, i.disclosure, ${weekStart('i.week')} + 1 - (v.version - 1),
       'Seeded for the growth benchmark.',
       CASE WHEN v.version = 2 THEN 'It was the day before.' END,
       x.at + (v.version - 1) * interval '1 day'
     FROM ${couples}
       JOIN growth_incidents i ON i.template = n % ${TEMPLATES},
       LATERAL (SELECT ${at('i.week', `interval '2 days 21 hours'`)} AS at) AS x,
       LATERAL generate_series(1, CASE WHEN i.seq % 3 = 2 THEN 2 ELSE 1 END) AS v(version)
     ORDER BY i.week, n, v.version`,
    },
    ...togetherStatements(calendar),
  ];
}

/**
 * Writes couples [from, to) in chunks, each chunk one transaction, so an interrupted fill
 * leaves whole couples behind and can be continued from `count(*) FROM couples`. Returns the
 * seconds spent per table written, to show where the time goes.
 */
export async function fillCouples(
  client: pg.ClientBase,
  calendar: GrowthCalendar,
  passwordHash: string,
  from: number,
  to: number,
  onChunk: (done: number) => void = () => {},
): Promise<Record<string, number>> {
  const statements = chunkStatements(calendar, passwordHash);
  const seconds: Record<string, number> = {};
  for (let low = from; low < to; low += CHUNK) {
    const high = Math.min(to, low + CHUNK);
    await client.query('BEGIN');
    for (const { sql, third } of statements) {
      const started = performance.now();
      await client.query(sql, third === undefined ? [low, high] : [low, high, third]);
      const table = /INSERT INTO (\w+)/.exec(sql)?.[1] ?? 'other';
      seconds[table] = (seconds[table] ?? 0) + (performance.now() - started) / 1000;
    }
    await client.query('COMMIT');
    onChunk(high);
  }
  return Object.fromEntries(
    Object.entries(seconds).map(([table, value]) => [table, Number(value.toFixed(1))]),
  );
}
