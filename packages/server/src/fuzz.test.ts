import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TestClient } from './test-support/client.js';
import { useTestContext } from './test-support/context.js';
import { createSpace, invite, signUp } from './test-support/factories.js';
import { type MalformedCase, malformedCases } from './test-support/malformed-requests.js';

/**
 * Thousands of malformed requests, to every route in the OpenAPI document, signed out and as a
 * member of a space. Whatever arrives, the answer is a 4xx problem or a success: never a 5xx.
 */
const ctx = useTestContext();

const RANDOM_BODIES_PER_ROUTE = 100;
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

async function memberWithRecords() {
  const member = await signUp(ctx);
  await createSpace(member);
  const invitation = await invite(member);
  const checkin = await member.client.post('/api/v1/checkins', {
    trust: 4,
    closeness: 4,
    honestConversations: 1,
    mood: 'okay',
    noteVisibility: 'private',
  });
  const incident = await member.client.post('/api/v1/incidents', {
    kind: 'contact',
    disclosure: 'proactive',
    occurredOn: '2026-10-01',
    about: 'self',
  });
  return {
    client: member.client,
    ids: {
      invitationId: invitation.id,
      checkinId: checkin.body.checkin.id as string,
      incidentId: incident.body.id as string,
      instrumentId: 'amend-trust',
      responseId: '0190a8b2-7c1e-7abc-9def-0123456789ab',
    },
  };
}

async function send(client: TestClient, method: string, request: MalformedCase) {
  const upper = method.toUpperCase() as 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  if (request.raw) {
    return client.request(upper, request.path, request.raw.payload, {
      'content-type': request.raw.contentType,
    });
  }
  return client.request(upper, request.path, upper === 'GET' ? undefined : request.body);
}

describe('malformed requests', () => {
  it('never get a 5xx from any route in the OpenAPI document', { timeout: 600_000 }, async () => {
    const document = ctx.app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const failures: string[] = [];
    let sent = 0;
    const randomBodies = fc.sample(fc.jsonValue(), {
      numRuns: RANDOM_BODIES_PER_ROUTE,
      seed: 20261122,
    });

    for (const [pathTemplate, operations] of Object.entries(document.paths)) {
      for (const method of METHODS) {
        const operation = operations[method];
        if (!operation) continue;
        const member = await memberWithRecords();
        const cases = [
          ...malformedCases(pathTemplate, operation, document, member.ids),
          ...randomBodies.map((body, index) => ({
            description: `random body #${index}`,
            path: pathTemplate.replace(/\{([^}]+)\}/g, (_m, name: string) =>
              name in member.ids ? member.ids[name as keyof typeof member.ids] : 'x',
            ),
            body,
          })),
        ];
        for (const [index, request] of cases.entries()) {
          // Alternate between a stranger and the member, with a fresh stranger now and then so
          // per-address rate limits do not hide the deeper paths.
          const client = index % 2 === 0 ? member.client : ctx.client();
          const response = await send(client, method, request);
          sent += 1;
          if (response.status >= 500) {
            failures.push(
              `${method.toUpperCase()} ${pathTemplate} [${request.description}] → ${response.status} ${JSON.stringify(response.body).slice(0, 200)}`,
            );
          }
        }
      }
    }
    expect(sent).toBeGreaterThan(5000);
    expect(failures, failures.slice(0, 30).join('\n')).toEqual([]);
  });

  it('refuses a null character with a clear message and stores nothing', async () => {
    const member = await memberWithRecords();
    const before = await member.client.get(`/api/v1/checkins`);
    const refused = await member.client.request('PUT', `/api/v1/checkins/${member.ids.checkinId}`, {
      trust: 9,
      closeness: 4,
      honestConversations: 1,
      mood: 'okay',
      note: 'fine\u0000',
      noteVisibility: 'private',
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([
      {
        field: 'note',
        message: 'This text contains a null character (U+0000), which cannot be stored. Remove it.',
      },
    ]);
    expect((await member.client.get('/api/v1/checkins')).body).toEqual(before.body);
  });
});
