import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  AMEND_TRUST,
  addDays,
  CONSENT_CATEGORIES,
  type InstrumentAnswers,
  type LocalDate,
  localDateOf,
  scoreResponse,
  seededRandom,
  simulateRecovery,
  weekStartOf,
} from '@amend/core';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { buildApp } from '../../packages/server/src/app.js';
import { connectDatabase, type DatabaseHandle } from '../../packages/server/src/db/database.js';
import { startEmbeddedDatabase } from '../../packages/server/src/db/embedded.js';
import { migrate } from '../../packages/server/src/db/migrations.js';
import { newId as uuidv7 } from '../../packages/server/src/platform/tokens.js';
import { benchAppDeps } from './bench-deps.js';
import { SMOKE } from './measure.js';

/**
 * A therapist's practice for the caseload benchmark: COUPLES couples, each with a year of weekly
 * check-ins from core's recovery simulator, a monthly trust questionnaire, sessions every other
 * week verified by the therapist, incidents for about one couple in eight, and a mix of consent
 * (most share everything, some metrics only, some have revoked). Written in bulk: the services
 * would take minutes for 200 couples, and the caseload reads only what is stored.
 */
// The smoke run (CI) only proves the harness works, so it seeds a tenth of the practice.
export const COUPLES = SMOKE ? 20 : 200;
export const WEEKS = 52;
const PASSWORD = 'benchmark passphrase';
export const THERAPIST_EMAIL = 'therapist@bench.amend';

type Db = DatabaseHandle['db'];

/** Every item answered at `position` of its options (0 to 1), for a realistic stored score. */
function trustAnswers(position: number): InstrumentAnswers {
  return Object.fromEntries(
    AMEND_TRUST.items.map((item) => {
      const options = item.options ?? [];
      return [item.id, options[Math.round(position * (options.length - 1))]?.code ?? ''];
    }),
  );
}

async function insertInChunks<T>(rows: readonly T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let index = 0; index < rows.length; index += 1000) {
    await insert(rows.slice(index, index + 1000));
  }
}

async function seedPractice(db: Db, passwordHash: string, now: Date): Promise<void> {
  const start = new Date(now.getTime() - WEEKS * 7 * 86_400_000);
  const therapistId = uuidv7();
  const user = (id: string, email: string, name: string, kind: 'person' | 'therapist') => ({
    id,
    email,
    email_normalized: email,
    display_name: name,
    password_hash: passwordHash,
    time_zone: 'UTC',
    account_kind: kind,
    created_at: start,
    updated_at: start,
  });
  const users = [user(therapistId, THERAPIST_EMAIL, 'Bench therapist', 'therapist')];
  const couples = [];
  const members = [];
  const checkins = [];
  const responses = [];
  const sessions = [];
  const incidents = [];
  const versions = [];
  const links = [];
  const consents = [];
  const random = seededRandom(200);
  for (let index = 0; index < COUPLES; index += 1) {
    const coupleId = uuidv7();
    const people = [uuidv7(), uuidv7()] as const;
    const memberIds = [uuidv7(), uuidv7()] as const;
    users.push(user(people[0], `a${index}@bench.amend`, `A${index}`, 'person'));
    users.push(user(people[1], `b${index}@bench.amend`, `B${index}`, 'person'));
    couples.push({
      id: coupleId,
      relationship_type: 'marriage',
      came_to_light_on: localDateOf(start, 'UTC'),
      created_by: people[0],
      created_at: start,
    });
    members.push(
      { couple_id: coupleId, id: memberIds[0], user_id: people[0], role: 'hurt', joined_at: start },
      {
        couple_id: coupleId,
        id: memberIds[1],
        user_id: people[1],
        role: 'involved',
        joined_at: start,
      },
    );
    const history = simulateRecovery({ weeks: WEEKS, random: seededRandom(index + 1) });
    const firstWeek = weekStartOf(localDateOf(start, 'UTC'));
    for (const [who, entries] of [
      [0, history.hurt],
      [1, history.involved],
    ] as const) {
      for (const entry of entries) {
        const weekStart = addDays(firstWeek, entry.week * 7);
        const at = new Date(`${weekStart}T18:00:00Z`);
        checkins.push({
          couple_id: coupleId,
          id: uuidv7(),
          user_id: people[who],
          week_start: weekStart,
          trust: entry.trust,
          closeness: entry.closeness,
          honest_conversations: entry.honestConversations,
          mood: entry.mood,
          note: null,
          note_visibility: 'private',
          idempotency_key: null,
          created_at: at,
          updated_at: at,
        });
        if (entry.week % 4 === 0) {
          const answers = trustAnswers(Math.min(1, entry.trust / 10));
          const score = scoreResponse(AMEND_TRUST, answers);
          responses.push({
            couple_id: coupleId,
            id: uuidv7(),
            user_id: people[who],
            instrument_id: AMEND_TRUST.id,
            instrument_version: AMEND_TRUST.version,
            status: 'completed',
            answers: JSON.stringify(answers),
            total: score.total,
            facets: JSON.stringify(score.facets),
            band: score.band?.key ?? null,
            idempotency_key: null,
            started_at: at,
            updated_at: at,
            completed_at: at,
          });
        }
      }
    }
    links.push({
      couple_id: coupleId,
      therapist_user_id: therapistId,
      linked_at: start,
      ended_at: null,
    });
    const draw = random();
    const consentOf = draw < 0.7 ? [...CONSENT_CATEGORIES] : draw < 0.9 ? ['metrics'] : [];
    for (const memberId of memberIds) {
      consents.push({
        couple_id: coupleId,
        id: uuidv7(),
        therapist_user_id: therapistId,
        member_id: memberId,
        categories: consentOf,
        change: consentOf.length === 0 ? 'revoked' : 'granted',
        created_at: start,
      });
    }
    for (let week = 1; week < WEEKS; week += 2) {
      const heldOn = addDays(firstWeek, week * 7 + 2) as LocalDate;
      sessions.push({
        couple_id: coupleId,
        id: uuidv7(),
        recorded_by: therapistId,
        therapist_user_id: therapistId,
        held_on: heldOn,
        kind: 'couple',
        attendees: [...memberIds],
        verification: 'verified',
        idempotency_key: null,
        created_at: new Date(`${heldOn}T12:00:00Z`),
      });
    }
    if (index % 8 === 0) {
      const incidentId = uuidv7();
      const occurredOn = addDays(localDateOf(now, 'UTC'), -((index * 7) % 300) - 1);
      incidents.push({
        couple_id: coupleId,
        id: incidentId,
        reported_by: people[0],
        about: 'partner',
        created_at: now,
      });
      versions.push({
        couple_id: coupleId,
        incident_id: incidentId,
        version: 1,
        kind: 'contact',
        disclosure: 'discovered',
        occurred_on: occurredOn,
        description: null,
        reason: null,
        created_at: now,
      });
    }
  }
  await insertInChunks(users, (chunk) => db.insertInto('users').values(chunk).execute());
  await db
    .insertInto('therapist_profiles')
    .values({
      user_id: therapistId,
      profession: 'Couples therapist',
      licence_number: 'BENCH-1',
      practice_name: 'Bench practice',
      created_at: start,
      updated_at: start,
    })
    .execute();
  await insertInChunks(couples, (chunk) => db.insertInto('couples').values(chunk).execute());
  await insertInChunks(members, (chunk) => db.insertInto('couple_members').values(chunk).execute());
  await insertInChunks(checkins, (chunk) => db.insertInto('checkins').values(chunk).execute());
  await insertInChunks(responses, (chunk) =>
    db.insertInto('questionnaire_responses').values(chunk).execute(),
  );
  await insertInChunks(links, (chunk) =>
    db.insertInto('couple_therapists').values(chunk).execute(),
  );
  await insertInChunks(consents, (chunk) =>
    db.insertInto('therapist_consents').values(chunk).execute(),
  );
  await insertInChunks(sessions, (chunk) =>
    db.insertInto('therapy_sessions').values(chunk).execute(),
  );
  await insertInChunks(incidents, (chunk) => db.insertInto('incidents').values(chunk).execute());
  await insertInChunks(versions, (chunk) =>
    db.insertInto('incident_versions').values(chunk).execute(),
  );
  // Fresh statistics, as autovacuum would have gathered them on a practice that grew over a year.
  await sql`ANALYZE`.execute(db);
}

export interface CaseloadFixture {
  readonly app: FastifyInstance;
  readonly appUrl: string;
  readonly cookie: string;
  readonly therapistId: string;
  readonly database: DatabaseHandle;
  readonly rows: { checkins: number; sessions: number };
  close(): Promise<void>;
}

/** Starts PostgreSQL (embedded, or DATABASE_URL), migrates, seeds the practice, starts the app. */
export async function startCaseloadFixture(poolSize: number): Promise<CaseloadFixture> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'amend-bench-caseload-'));
  await chmod(dataDir, 0o755);
  const embedded = process.env.DATABASE_URL ? null : await startEmbeddedDatabase({ dataDir });
  const database = connectDatabase(
    process.env.DATABASE_URL ?? embedded?.connectionString ?? '',
    poolSize,
  );
  const close = async () => {
    await database.close();
    await embedded?.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    await migrate(database.db);
    const deps = benchAppDeps(database.db, dataDir, { hashesAtOnce: 2 });
    await seedPractice(database.db, await deps.hasher.hash(PASSWORD), new Date());
    const therapist = await database.db
      .selectFrom('users')
      .select('id')
      .where('email_normalized', '=', THERAPIST_EMAIL)
      .executeTakeFirstOrThrow();
    const counts = await database.db
      .selectFrom('checkins')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    const sessionCount = await database.db
      .selectFrom('therapy_sessions')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    const app = await buildApp(deps, { logger: false });
    const appUrl = await app.listen({ port: 0, host: '127.0.0.1' });
    const cookie = await signIn(appUrl);
    return {
      app,
      appUrl,
      cookie,
      therapistId: therapist.id,
      database,
      rows: { checkins: Number(counts.n), sessions: Number(sessionCount.n) },
      close: async () => {
        await app.close();
        await close();
      },
    };
  } catch (error) {
    await close();
    throw error;
  }
}

async function signIn(appUrl: string): Promise<string> {
  const tokenResponse = await fetch(`${appUrl}/api/v1/csrf-token`);
  const csrfCookie = tokenResponse.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
  const { token } = (await tokenResponse.json()) as { token: string };
  const signedIn = await fetch(`${appUrl}/api/v1/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': token, cookie: csrfCookie },
    body: JSON.stringify({ email: THERAPIST_EMAIL, password: PASSWORD }),
  });
  if (!signedIn.ok) throw new Error(`bench sign-in failed with ${signedIn.status}`);
  return signedIn.headers
    .getSetCookie()
    .map((entry) => entry.split(';')[0])
    .join('; ');
}
