import { sql } from 'kysely';
import { expect } from 'vitest';
import type { TestClient } from '../test-support/client.js';
import { TEST_ADMIN_EMAIL, type TestContext } from '../test-support/context.js';
import { createSpace, invite, type SignedUpPerson, signUp } from '../test-support/factories.js';
import {
  consent,
  EVERY_CATEGORY,
  linkTherapist,
  signUpTherapist,
} from '../test-support/therapists.js';
import { TARGET_MEMBER_NAME } from './fixtures.js';
import type { ActorKind, MatrixModule, Scenario, TherapistActorKind } from './harness.js';

export interface BuiltScenario extends Scenario {
  readonly hiddenFromPartner: readonly string[];
  readonly hiddenFromOutsiders: readonly string[];
}

/**
 * The target space with its member's records. For the partner's cells the partner has joined
 * (using the invitation), so the space is full; every other actor meets a one-person space with
 * a pending invitation.
 */
export async function buildScenario(
  ctx: TestContext,
  modules: readonly MatrixModule[],
  actor: ActorKind,
): Promise<BuiltScenario> {
  const member = await signUp(ctx, { displayName: TARGET_MEMBER_NAME });
  const space = await createSpace(member);
  const invitation = await invite(member);
  const partner = actor === 'partner' ? await signUp(ctx, { displayName: 'Matrix partner' }) : null;
  if (partner) {
    const joined = await partner.client.post('/api/v1/invitations/accept', {
      token: invitation.token,
      role: 'involved',
    });
    expect(joined.status, JSON.stringify(joined.body)).toBe(200);
  }
  const memberId: string = space.members[0].id;
  const records: Record<string, string> = {};
  const hiddenFromPartner: string[] = [];
  const hiddenFromOutsiders: string[] = [space.id, TARGET_MEMBER_NAME];
  for (const module of modules) {
    if (!module.seed) continue;
    const seeded = await module.seed({
      member,
      partner,
      spaceId: space.id,
      memberId,
      db: ctx.database.db,
      newClient: () => ctx.client(),
    });
    Object.assign(records, seeded.records);
    hiddenFromPartner.push(...(seeded.hiddenFromPartner ?? []));
    hiddenFromOutsiders.push(...(seeded.hiddenFromOutsiders ?? []));
  }
  const stranger = await signUp(ctx);
  const other = await signUp(ctx);
  await createSpace(other);
  const therapist = await therapistFor(ctx, actor, member, other);
  const administrator = actor === 'administrator' ? await administratorOf(ctx) : ctx.client();
  return {
    spaceId: space.id,
    invitation,
    memberId,
    records,
    hiddenFromPartner,
    hiddenFromOutsiders,
    clients: {
      signedOut: ctx.client(),
      stranger: stranger.client,
      otherSpaceMember: other.client,
      partner: partner?.client ?? ctx.client(),
      member: member.client,
      consentedTherapist: therapist?.client ?? ctx.client(),
      partlyConsentedTherapist: therapist?.client ?? ctx.client(),
      revokedTherapist: therapist?.client ?? ctx.client(),
      otherTherapist: therapist?.client ?? ctx.client(),
      administrator,
    },
  };
}

const administrators = new WeakMap<TestContext, Promise<TestClient>>();

/**
 * The instance administrator: the test app names one address, so one account per test file,
 * signed up on first use and shared by every administrator cell (it has no space to change).
 */
function administratorOf(ctx: TestContext): Promise<TestClient> {
  let administrator = administrators.get(ctx);
  if (!administrator) {
    administrator = signUp(ctx, {
      email: TEST_ADMIN_EMAIL,
      displayName: 'Matrix administrator',
    }).then((person) => person.client);
    administrators.set(ctx, administrator);
  }
  return administrator;
}

/** What each therapist actor may see of the target space's member (see harness.ts). */
const THERAPIST_CONSENT: Record<Exclude<TherapistActorKind, 'otherTherapist'>, string[][]> = {
  consentedTherapist: [[...EVERY_CATEGORY]],
  partlyConsentedTherapist: [['metrics']],
  revokedTherapist: [[...EVERY_CATEGORY], []],
};

/** The therapist for a therapist actor's cell: linked to the target space, or to another one. */
async function therapistFor(
  ctx: TestContext,
  actor: ActorKind,
  member: SignedUpPerson,
  other: SignedUpPerson,
): Promise<SignedUpPerson | null> {
  if (actor === 'otherTherapist') {
    const therapist = await signUpTherapist(ctx, { displayName: 'Matrix other therapist' });
    await linkTherapist(other, therapist);
    await consent(other, therapist, [...EVERY_CATEGORY]);
    return therapist;
  }
  if (!(actor in THERAPIST_CONSENT)) return null;
  const therapist = await signUpTherapist(ctx, { displayName: 'Matrix therapist' });
  await linkTherapist(member, therapist);
  for (const categories of THERAPIST_CONSENT[actor as keyof typeof THERAPIST_CONSENT]) {
    await consent(member, therapist, categories);
  }
  return therapist;
}

/**
 * Logs that a read is allowed to append to (the audit trail and the access log record who
 * looked); everything else with a couple_id must be exactly as it was.
 */
const READ_LOGS = new Set(['audit_events']);

/** Tables that belong to one person rather than a couple, found through the space's members. */
const PERSONAL_TABLES: readonly { table: string; owner: string }[] = [
  { table: 'users', owner: 'id' },
  { table: 'safety_screens', owner: 'user_id' },
  { table: 'safety_resources', owner: 'user_id' },
  { table: 'journal_keyrings', owner: 'user_id' },
  { table: 'journal_entries', owner: 'owner_user_id' },
  { table: 'notifications', owner: 'recipient_id' },
];

let coupleTables: Promise<string[]> | null = null;

/** Every table with a couple_id column, read from the schema so new features are covered. */
function tablesWithCoupleId(ctx: TestContext): Promise<string[]> {
  coupleTables ??= sql<{ table_name: string }>`
    SELECT table_name FROM information_schema.columns
    WHERE table_schema = 'public' AND column_name = 'couple_id'
    ORDER BY table_name`
    .execute(ctx.database.db)
    .then((result) =>
      result.rows.map((row) => row.table_name).filter((table) => !READ_LOGS.has(table)),
    );
  return coupleTables;
}

/**
 * A fingerprint of everything that belongs to the target space: every couple-owned table's rows
 * for it, its members' personal records, and the instance-wide questionnaire catalogue. The
 * partner's own personal records are left out (their cells may start a journal of their own).
 */
export async function fingerprint(ctx: TestContext, spaceId: string): Promise<string> {
  const parts: string[] = [];
  const db = ctx.database.db;
  const couple = await sql<{ digest: string | null }>`
    SELECT md5(string_agg(c::text, ',')) AS digest FROM couples c WHERE c.id = ${spaceId}`.execute(
    db,
  );
  parts.push(couple.rows[0]?.digest ?? '');
  for (const table of await tablesWithCoupleId(ctx)) {
    const result = await sql<{ digest: string | null }>`
      SELECT md5(string_agg(t::text, ',' ORDER BY t::text)) AS digest
      FROM ${sql.table(table)} t WHERE t.couple_id = ${spaceId}`.execute(db);
    parts.push(`${table}:${result.rows[0]?.digest ?? ''}`);
  }
  for (const { table, owner } of PERSONAL_TABLES) {
    const result = await sql<{ digest: string | null }>`
      SELECT md5(string_agg(t::text, ',' ORDER BY t::text)) AS digest
      FROM ${sql.table(table)} t
      JOIN couples c ON c.created_by = t.${sql.ref(owner)}
      WHERE c.id = ${spaceId}`.execute(db);
    parts.push(`${table}:${result.rows[0]?.digest ?? ''}`);
  }
  const catalogue = await sql<{ digest: string | null }>`
    SELECT md5(string_agg(i::text, ',' ORDER BY i.id, i.version)) AS digest
    FROM imported_instruments i`.execute(db);
  parts.push(catalogue.rows[0]?.digest ?? '');
  return parts.join('|');
}
