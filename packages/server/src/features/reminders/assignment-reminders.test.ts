import { defaultReminderPreferences } from '@amend/core';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_ADMIN_EMAIL, useTestContext } from '../../test-support/context.js';
import { linkedCouple, signUp } from '../../test-support/factories.js';
import { steadinessQuestionnaire } from '../../test-support/fhir-fixtures.js';
import {
  consent,
  EVERY_CATEGORY,
  linkTherapist,
  signUpTherapist,
} from '../../test-support/therapists.js';
import { saveReminderPreferences } from './preferences-store.js';
import { type FirePayload, reminderJobKey } from './scheduling.js';
import { fireReminder } from './tasks.js';

const ctx = useTestContext();
afterEach(() => ctx.clock.reset());

/** The queued reminder for the assignment: when it runs and what it carries. */
async function queued(userId: string, assignmentId: string) {
  const key = reminderJobKey(userId, 'questionnaire_due', assignmentId);
  const { rows } = await sql<{ run_at: Date; payload: FirePayload }>`
    SELECT run_at, payload FROM graphile_worker._private_jobs WHERE key = ${key}`.execute(
    ctx.database.db,
  );
  const job = rows[0];
  if (!job) throw new Error('no reminder queued');
  return job;
}

/** What the worker does when the job's time comes (run here at a chosen moment). */
async function runAt(userId: string, assignmentId: string) {
  const job = await queued(userId, assignmentId);
  await fireReminder(ctx.database.db, job.payload, job.run_at);
  return job;
}

async function remindersSent(userId: string) {
  const rows = await ctx.database.db
    .selectFrom('outbound_messages')
    .select('occurrence')
    .where('user_id', '=', userId)
    .where('topic', '=', 'reminder:questionnaire_due')
    .orderBy('created_at')
    .execute();
  return rows.map((row) => row.occurrence);
}

/**
 * The instance's administrator, who offers the steadiness check for everyone: once per test
 * database, which this file's tests share.
 */
let offered: ReturnType<typeof signUpAndOffer> | null = null;
async function signUpAndOffer() {
  const admin = await signUp(ctx, { email: TEST_ADMIN_EMAIL, displayName: 'Ops' });
  const imported = await admin.client.post('/api/v1/instruments', {
    questionnaire: steadinessQuestionnaire(),
    overrides: { cadence: 'as-needed', respondent: 'any', reliability: 0.8, normSd: 3 },
  });
  expect(imported.status, JSON.stringify(imported.body)).toBe(201);
  return admin;
}
const offerSteadinessCheck = () => {
  offered ??= signUpAndOffer();
  return offered;
};

/**
 * A couple linked to a therapist who may see everything, with Alex reminded of questionnaires by
 * e-mail at any hour.
 */
async function coupleAskedByTherapist() {
  const { creator: alex, space } = await linkedCouple(ctx);
  const therapist = await signUpTherapist(ctx);
  const coupleId = await linkTherapist(alex, therapist);
  await consent(alex, therapist, [...EVERY_CATEGORY]);
  const defaults = defaultReminderPreferences('UTC');
  await saveReminderPreferences(
    ctx.database.db,
    alex.id,
    {
      ...defaults,
      quietHours: null,
      channels: { ...defaults.channels, questionnaire_due: { email: true, push: false } },
    },
    new Date(),
  );
  return { alex, space, therapist, coupleId };
}

describe('reminders for a weekly questionnaire a therapist assigned', () => {
  it('remind on the day each recurrence opens, once each, and stop when sharing stops', async () => {
    await offerSteadinessCheck();
    const { alex, space, therapist, coupleId } = await coupleAskedByTherapist();

    ctx.clock.set(new Date('2026-12-07T06:00:00Z'));
    const assigned = await therapist.client.post(
      `/api/v1/therapist/couples/${coupleId}/assignments`,
      {
        memberId: space.members[0].id,
        instrumentId: 'steadiness-check',
        schedule: 'weekly',
        startsOn: '2026-12-08',
      },
    );
    expect(assigned.status, JSON.stringify(assigned.body)).toBe(201);
    const id: string = assigned.body.id;

    // The day it starts, at the person's time for date reminders (09:00 by default).
    const first = await runAt(alex.id, id);
    expect(first.run_at.toISOString()).toBe('2026-12-08T09:00:00.000Z');
    expect(await remindersSent(alex.id)).toEqual([`${id}:2026-12-08`]);
    // The job comes back a week on; running the same moment again sends nothing more.
    expect((await queued(alex.id, id)).payload.dueOn).toBe('2026-12-15');
    await fireReminder(ctx.database.db, first.payload, first.run_at);
    expect(await remindersSent(alex.id)).toHaveLength(1);

    // Answered on the 10th, it opens again on the 17th: the check on the 15th moves there.
    ctx.clock.set(new Date('2026-12-10T18:00:00Z'));
    const answered = await alex.client.post('/api/v1/questionnaires/steadiness-check/responses', {
      answers: { c1: 'a2', c2: 'a2', t1: 'a3', t2: 'a3' },
    });
    expect(answered.status, JSON.stringify(answered.body)).toBe(201);
    const early = await runAt(alex.id, id);
    expect(early.run_at.toISOString()).toBe('2026-12-15T09:00:00.000Z');
    expect(await remindersSent(alex.id)).toHaveLength(1);
    const reopening = await runAt(alex.id, id);
    expect(reopening.run_at.toISOString()).toBe('2026-12-17T09:00:00.000Z');
    expect(await remindersSent(alex.id)).toEqual([`${id}:2026-12-08`, `${id}:2026-12-17`]);

    // Not answered again: a week later it is still the same opening, so nothing new is sent.
    await runAt(alex.id, id);
    expect(await remindersSent(alex.id)).toHaveLength(2);

    // Alex stops sharing questionnaires with the therapist: the asking, and its reminders, stop.
    await consent(alex, therapist, ['metrics']);
    ctx.clock.set(new Date('2027-01-01T06:00:00Z'));
    const last = await queued(alex.id, id);
    await fireReminder(ctx.database.db, last.payload, new Date('2027-01-01T09:00:00Z'));
    expect(await remindersSent(alex.id)).toHaveLength(2);
  });

  it('stop when an administrator retires the questionnaire, and a one-time request stops with sharing', async () => {
    const admin = await offerSteadinessCheck();
    const { alex, space, therapist, coupleId } = await coupleAskedByTherapist();
    ctx.clock.set(new Date('2026-12-07T06:00:00Z'));
    const ask = async (instrumentId: string, schedule: 'once' | 'weekly') => {
      const assigned = await therapist.client.post(
        `/api/v1/therapist/couples/${coupleId}/assignments`,
        { memberId: space.members[0].id, instrumentId, schedule, startsOn: '2026-12-08' },
      );
      expect(assigned.status, JSON.stringify(assigned.body)).toBe(201);
      return assigned.body.id as string;
    };
    const weekly = await ask('steadiness-check', 'weekly');
    const once = await ask('amend-trust', 'once');

    // The administrator stops offering the questionnaire before the day it opens.
    const retired = await admin.client.post('/api/v1/instruments/steadiness-check/retire');
    expect(retired.status).toBe(204);
    await runAt(alex.id, weekly);
    expect(await remindersSent(alex.id)).toEqual([]);
    const asked = await therapist.client.get(`/api/v1/therapist/couples/${coupleId}/assignments`);
    expect(asked.body.assignments.map((a: { id: string }) => a.id)).toEqual([once]);

    // Alex stops sharing questionnaires: the one-time request is not reminded either.
    await consent(alex, therapist, ['metrics']);
    await runAt(alex.id, once);
    expect(await remindersSent(alex.id)).toEqual([]);
  });
});
