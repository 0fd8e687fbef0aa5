import { AMEND_SAFETY_SCREEN, SAFETY_SELF_HARM_ITEM } from '@amend/core';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { TestClient } from '../../test-support/client.js';
import { useTestContext } from '../../test-support/context.js';
import { linkedCouple } from '../../test-support/factories.js';

/**
 * The promise the safety screen rests on: a partner cannot tell whether the other took it or what
 * it said. Every page of data the partner can ask for must read exactly the same before and after.
 */
const ctx = useTestContext();

const EVERY_ANSWER_YES = Object.fromEntries(
  AMEND_SAFETY_SCREEN.items.map((item) => [item.id, 'yes']),
);

/**
 * Answers that change on every request whatever anyone else does: a fresh CSRF token, and the
 * partner's own data export (stamped with the time it was made, and itself written to their
 * access log, so reading it would change the log this test compares).
 */
const ALWAYS_FRESH = new Set(['GET /api/v1/csrf-token', 'GET /api/v1/me/export']);

/** Every GET the app serves that needs no id: all that a signed-in partner can simply ask for. */
function partnerVisibleReads(): string[] {
  return ctx.app.registeredRoutes
    .filter((route) => route.startsWith('GET /api/v1/') && !route.includes(':'))
    .filter((route) => !ALWAYS_FRESH.has(route))
    .map((route) => route.slice('GET '.length));
}

async function everythingThePartnerSees(partner: TestClient): Promise<Record<string, string>> {
  const seen: Record<string, string> = {};
  for (const url of partnerVisibleReads()) {
    const response = await partner.get(url);
    seen[url] = `${response.status} ${JSON.stringify(response.body)}`;
  }
  return seen;
}

/**
 * The couple's shared rows, and every audit event that concerns the couple or the partner, except
 * the partner's own reading (the access log records each view, including this test's).
 */
async function sharedTraces(coupleId: string, partnerId: string) {
  const { rows } = await sql<{ digest: string; audit: string }>`
    SELECT
      md5(concat_ws('|',
        (SELECT string_agg(c::text, ',') FROM couples c WHERE c.id = ${coupleId}),
        (SELECT string_agg(m::text, ',' ORDER BY m.id) FROM couple_members m WHERE m.couple_id = ${coupleId}),
        (SELECT string_agg(k::text, ',' ORDER BY k.id) FROM checkins k WHERE k.couple_id = ${coupleId}),
        (SELECT string_agg(q::text, ',' ORDER BY q.id) FROM questionnaire_responses q WHERE q.couple_id = ${coupleId})
      )) AS digest,
      (SELECT coalesce(string_agg(a.action || ' ' || a.details::text, ',' ORDER BY a.id), '')
        FROM audit_events a
        WHERE (a.couple_id = ${coupleId} OR a.subject_user_id = ${partnerId})
          AND a.actor_user_id IS DISTINCT FROM ${partnerId}) AS audit`.execute(ctx.database.db);
  return rows[0];
}

describe('a partner cannot tell whether the safety check was taken', () => {
  it('every page the partner can read, the couple’s records, the audit trail and the mail stay exactly the same', async () => {
    const { creator, partner, space } = await linkedCouple(ctx);
    // Something shared already exists, so the partner's pages are not all empty.
    await creator.client.post('/api/v1/checkins', {
      trust: 4,
      closeness: 5,
      honestConversations: 1,
      mood: 'low',
      noteVisibility: 'private',
    });
    const mailBefore = ctx.smtp.received.length;
    const before = await everythingThePartnerSees(partner.client);
    const tracesBefore = await sharedTraces(space.id, partner.id);

    const taken = await creator.client.post('/api/v1/safety/screens', {
      answers: { ...EVERY_ANSWER_YES, [SAFETY_SELF_HARM_ITEM]: 'yes' },
    });
    expect(taken.body.screen).toMatchObject({ status: 'concern', selfHarm: true });
    await creator.client.request('PUT', `/api/v1/safety/screens/${taken.body.screen.id}/sharing`, {
      sharedWithTherapist: true,
    });
    await creator.client.post('/api/v1/safety/resources', {
      name: 'Local support line',
      contact: 'https://example.org/help',
    });
    await creator.client.request('PUT', '/api/v1/me/preferences', { discreetMode: true });

    expect(Object.keys(before).length).toBeGreaterThan(8);
    expect(await everythingThePartnerSees(partner.client)).toEqual(before);
    expect(await sharedTraces(space.id, partner.id)).toEqual(tracesBefore);
    expect(ctx.smtp.received.length).toBe(mailBefore);
  });
});
