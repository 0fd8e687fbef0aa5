import { AMEND_TRUST } from '@amend/core';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../test-support/context.js';
import { linkedCouple } from '../../test-support/factories.js';

const ctx = useTestContext();

async function anyEventId(): Promise<string> {
  const { creator } = await linkedCouple(ctx);
  const row = await ctx.database.db
    .selectFrom('audit_events')
    .select('id')
    .where('subject_user_id', '=', creator.id)
    .executeTakeFirstOrThrow();
  return row.id;
}

describe('the audit trail', () => {
  it('refuses UPDATE from the app’s own database role', async () => {
    const id = await anyEventId();
    await expect(
      sql`UPDATE audit_events SET action = 'account.created' WHERE id = ${id}`.execute(
        ctx.database.db,
      ),
    ).rejects.toThrow(/audit_events is append-only/);
    await expect(
      sql`UPDATE audit_events SET actor_user_id = NULL WHERE id = ${id}`.execute(ctx.database.db),
    ).rejects.toThrow(/audit_events is append-only/);
  });

  it('refuses DELETE from the app’s own database role, one row or all', async () => {
    const id = await anyEventId();
    await expect(
      sql`DELETE FROM audit_events WHERE id = ${id}`.execute(ctx.database.db),
    ).rejects.toThrow(/audit_events is append-only/);
    await expect(sql`DELETE FROM audit_events`.execute(ctx.database.db)).rejects.toThrow(
      /audit_events is append-only/,
    );
    const still = await ctx.database.db
      .selectFrom('audit_events')
      .select('id')
      .where('id', '=', id)
      .execute();
    expect(still).toHaveLength(1);
  });

  it('even while anonymising, allows only blanking who and where, never what or when', async () => {
    const id = await anyEventId();
    const anonymising = (statement: ReturnType<typeof sql>) =>
      ctx.database.db.transaction().execute(async (trx) => {
        await sql`SELECT set_config('amend.audit_anonymise', 'on', true)`.execute(trx);
        await statement.execute(trx);
      });
    for (const change of [
      sql`UPDATE audit_events SET action = 'account.deleted' WHERE id = ${id}`,
      sql`UPDATE audit_events SET occurred_at = now() - interval '1 year' WHERE id = ${id}`,
      sql`UPDATE audit_events SET details = '{"kind":"forged"}'::jsonb WHERE id = ${id}`,
      sql`UPDATE audit_events SET actor_user_id = gen_random_uuid() WHERE id = ${id}`,
      sql`DELETE FROM audit_events WHERE id = ${id}`,
    ]) {
      await expect(anonymising(change)).rejects.toThrow(/audit_events is append-only/);
    }
    await anonymising(
      sql`UPDATE audit_events SET actor_user_id = NULL, subject_user_id = NULL, ip_address = NULL,
        user_agent = NULL, couple_id = NULL, details = '{}'::jsonb WHERE id = ${id}`,
    );
    const row = await ctx.database.db
      .selectFrom('audit_events')
      .select(['actor_user_id', 'action'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.actor_user_id).toBeNull();
    // Outside that transaction the setting is off again.
    await expect(
      sql`UPDATE audit_events SET ip_address = NULL WHERE id = ${id}`.execute(ctx.database.db),
    ).rejects.toThrow(/audit_events is append-only/);
  });

  it('holds no record content, answers or e-mail addresses after a full flow', async () => {
    const { creator, partner } = await linkedCouple(ctx);
    const note = 'The walk by the river helped a little';
    const description = 'He wrote to her again on Tuesday night';
    const context = 'I told Alex before being asked';
    await creator.client.post('/api/v1/checkins', {
      trust: 3,
      closeness: 4,
      honestConversations: 1,
      mood: 'low',
      note,
      noteVisibility: 'partner',
    });
    const answers = Object.fromEntries(
      AMEND_TRUST.items.map((item) => [item.id, 'strongly_disagree']),
    );
    await creator.client.post('/api/v1/questionnaires/amend-trust/responses', { answers });
    const incident = await partner.client.post('/api/v1/incidents', {
      kind: 'contact',
      disclosure: 'proactive',
      about: 'self',
      occurredOn: '2026-10-01',
      description,
    });
    await partner.client.post(`/api/v1/incidents/${incident.body.id}/notes`, { text: context });
    for (const path of ['/api/v1/checkins', '/api/v1/incidents', '/api/v1/progress']) {
      await partner.client.get(path);
      await creator.client.get(path);
    }
    await creator.client.get('/api/v1/me/export');
    await creator.client.post('/api/v1/space/leave', { sharedRecords: 'withdraw' });

    const rows = await ctx.database.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('subject_user_id', 'in', [creator.id, partner.id])
      .execute();
    expect(rows.map((row) => row.action)).toEqual(
      expect.arrayContaining(['record.viewed', 'data.exported', 'space.left']),
    );
    const details = JSON.stringify(rows.map((row) => row.details));
    for (const secret of [note, description, context, creator.email, partner.email, 'disagree']) {
      expect(details).not.toContain(secret);
    }
    expect(details).not.toContain('@');
  });
});
