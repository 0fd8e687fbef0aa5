import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  AMEND_SAFETY_SCREEN,
  type InstrumentDefinition,
  isOfferedTo,
  seededRandom,
  simulateRecovery,
} from '@amend/core';
import { sql } from 'kysely';
import { buildApp } from '../../packages/server/src/app.js';
import { connectDatabase } from '../../packages/server/src/db/database.js';
import { startEmbeddedDatabase } from '../../packages/server/src/db/embedded.js';
import { migrate } from '../../packages/server/src/db/migrations.js';
import { signUp } from '../../packages/server/src/features/accounts/service.js';
import { recordCheckin } from '../../packages/server/src/features/checkins/service.js';
import {
  addContext,
  reportIncident,
} from '../../packages/server/src/features/incidents/service.js';
import { BUILT_IN_QUESTIONNAIRES } from '../../packages/server/src/features/instruments/service.js';
import { completeQuestionnaire } from '../../packages/server/src/features/questionnaires/service.js';
import { takeScreen } from '../../packages/server/src/features/safety/service.js';
import { startSession } from '../../packages/server/src/features/sessions/service.js';
import { recordSession } from '../../packages/server/src/features/sessions-attended/service.js';
import {
  acceptInvitation,
  createInvitation,
} from '../../packages/server/src/features/space/invitations.js';
import { activeMembers, createSpace } from '../../packages/server/src/features/space/service.js';
import type { AppDeps } from '../../packages/server/src/platform/deps.js';
import { newId } from '../../packages/server/src/platform/tokens.js';
import { benchAppDeps } from './bench-deps.js';

/**
 * GET /api/v1/me/export for one person after a year of daily use, beside one SELECT that reads
 * the same rows as JSON in the same run. A year of daily use: 52 weekly check-ins with notes
 * (core's recovery simulator), every questionnaire meant for them each month, a weekly therapy
 * session, a handful of incidents with context, a monthly safety screen, a journal entry every
 * day, and an access log with a sign-in and two of the partner's visits every day.
 */
const DAYS = 365;
const WEEKS = 52;
const DAY_MS = 86_400_000;
const RUNS = 5;
const UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Version/18.0 Mobile Safari/604.1';
const INCIDENT_WEEKS = [5, 19, 33, 47] as const;

function answersAt(definition: InstrumentDefinition, position: number) {
  return Object.fromEntries(
    definition.items.map((item) => {
      if (item.kind === 'choice') {
        const options = item.options ?? [];
        return [item.id, options[Math.round(position * (options.length - 1))]?.code ?? ''];
      }
      return [
        item.id,
        Math.round((item.min ?? 0) + position * ((item.max ?? 10) - (item.min ?? 0))),
      ];
    }),
  );
}

async function seedYear(deps: AppDeps): Promise<{ userId: string; partnerId: string }> {
  const origin = { ipAddress: '127.0.0.1', userAgent: UA };
  const start = Date.now() - DAYS * DAY_MS;
  let now = new Date(start);
  const clocked: AppDeps = { ...deps, now: () => now };
  const person = (email: string, displayName: string) =>
    signUp(clocked, { email, password: 'bench passphrase', displayName, timeZone: 'UTC' }, origin);
  const me = await person('me@bench.amend', 'Robin');
  const partner = await person('partner@bench.amend', 'Sam');
  const coupleId = await createSpace(
    clocked,
    me.id,
    'UTC',
    { relationshipType: 'marriage', role: 'hurt', cameToLightOn: '2025-01-01' },
    origin,
  );
  const invitation = await createInvitation(clocked, me.id, origin);
  await acceptInvitation(
    clocked,
    partner.id,
    { token: new URL(invitation.link).pathname.split('/').at(-1) ?? '' },
    'involved',
    origin,
  );
  const memberIds = (await activeMembers(deps, coupleId)).map((member) => member.memberId);
  const history = simulateRecovery({ weeks: WEEKS, random: seededRandom(365), skipChance: 0 });
  for (let week = 0; week < WEEKS; week += 1) {
    now = new Date(start + week * 7 * DAY_MS + DAY_MS);
    const entry = history.hurt[week];
    if (entry) {
      const { trust, closeness, honestConversations, mood } = entry;
      const note = `Week ${week + 1}: ${'a few honest sentences about how it went. '.repeat(4)}`;
      const noteVisibility = week % 2 === 0 ? 'partner' : 'private';
      await recordCheckin(
        clocked,
        me.id,
        { trust, closeness, honestConversations, mood, note, noteVisibility },
        null,
      );
    }
    if (week % 4 === 0) {
      for (const definition of BUILT_IN_QUESTIONNAIRES) {
        if (!isOfferedTo(definition, 'hurt')) continue;
        const answers = answersAt(definition, Math.min(1, 0.2 + week / WEEKS / 1.5));
        await completeQuestionnaire(clocked, me.id, definition.id, answers, null);
      }
      const noConcern = Object.fromEntries(
        AMEND_SAFETY_SCREEN.items.map((item) => [item.id, 'no']),
      );
      await takeScreen(clocked, me.id, noConcern, null);
    }
    const heldOn = now.toISOString().slice(0, 10);
    await recordSession(clocked, me.id, { heldOn, kind: 'couple', attendees: memberIds }, null);
    if ((INCIDENT_WEEKS as readonly number[]).includes(week)) {
      const incidentId = await reportIncident(clocked, me.id, 'partner', {
        kind: 'contact',
        disclosure: 'discovered',
        occurredOn: new Date(now.getTime() - DAY_MS).toISOString().slice(0, 10),
        description: 'What I found, in my own words.',
      });
      await addContext(clocked, me.id, incidentId, 'What I learned afterwards.');
    }
  }
  await seedJournalAndAccessLog(deps, me.id, partner.id, coupleId, start);
  return { userId: me.id, partnerId: partner.id };
}

/** A journal entry a day (opaque bytes, as the browser sends them) and a year of audit events. */
async function seedJournalAndAccessLog(
  deps: AppDeps,
  userId: string,
  partnerId: string,
  coupleId: string,
  start: number,
): Promise<void> {
  const at = new Date(start);
  await deps.db
    .insertInto('journal_keyrings')
    .values({
      user_id: userId,
      format: 1,
      kdf: 'argon2id',
      kdf_memory_kib: 19456,
      kdf_iterations: 2,
      kdf_parallelism: 1,
      passphrase_salt: randomBytes(16),
      passphrase_iv: randomBytes(12),
      passphrase_wrapped_key: randomBytes(48),
      recovery_kdf: 'hkdf-sha256',
      recovery_salt: randomBytes(16),
      recovery_iv: randomBytes(12),
      recovery_wrapped_key: randomBytes(48),
      rewrap_proof_hash: randomBytes(32),
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
  const entries = Array.from({ length: DAYS }, (_, day) => {
    const written = new Date(start + day * DAY_MS);
    // A page or so of writing: 1 to 3 KiB once padded to 256-byte blocks.
    const blocks = 4 + (day % 9);
    return {
      owner_user_id: userId,
      id: newId(),
      iv: randomBytes(12),
      ciphertext: randomBytes(blocks * 256 + 16),
      idempotency_key: null,
      created_at: written,
      updated_at: written,
    };
  });
  await deps.db.insertInto('journal_entries').values(entries).execute();
  const events = Array.from({ length: DAYS }, (_, day) => {
    const base = start + day * DAY_MS;
    const event = (offset: number, actor: string, action: string, kind?: string) => ({
      id: newId(),
      occurred_at: new Date(base + offset),
      actor_user_id: actor,
      subject_user_id: userId,
      couple_id: coupleId,
      action,
      ip_address: '127.0.0.1',
      user_agent: UA,
      details: JSON.stringify(kind ? { kind } : {}),
    });
    return [
      event(8 * 3_600_000, userId, 'account.signed_in'),
      event(12 * 3_600_000, partnerId, 'record.viewed', 'checkins'),
      event(20 * 3_600_000, partnerId, 'record.viewed', 'progress'),
    ];
  }).flat();
  for (let index = 0; index < events.length; index += 500) {
    await deps.db
      .insertInto('audit_events')
      .values(events.slice(index, index + 500))
      .execute();
  }
}

/** The same rows in one statement, as JSON: what reading the data costs before any packaging. */
async function readSameRowsOnce(deps: AppDeps, userId: string): Promise<number> {
  const result = await sql<{ data: string }>`
    SELECT json_build_object(
      'account', (SELECT row_to_json(u) FROM users u WHERE u.id = ${userId}),
      'memberships', (SELECT json_agg(m) FROM couple_members m WHERE m.user_id = ${userId}),
      'checkins', (SELECT json_agg(c) FROM checkins c WHERE c.user_id = ${userId}),
      'responses', (SELECT json_agg(q) FROM questionnaire_responses q WHERE q.user_id = ${userId}),
      'incidents', (SELECT json_agg(i) FROM incidents i WHERE i.reported_by = ${userId}),
      'versions', (SELECT json_agg(v) FROM incident_versions v JOIN incidents i
                     ON i.couple_id = v.couple_id AND i.id = v.incident_id WHERE i.reported_by = ${userId}),
      'notes', (SELECT json_agg(n) FROM incident_notes n WHERE n.author_id = ${userId}),
      'sessions', (SELECT json_agg(t) FROM therapy_sessions t WHERE t.recorded_by = ${userId}),
      'keyring', (SELECT row_to_json(k) FROM journal_keyrings k WHERE k.user_id = ${userId}),
      'journal', (SELECT json_agg(j) FROM journal_entries j WHERE j.owner_user_id = ${userId}),
      'screens', (SELECT json_agg(s) FROM safety_screens s WHERE s.user_id = ${userId}),
      'log', (SELECT json_agg(e) FROM audit_events e WHERE e.subject_user_id = ${userId})
    )::text AS data`.execute(deps.db);
  return result.rows[0]?.data.length ?? 0;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const round = (ms: number) => Math.round(ms * 10) / 10;

export async function benchExport() {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'amend-bench-export-'));
  await chmod(dataDir, 0o755);
  const embedded = process.env.DATABASE_URL ? null : await startEmbeddedDatabase({ dataDir });
  const database = connectDatabase(
    process.env.DATABASE_URL ?? embedded?.connectionString ?? '',
    10,
  );
  try {
    await migrate(database.db);
    const deps = benchAppDeps(database.db, dataDir, { hashesAtOnce: 2 });
    const seedStarted = performance.now();
    const { userId } = await seedYear(deps);
    const seedSeconds = Math.round((performance.now() - seedStarted) / 100) / 10;
    const app = await buildApp(deps, { logger: false });
    const { token } = await startSession(
      deps,
      userId,
      { ipAddress: null, userAgent: 'bench' },
      'password',
    );
    const exportTimes: number[] = [];
    let zipBytes = 0;
    for (let run = 0; run < RUNS; run += 1) {
      const started = performance.now();
      const response = await app.inject({
        method: 'GET',
        url: '/api/v1/me/export',
        headers: { cookie: `amend_session=${token}` },
        // Each run from its own address, so the download limit (10 a quarter hour) never applies.
        remoteAddress: `127.0.9.${run + 1}`,
      });
      exportTimes.push(performance.now() - started);
      if (response.statusCode !== 200) throw new Error(`export answered ${response.statusCode}`);
      zipBytes = response.rawPayload.length;
    }
    const baselineTimes: number[] = [];
    let jsonBytes = 0;
    for (let run = 0; run < RUNS; run += 1) {
      const started = performance.now();
      jsonBytes = await readSameRowsOnce(deps, userId);
      baselineTimes.push(performance.now() - started);
    }
    await app.close();
    const exportMedian = median(exportTimes);
    const baselineMedian = median(baselineTimes);
    return {
      history: `${DAYS} days: ${WEEKS} check-ins, monthly questionnaires and safety screens, weekly sessions, ${INCIDENT_WEEKS.length} incidents, ${DAYS} journal entries, ${DAYS * 3} access-log events`,
      seedSeconds,
      exportMedianMs: round(exportMedian),
      exportMaxMs: round(Math.max(...exportTimes)),
      zipKiB: Math.round(zipBytes / 1024),
      baselineOneSelectMedianMs: round(baselineMedian),
      baselineJsonKiB: Math.round(jsonBytes / 1024),
      ratioToBaseline: round(exportMedian / baselineMedian),
      budgetMs: 60_000,
      meetsBudget: Math.max(...exportTimes) < 60_000,
    };
  } finally {
    await database.close();
    await embedded?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
