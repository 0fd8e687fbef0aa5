import { generate } from 'otplib';
import { expect } from 'vitest';
import type { TestClient } from './client.js';
import type { TestContext } from './context.js';
import type { SignedUpPerson } from './factories.js';

/** The code an authenticator app would show for `secret` at the test clock's `at`. */
export function totpCodeAt(secret: string, at: Date): Promise<string> {
  return generate({ secret, epoch: Math.floor(at.getTime() / 1000) });
}

/**
 * Turns on authenticator codes for the person, as the settings page does: password, then a
 * code from the app. Returns the app's secret and the recovery codes shown once. The test clock
 * moves on a step afterwards, so the next code is a fresh one (each code works once).
 */
export async function enableTotp(
  ctx: TestContext,
  person: SignedUpPerson,
): Promise<{ secret: string; recoveryCodes: string[] }> {
  const setup = await person.client.post('/api/v1/me/totp/setup', { password: person.password });
  expect(setup.status, JSON.stringify(setup.body)).toBe(200);
  const code = await totpCodeAt(setup.body.secret, ctx.clock.now());
  const confirmed = await person.client.post('/api/v1/me/totp/confirm', { code });
  expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
  ctx.clock.advance(30_000);
  return { secret: setup.body.secret, recoveryCodes: confirmed.body.recoveryCodes };
}

/** Step one of signing in; returns the pending token when a second step is asked for. */
export async function passwordStep(
  client: TestClient,
  person: { email: string; password: string },
): Promise<string> {
  const response = await client.post('/api/v1/sessions', {
    email: person.email,
    password: person.password,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(202);
  return response.body.secondFactor.token as string;
}
