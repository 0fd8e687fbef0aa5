import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../test-support/context.js';
import { linkedCouple, memberIdOf } from '../../test-support/factories.js';
import {
  consent,
  EVERY_CATEGORY,
  linkTherapist,
  signUpTherapist,
} from '../../test-support/therapists.js';

const ctx = useTestContext();
const DAY = 24 * 3_600_000;

async function queued(key: string): Promise<boolean> {
  const { rows } = await sql`SELECT 1 FROM graphile_worker.jobs WHERE key = ${key}`.execute(
    ctx.database.db,
  );
  return rows.length > 0;
}

/** Alex and Sam with Dr Morgan, who books a couple session and one with Alex alone. */
async function coupleWithAppointments() {
  const { creator: alex, partner: sam } = await linkedCouple(ctx);
  const therapist = await signUpTherapist(ctx, { displayName: 'Dr Morgan' });
  const coupleId = await linkTherapist(alex, therapist);
  await consent(alex, therapist, EVERY_CATEGORY);
  await consent(sam, therapist, EVERY_CATEGORY);
  const [alexMember, samMember] = [await memberIdOf(ctx, alex.id), await memberIdOf(ctx, sam.id)];
  const book = async (kind: 'couple' | 'individual', invitees: string[], inDays: number) => {
    const booked = await therapist.client.post(
      `/api/v1/therapist/couples/${coupleId}/appointments`,
      { startsAt: new Date(Date.now() + inDays * DAY).toISOString(), kind, invitees },
    );
    expect(booked.status, JSON.stringify(booked.body)).toBe(201);
    return booked.body.id as string;
  };
  const together = await book('couple', [alexMember, samMember], 3);
  const alone = await book('individual', [alexMember], 5);
  return { alex, sam, therapist, coupleId, together, alone };
}

describe('appointments with the therapist', () => {
  it('each partner sees those they are expected at, never the other’s individual ones', async () => {
    const { alex, sam, together, alone } = await coupleWithAppointments();
    const mine = (await alex.client.get('/api/v1/appointments')).body.appointments;
    expect(mine).toEqual([
      expect.objectContaining({
        id: together,
        kind: 'couple',
        therapistName: 'Dr Morgan',
        cancelled: false,
      }),
      expect.objectContaining({ id: alone, kind: 'individual', cancelled: false }),
    ]);
    const theirs = await sam.client.get('/api/v1/appointments');
    expect(theirs.body.appointments.map((a: { id: string }) => a.id)).toEqual([together]);
    expect(JSON.stringify(theirs.body)).not.toContain(alone);
  });

  it('the therapist cancels one: both see it cancelled, are told, and are no longer reminded', async () => {
    const { alex, sam, therapist, coupleId, together } = await coupleWithAppointments();
    // Reminded a day ahead by default: queued now, gone once cancelled.
    expect(await queued(`reminder:${alex.id}:therapy_session:${together}`)).toBe(true);
    const path = `/api/v1/therapist/couples/${coupleId}/appointments/${together}/cancel`;
    const cancelled = await therapist.client.post(path);
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(204);
    for (const partner of [alex, sam]) {
      const listed = (await partner.client.get('/api/v1/appointments')).body.appointments;
      expect(listed.find((a: { id: string }) => a.id === together)).toMatchObject({
        cancelled: true,
      });
      const updates = (await partner.client.get('/api/v1/notifications')).body.notifications;
      expect(updates[0]).toMatchObject({
        kind: 'appointment.cancelled',
        subject: { type: 'appointment', id: together },
        actorName: 'Dr Morgan',
      });
      expect(await queued(`reminder:${partner.id}:therapy_session:${together}`)).toBe(false);
    }
    // The therapist's own list of what is coming leaves it out.
    const sessions = await therapist.client.get(`/api/v1/therapist/couples/${coupleId}/sessions`);
    expect(sessions.body.appointments.map((a: { id: string }) => a.id)).not.toContain(together);

    const again = await therapist.client.post(path);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('APPOINTMENT_CLOSED');
    expect(again.body.detail).toContain('already cancelled');
  });

  it('only the therapist who booked it can cancel it, and only before it begins', async () => {
    const { alex, therapist, coupleId, alone } = await coupleWithAppointments();
    const path = `/api/v1/therapist/couples/${coupleId}/appointments/${alone}/cancel`;
    const other = await signUpTherapist(ctx, { displayName: 'Dr Other' });
    expect((await other.client.post(path)).status).toBe(404);
    expect((await alex.client.post(path)).status).toBe(404);
    const unknown = `/api/v1/therapist/couples/${coupleId}/appointments/0190a8b2-7c1e-7abc-9def-0123456789ab/cancel`;
    expect((await therapist.client.post(unknown)).status).toBe(404);

    ctx.clock.advance(6 * DAY);
    const late = await therapist.client.post(path);
    expect(late.status).toBe(409);
    expect(late.body.detail).toContain('already begun');
    ctx.clock.reset();
    const stored = await ctx.database.db
      .selectFrom('therapist_appointments')
      .select('cancelled_at')
      .where('id', '=', alone)
      .executeTakeFirstOrThrow();
    expect(stored.cancelled_at).toBeNull();
  });

  it('a couple session is with both partners, an individual one with one of them', async () => {
    const { alex, sam, therapist, coupleId } = await coupleWithAppointments();
    const both = [await memberIdOf(ctx, alex.id), await memberIdOf(ctx, sam.id)];
    const book = (kind: string, invitees: string[]) =>
      therapist.client.post(`/api/v1/therapist/couples/${coupleId}/appointments`, {
        startsAt: new Date(Date.now() + 2 * DAY).toISOString(),
        kind,
        invitees,
      });
    const half = await book('couple', both.slice(0, 1));
    expect(half.status).toBe(400);
    expect(JSON.stringify(half.body)).toContain('with both partners');
    const twoAlone = await book('individual', both);
    expect(twoAlone.status).toBe(400);
    expect(JSON.stringify(twoAlone.body)).toContain('with one partner');
  });

  it('cancelling an individual session tells only its partner, in updates and access log', async () => {
    const { alex, sam, therapist, coupleId, alone } = await coupleWithAppointments();
    const path = `/api/v1/therapist/couples/${coupleId}/appointments/${alone}/cancel`;
    expect((await therapist.client.post(path)).status).toBe(204);
    const told = async (userId: string) =>
      (
        await ctx.database.db
          .selectFrom('notifications')
          .select('id')
          .where('recipient_id', '=', userId)
          .where('kind', '=', 'appointment.cancelled')
          .execute()
      ).length;
    expect(await told(alex.id)).toBe(1);
    expect(await told(sam.id)).toBe(0);
    const logged = await ctx.database.db
      .selectFrom('audit_events')
      .select(['subject_user_id', 'details'])
      .where('actor_user_id', '=', therapist.id)
      .where('action', '=', 'record.changed')
      .execute();
    expect(logged).toEqual([
      { subject_user_id: alex.id, details: { kind: 'therapy_sessions', ids: [alone] } },
    ]);
    expect(await queued(`reminder:${alex.id}:therapy_session:${alone}`)).toBe(false);
    // Sam's list never showed it, and does not now.
    const samsList = await sam.client.get('/api/v1/appointments');
    expect(JSON.stringify(samsList.body)).not.toContain(alone);
  });

  it('calendar feeds follow the same rule, and mark a cancelled session', async () => {
    const { alex, sam, therapist, coupleId, together, alone } = await coupleWithAppointments();
    const feedOf = async (client: typeof alex.client) => {
      const link = await client.post('/api/v1/me/calendar-link');
      const path = new URL(link.body.url).pathname;
      return async () => (await ctx.client().get(path)).rawBody.toString('utf8');
    };
    const [alexFeed, samFeed] = [await feedOf(alex.client), await feedOf(sam.client)];
    expect(await alexFeed()).toContain(`UID:appointment-${alone}@amend`);
    const samsBefore = await samFeed();
    expect(samsBefore).toContain(`UID:appointment-${together}@amend`);
    expect(samsBefore).not.toContain(alone);
    await therapist.client.post(
      `/api/v1/therapist/couples/${coupleId}/appointments/${together}/cancel`,
    );
    const samsAfter = await samFeed();
    const event = samsAfter.slice(samsAfter.indexOf(`UID:appointment-${together}@amend`));
    expect(event.slice(0, event.indexOf('END:VEVENT'))).toContain('STATUS:CANCELLED');
  });
});
