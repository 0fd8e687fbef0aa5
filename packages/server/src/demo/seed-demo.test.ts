import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUserByEmail } from '../features/accounts/store.js';
import { type RunningAmend, runAmend } from '../main.js';
import { loadConfig } from '../platform/config.js';
import { TestClient } from '../test-support/client.js';
import { createEmptyDatabase, type TestDatabase } from '../test-support/database.js';
import { DEMO_THERAPIST } from './demo-practice.js';
import { DEMO_PASSWORD, DEMO_PEOPLE, seedDemo } from './seed-demo.js';

/**
 * `npm run demo` on a fresh folder: Amend starts the way the script starts it (runAmend with the
 * seed as its `prepare` step) on a database with no tables at all. The seed queues jobs, so
 * graphile-worker's schema must exist before it runs; it once did not, and a fresh demo failed
 * with `schema "graphile_worker" does not exist`.
 */
let database: TestDatabase;
let dataDir: string;
let amend: RunningAmend;
let created = false;

beforeAll(async () => {
  database = await createEmptyDatabase();
  dataDir = await mkdtemp(join(tmpdir(), 'amend-demo-'));
  const config = loadConfig({
    AMEND_DATA_DIR: dataDir,
    DATABASE_URL: database.url,
    PORT: '0',
    LOG_LEVEL: 'silent',
    // No worker here, so the jobs the seed queued are still in the queue to be counted.
    AMEND_WORKER: 'separate',
  });
  amend = await runAmend(config, {
    handleSignals: false,
    async prepare(deps) {
      created = await seedDemo(deps);
    },
  });
  // Nine months for nine people through the real services: far slower than one request.
}, 240_000);

afterAll(async () => {
  await amend?.stop();
  await database?.drop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('the demo space', () => {
  it('starts on a fresh database with the reminders the seed queued, and serves', async () => {
    expect(created).toBe(true);
    const { rows } = await sql<{ task: string; key: string | null }>`
      SELECT task_identifier AS task, key FROM graphile_worker.jobs`.execute(database.db);
    const robin = await findUserByEmail(database.db, DEMO_PEOPLE.hurt.email);
    // The demo books each couple's next session: a reminder of it for each of the 8 partners.
    const robinsReminders = rows.filter((job) =>
      job.key?.startsWith(`reminder:${robin?.id}:therapy_session:`),
    );
    expect(robinsReminders.map((job) => job.task)).toEqual(['reminder.fire']);
    expect(rows.filter((job) => job.key?.includes(':therapy_session:'))).toHaveLength(8);
    const readiness = await fetch(`${amend.address}/readyz`);
    expect(await readiness.json()).toEqual({ status: 'ready' });
  });

  it('holds nine months of history for two partners, with setbacks, and is created once', async () => {
    expect(await seedDemo(amend.deps)).toBe(false);
    const client = () => new TestClient(amend.app);
    const robin = client();
    const signedIn = await robin.post('/api/v1/sessions', {
      email: DEMO_PEOPLE.hurt.email,
      password: DEMO_PASSWORD,
    });
    expect(signedIn.status).toBe(200);
    const { body } = await robin.get('/api/v1/progress');
    const [you, partner] = [
      body.metrics.trust.partners.find((p: { isYou: boolean }) => p.isYou),
      body.metrics.trust.partners.find((p: { isYou: boolean }) => !p.isYou),
    ];
    expect(you.weeks).toBeGreaterThan(30);
    expect(partner.displayName).toBe('Sam');
    expect(you.latest).toBeGreaterThan(you.first);
    expect(you.setbacks.length).toBeGreaterThanOrEqual(1);
    const bandWeeks = body.metrics.trust.band.low.filter((low: number | null) => low !== null);
    expect(bandWeeks.length).toBeGreaterThan(30);
    expect(body.weeksInRecovery).toBeGreaterThanOrEqual(39);
    // The rest of a full dashboard: questionnaires over time, sessions, setbacks, the path.
    const trustScores = body.questionnaires.find((q: { id: string }) => q.id === 'amend-trust');
    expect(trustScores.responses.completedAt.length).toBeGreaterThanOrEqual(9);
    expect(trustScores.latest.changeSinceBaseline).not.toBeNull();
    expect(body.attendance.total).toBeGreaterThan(25);
    expect(body.relapse).toMatchObject({ total: 2 });
    const path = (await robin.get('/api/v1/program')).body;
    expect(JSON.stringify(path)).toContain('done');
    // Talking and reconnecting: a conversation log both rate, meetings, fewer triggers.
    const talk = (await robin.get('/api/v1/conversations')).body;
    expect(talk.conversations.length).toBeGreaterThan(30);
    expect(talk.conversations.some((c: { source: string }) => c.source === 'meeting')).toBe(true);
    const sign = (key: string) => body.signs.find((s: { key: string }) => s.key === key);
    expect(sign('fewer_triggers').evidence.triggersPrevious4Weeks).toBeGreaterThanOrEqual(0);
    expect(sign('closeness').evidence.connectionMomentsLast4Weeks).toBeGreaterThan(0);
    // Their next session with their therapist, on the sessions page.
    const appointments = (await robin.get('/api/v1/appointments')).body.appointments;
    expect(appointments).toEqual([
      expect.objectContaining({
        kind: 'couple',
        therapistName: DEMO_THERAPIST.displayName,
        cancelled: false,
      }),
    ]);
    // Their therapist sees four couples, the one with a fresh incident first.
    const therapist = client();
    await therapist.post('/api/v1/sessions', {
      email: DEMO_THERAPIST.email,
      password: DEMO_PASSWORD,
    });
    const caseload = (await therapist.get('/api/v1/therapist/caseload')).body.couples;
    expect(caseload).toHaveLength(4);
    expect(caseload[0].alerts.map((alert: { kind: string }) => alert.kind)).toContain('incident');
    const kinds = caseload.flatMap((c: { alerts: { kind: string }[] }) =>
      c.alerts.map((a) => a.kind),
    );
    expect(kinds).toContain('missed_checkins');
    expect(new Set(caseload.map((c: { weeksInRecovery: number }) => c.weeksInRecovery)).size).toBe(
      4,
    );
  });
});
