import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { AmendDb } from '../../db/database.js';
import { eraseAgreementsInSpaces, eraseAgreementsOf } from '../agreements/erase.js';
import { eraseQueuedJobsOf } from '../reminders/erase.js';

/**
 * Removes every row of one person, in the caller's transaction. Rows that only point at them
 * are removed here; the rest go with the users row through ON DELETE CASCADE (sessions, resets,
 * memberships, check-ins, questionnaire responses, journal, safety screens, sign-in methods).
 * Spaces left with nobody in them, and the space of withdrawn records, go too.
 */
export async function eraseAccount(trx: AmendDb, userId: string, at: Date): Promise<void> {
  await eraseQueuedJobsOf(trx, userId);
  const memberships = await trx
    .selectFrom('couple_members')
    .select(['couple_id', 'id'])
    .where('user_id', '=', userId)
    .execute();
  const memberIds = memberships.map((membership) => membership.id);
  const created = await trx
    .selectFrom('couples')
    .select('id')
    .where('created_by', '=', userId)
    .execute();
  const touchedSpaces = [
    ...new Set([...memberships.map((row) => row.couple_id), ...created.map((row) => row.id)]),
  ];

  // Incidents they reported, with every correction and every note on them (whoever wrote it),
  // and notes they added to anyone's incident.
  await sql`
    DELETE FROM incident_notes n USING incidents i
    WHERE i.couple_id = n.couple_id AND i.id = n.incident_id AND i.reported_by = ${userId}`.execute(
    trx,
  );
  await trx.deleteFrom('incident_notes').where('author_id', '=', userId).execute();
  await sql`
    DELETE FROM incident_versions v USING incidents i
    WHERE i.couple_id = v.couple_id AND i.id = v.incident_id AND i.reported_by = ${userId}`.execute(
    trx,
  );
  await trx.deleteFrom('incidents').where('reported_by', '=', userId).execute();

  // Sessions they recorded; and their attendance in sessions others recorded, where a session
  // only they attended goes with them.
  await trx.deleteFrom('therapy_sessions').where('recorded_by', '=', userId).execute();
  if (memberIds.length > 0) {
    await sql`
      UPDATE therapy_sessions
      SET attendees = ARRAY(SELECT a FROM unnest(attendees) AS a WHERE a <> ALL(${memberIds}::uuid[]))
      WHERE attendees && ${memberIds}::uuid[]
        AND NOT (attendees <@ ${memberIds}::uuid[])`.execute(trx);
    await sql`DELETE FROM therapy_sessions WHERE attendees <@ ${memberIds}::uuid[]`.execute(trx);
  }
  await trx.deleteFrom('invitations').where('invited_by', '=', userId).execute();
  await eraseAgreementsOf(trx, userId);

  await anonymiseAuditEvents(trx, userId, at);
  await trx.deleteFrom('users').where('id', '=', userId).execute();

  // A space nobody belongs to any more can never be seen again: remove it with what is left
  // in it (invitations nobody can use; after the person's own rows, nothing else).
  if (touchedSpaces.length > 0) {
    const empty = await trx
      .selectFrom('couples as c')
      .select('c.id')
      .where('c.id', 'in', touchedSpaces)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('couple_members as m')
              .select('m.id')
              .whereRef('m.couple_id', '=', 'c.id'),
          ),
        ),
      )
      .execute();
    const emptyIds = empty.map((row) => row.id);
    if (emptyIds.length > 0) {
      await trx.deleteFrom('invitations').where('couple_id', 'in', emptyIds).execute();
      await eraseAgreementsInSpaces(trx, emptyIds);
      // Spaces someone withdrew their records into from these stop naming them, as the foreign
      // key's ON DELETE SET NULL did before it was dropped for distribution (migration 0018).
      await trx
        .updateTable('couples')
        .set({ withdrawn_from: null })
        .where('withdrawn_from', 'in', emptyIds)
        .execute();
      await trx.deleteFrom('couples').where('id', 'in', emptyIds).execute();
    }
  }
}

/**
 * The audit trail keeps that things happened, never to whom: every event the person took part in
 * loses the columns that point at a person (their id, the space, the address, the browser and the
 * details), and one stub records that an account was deleted, dated to the day, with nothing
 * else. The trigger allows exactly this, and only while amend.audit_anonymise is on in this
 * transaction (migration 0009).
 */
async function anonymiseAuditEvents(trx: AmendDb, userId: string, at: Date): Promise<void> {
  await sql`SELECT set_config('amend.audit_anonymise', 'on', true)`.execute(trx);
  await sql`
    UPDATE audit_events
    SET actor_user_id = CASE WHEN actor_user_id = ${userId} THEN NULL ELSE actor_user_id END,
        subject_user_id = CASE WHEN subject_user_id = ${userId} THEN NULL ELSE subject_user_id END,
        couple_id = NULL,
        ip_address = NULL,
        user_agent = NULL,
        details = '{}'::jsonb
    WHERE actor_user_id = ${userId} OR subject_user_id = ${userId}`.execute(trx);
  await sql`SELECT set_config('amend.audit_anonymise', 'off', true)`.execute(trx);
  const day = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  await trx
    .insertInto('audit_events')
    .values({
      // A random (v4) id: a time-ordered one would carry the exact moment the day hides.
      id: randomUUID(),
      occurred_at: day,
      actor_user_id: null,
      subject_user_id: null,
      couple_id: null,
      action: 'account.deleted',
      ip_address: null,
      user_agent: null,
      details: '{}',
    })
    .execute();
}
