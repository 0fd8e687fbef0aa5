import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  type InstrumentAnswers,
  type InstrumentDefinition,
  isOfferedTo,
  type PartnerRole,
  seededRandom,
  simulateRecovery,
} from '@amend/core';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../packages/server/src/app.js';
import { connectDatabase, type DatabaseHandle } from '../../packages/server/src/db/database.js';
import { startEmbeddedDatabase } from '../../packages/server/src/db/embedded.js';
import { migrate } from '../../packages/server/src/db/migrations.js';
import { signUp } from '../../packages/server/src/features/accounts/service.js';
import { recordCheckin } from '../../packages/server/src/features/checkins/service.js';
import { reportIncident } from '../../packages/server/src/features/incidents/service.js';
import { BUILT_IN_QUESTIONNAIRES } from '../../packages/server/src/features/instruments/service.js';
import { completeQuestionnaire } from '../../packages/server/src/features/questionnaires/service.js';
import { recordSession } from '../../packages/server/src/features/sessions-attended/service.js';
import {
  acceptInvitation,
  createInvitation,
} from '../../packages/server/src/features/space/invitations.js';
import { activeMembers, createSpace } from '../../packages/server/src/features/space/service.js';
import type { AppDeps } from '../../packages/server/src/platform/deps.js';
import { benchAppDeps } from './bench-deps.js';
import { SMOKE } from './measure.js';

/**
 * The couple every dashboard measurement uses: two years of the history Amend keeps, entered
 * through the same services the API calls. Each week both partners check in and the couple has a
 * therapy session; each partner takes every questionnaire meant for them every four weeks; and
 * there are a few incidents, some corrected. The app and database are real; only the clock is
 * moved while seeding.
 */
// The smoke run (CI) only proves the harness works, so it seeds a quarter of the history.
export const WEEKS_OF_HISTORY = SMOKE ? 26 : 104;
const WEEK_MS = 7 * 86_400_000;
const DAY_MS = 86_400_000;
export const BENCH_PASSWORD = 'benchmark passphrase';
const QUESTIONNAIRE_EVERY_WEEKS = 4;
const INCIDENT_WEEKS = [3, 9, 30, 61] as const;

export interface DashboardFixture {
  readonly app: FastifyInstance;
  readonly appUrl: string;
  /** The signed-in session cookie of the hurt partner, whose dashboard is requested. */
  readonly cookie: string;
  /** The CSRF token that goes with `cookie`, for the partner's writes. */
  readonly csrfToken: string;
  readonly userId: string;
  readonly deps: AppDeps;
  readonly database: DatabaseHandle;
  close(): Promise<void>;
}

/** Answers every item with the option (or number) at `position` of its range, 0 to 1. */
function answersAt(definition: InstrumentDefinition, position: number): InstrumentAnswers {
  return Object.fromEntries(
    definition.items.map((item) => {
      if (item.kind === 'choice') {
        const options = item.options ?? [];
        const option = options[Math.round(position * (options.length - 1))] ?? options[0];
        return [item.id, option?.code ?? ''];
      }
      const min = item.min ?? 0;
      const max = item.max ?? 10;
      return [item.id, Math.round(min + position * (max - min))];
    }),
  );
}

async function seedCouple(deps: AppDeps): Promise<string> {
  const origin = { ipAddress: '127.0.0.1', userAgent: 'bench' };
  const start = Date.now() - WEEKS_OF_HISTORY * WEEK_MS;
  let now = new Date(start);
  const clocked: AppDeps = { ...deps, now: () => now };
  const person = (email: string, displayName: string) =>
    signUp(clocked, { email, password: BENCH_PASSWORD, displayName, timeZone: 'UTC' }, origin);
  const hurt = await person('a@bench.amend', 'A');
  const involved = await person('b@bench.amend', 'B');
  const coupleId = await createSpace(
    clocked,
    hurt.id,
    'UTC',
    { relationshipType: 'marriage', role: 'hurt', cameToLightOn: '2024-01-01' },
    origin,
  );
  const invitation = await createInvitation(clocked, hurt.id, origin);
  await acceptInvitation(
    clocked,
    involved.id,
    { token: new URL(invitation.link).pathname.split('/').at(-1) ?? '' },
    'involved',
    origin,
  );
  const memberIds = (await activeMembers(deps, coupleId)).map((member) => member.memberId);
  const history = simulateRecovery({
    weeks: WEEKS_OF_HISTORY,
    random: seededRandom(104),
    skipChance: 0,
  });
  const partners = [
    { userId: hurt.id, role: 'hurt', weeks: history.hurt },
    { userId: involved.id, role: 'involved', weeks: history.involved },
  ] as const satisfies readonly { userId: string; role: PartnerRole; weeks: unknown }[];
  for (let week = 0; week < WEEKS_OF_HISTORY; week += 1) {
    now = new Date(start + week * WEEK_MS + DAY_MS);
    for (const { userId, role, weeks } of partners) {
      const entry = weeks[week];
      if (entry) {
        const { trust, closeness, honestConversations, mood } = entry;
        await recordCheckin(
          clocked,
          userId,
          { trust, closeness, honestConversations, mood, noteVisibility: 'private' },
          null,
        );
      }
      if (week % QUESTIONNAIRE_EVERY_WEEKS === 0) {
        const position = Math.min(1, 0.2 + week / WEEKS_OF_HISTORY / 1.5);
        for (const definition of BUILT_IN_QUESTIONNAIRES) {
          if (!isOfferedTo(definition, role)) continue;
          await completeQuestionnaire(
            clocked,
            userId,
            definition.id,
            answersAt(definition, position),
            null,
          );
        }
      }
    }
    await recordSession(
      clocked,
      hurt.id,
      { heldOn: new Date(now).toISOString().slice(0, 10), kind: 'couple', attendees: memberIds },
      null,
    );
    if ((INCIDENT_WEEKS as readonly number[]).includes(week)) {
      await reportIncident(clocked, hurt.id, 'partner', {
        kind: week < 10 ? 'contact' : 'lie',
        disclosure: week % 2 === 0 ? 'proactive' : 'discovered',
        occurredOn: new Date(now.getTime() - DAY_MS).toISOString().slice(0, 10),
        description: 'Seeded for the benchmark.',
      });
    }
  }
  return hurt.id;
}

/** Signs in through the API (CSRF token first), as the browser does, and returns the cookie. */
async function signIn(appUrl: string, email: string): Promise<{ cookie: string; token: string }> {
  const tokenResponse = await fetch(`${appUrl}/api/v1/csrf-token`);
  const csrfCookie = tokenResponse.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
  const { token } = (await tokenResponse.json()) as { token: string };
  const signedIn = await fetch(`${appUrl}/api/v1/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': token, cookie: csrfCookie },
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  });
  if (!signedIn.ok) throw new Error(`bench sign-in failed with ${signedIn.status}`);
  const sessionCookie = signedIn.headers
    .getSetCookie()
    .map((entry) => entry.split(';')[0])
    .join('; ');
  return { cookie: `${csrfCookie}; ${sessionCookie}`, token };
}

/**
 * Starts PostgreSQL (embedded in a temporary folder, or DATABASE_URL), migrates, seeds the couple
 * and starts the real app on loopback with the pool size it is given. Production logging is off
 * here, as in the baseline route, so both sides pay the same per-request overhead.
 */
export async function startDashboardFixture(
  poolSize: number,
  env: Readonly<Record<string, string>> = {},
  serveWebApp = false,
): Promise<DashboardFixture> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'amend-bench-'));
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
    const deps = benchAppDeps(database.db, dataDir, { env });
    const userId = await seedCouple(deps);
    const app = await buildApp(deps, { logger: false, serveWebApp });
    const appUrl = await app.listen({ port: 0, host: '127.0.0.1' });
    const { cookie, token } = await signIn(appUrl, 'a@bench.amend');
    return {
      app,
      appUrl,
      cookie,
      csrfToken: token,
      userId,
      deps,
      database,
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
