import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import type { TestContext } from './context.js';
import { GOOD_PASSWORD, type SignedUpPerson } from './factories.js';

export const THERAPIST_PROFILE = {
  profession: 'Couples therapist',
  licenceNumber: 'UKCP-123456',
  practiceName: 'Harbour Counselling',
};

/** A therapist account, signed up and signed in, in one line. */
export async function signUpTherapist(
  ctx: TestContext,
  overrides: Partial<{ displayName: string; timeZone: string }> = {},
): Promise<SignedUpPerson> {
  const client = ctx.client();
  const email = `therapist-${randomBytes(5).toString('hex')}@example.org`;
  const displayName = overrides.displayName ?? 'Dr Morgan';
  const response = await client.post('/api/v1/therapist-accounts', {
    email,
    password: GOOD_PASSWORD,
    displayName,
    timeZone: overrides.timeZone ?? 'Europe/London',
    ...THERAPIST_PROFILE,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return { client, id: response.body.user.id, email, displayName, password: GOOD_PASSWORD };
}

/** A partner makes a therapist code and the therapist enters it; returns the couple's id. */
export async function linkTherapist(
  partner: SignedUpPerson,
  therapist: SignedUpPerson,
): Promise<string> {
  const invitation = await partner.client.post('/api/v1/space/therapist-invitations');
  expect(invitation.status, JSON.stringify(invitation.body)).toBe(201);
  const linked = await therapist.client.post('/api/v1/therapist/couples', {
    code: invitation.body.code,
  });
  expect(linked.status, JSON.stringify(linked.body)).toBe(201);
  return linked.body.coupleId;
}

export const EVERY_CATEGORY = [
  'metrics',
  'questionnaires',
  'agreements_incidents',
  'program',
  'session_questions',
] as const;

export async function consent(
  partner: SignedUpPerson,
  therapist: SignedUpPerson,
  categories: readonly string[],
): Promise<void> {
  const response = await partner.client.request(
    'PUT',
    `/api/v1/space/therapists/${therapist.id}/consent`,
    { categories },
  );
  expect(response.status, JSON.stringify(response.body)).toBe(200);
}
