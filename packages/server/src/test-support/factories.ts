import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import type { TestClient } from './client.js';
import type { TestContext } from './context.js';

export const GOOD_PASSWORD = 'quiet harbour lanterns';

export interface SignedUpPerson {
  readonly client: TestClient;
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly password: string;
}

/** A new person, signed up and signed in, in one line. */
export async function signUp(
  ctx: TestContext,
  overrides: Partial<{ displayName: string; timeZone: string; email: string }> = {},
): Promise<SignedUpPerson> {
  const client = ctx.client();
  const email = overrides.email ?? `person-${randomBytes(5).toString('hex')}@example.org`;
  const displayName = overrides.displayName ?? 'Robin';
  const response = await client.post('/api/v1/accounts', {
    email,
    password: GOOD_PASSWORD,
    displayName,
    timeZone: overrides.timeZone ?? 'Europe/London',
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return { client, id: response.body.user.id, email, displayName, password: GOOD_PASSWORD };
}

export async function createSpace(
  person: SignedUpPerson,
  role = 'hurt',
  cameToLightOn = '2026-01-15',
) {
  const response = await person.client.post('/api/v1/space', {
    relationshipType: 'marriage',
    role,
    cameToLightOn,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body.space;
}

export async function invite(
  person: SignedUpPerson,
): Promise<{ id: string; code: string; token: string }> {
  const response = await person.client.post('/api/v1/space/invitations');
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  const { id, code, link } = response.body.invitation;
  return { id, code, token: new URL(link).pathname.split('/').at(-1) ?? '' };
}

/** Two people who share one recovery space: the one who created it and the one who joined. */
export async function linkedCouple(ctx: TestContext) {
  const creator = await signUp(ctx, { displayName: 'Alex' });
  await createSpace(creator, 'hurt');
  const { token } = await invite(creator);
  const partner = await signUp(ctx, { displayName: 'Sam' });
  const accepted = await partner.client.post('/api/v1/invitations/accept', {
    token,
    role: 'involved',
  });
  expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
  return { creator, partner, space: accepted.body.space };
}

/** The member id of the person's place in the space they are in now. */
export async function memberIdOf(ctx: TestContext, userId: string): Promise<string> {
  const row = await ctx.database.db
    .selectFrom('couple_members')
    .select('id')
    .where('user_id', '=', userId)
    .where('left_at', 'is', null)
    .executeTakeFirstOrThrow();
  return row.id;
}
