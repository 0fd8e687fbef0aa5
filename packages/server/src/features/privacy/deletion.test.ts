import { randomBytes } from 'node:crypto';
import { AMEND_SAFETY_SCREEN, AMEND_TRUST, defaultReminderPreferences } from '@amend/core';
import { describe, expect, it } from 'vitest';
import { takePartInAgreements } from '../../test-support/agreements.js';
import { useTestContext } from '../../test-support/context.js';
import {
  createSpace,
  GOOD_PASSWORD,
  invite,
  type SignedUpPerson,
  signUp,
} from '../../test-support/factories.js';
import { setUpJournal, writeEntry } from '../../test-support/journal.js';
import { whereTheyRemain } from '../../test-support/leftovers.js';
import { queueUpdateDelivery } from '../reminders/outbound.js';

const ctx = useTestContext();

const marker = () => `marker-${randomBytes(6).toString('hex')}`;

/**
 * A person with every kind of data there is: a space left earlier (keeping what they shared), a
 * current space with a partner, private and shared check-ins, a questionnaire, an incident with a
 * correction and context, therapy sessions, a note on the partner's incident, an exercise answer
 * on the recovery path, a journal, a safety screen and a help contact, several devices, a
 * password reset, an export, and a partner who looked at all of it.
 */
async function personWithEverything() {
  const mark = marker();
  const person = await signUp(ctx, {
    displayName: `Quillon ${mark.slice(-6)}`,
    email: `quillon-${mark}@example.org`,
  });
  const checkin = (note: string, noteVisibility: string) =>
    person.client.post('/api/v1/checkins', {
      trust: 3,
      closeness: 4,
      honestConversations: 1,
      mood: 'low',
      note,
      noteVisibility,
    });

  // An earlier space, left with what was shared kept there as history.
  await createSpace(person);
  expect((await checkin(`private ${mark}`, 'private')).status).toBe(201);
  await person.client.post('/api/v1/space/leave', { sharedRecords: 'keep' });

  // The current space, with a partner who stays.
  const partner = await signUp(ctx, { displayName: 'Wren' });
  const space = await createSpace(partner);
  const { token } = await invite(partner);
  const joined = await person.client.post('/api/v1/invitations/accept', {
    token,
    role: 'involved',
  });
  expect(joined.status).toBe(200);
  expect((await checkin(`shared ${mark}`, 'partner')).status).toBe(201);
  const answers = Object.fromEntries(AMEND_TRUST.items.map((item) => [item.id, 'agree']));
  await person.client.post('/api/v1/questionnaires/amend-trust/responses', { answers });
  const incident = await person.client.post('/api/v1/incidents', {
    kind: 'contact',
    disclosure: 'proactive',
    about: 'self',
    occurredOn: '2026-10-01',
    description: `incident ${mark}`,
  });
  await person.client.post(`/api/v1/incidents/${incident.body.id}/corrections`, {
    kind: 'contact',
    disclosure: 'proactive',
    occurredOn: '2026-09-30',
    reason: `correction ${mark}`,
  });
  await person.client.post(`/api/v1/incidents/${incident.body.id}/notes`, {
    text: `context ${mark}`,
  });
  await partner.client.post(`/api/v1/incidents/${incident.body.id}/notes`, { text: 'ignored' });
  const members = (await person.client.get('/api/v1/space')).body.space.members;
  const memberIds = members.map((member: { id: string }) => member.id);
  const ownMemberId = members.find((member: { isYou: boolean }) => member.isYou).id;
  await person.client.post('/api/v1/therapy-sessions', {
    heldOn: '2026-10-03',
    kind: 'couple',
    attendees: memberIds,
  });
  // Sessions the partner recorded: one both attended, one only the person attended.
  await partner.client.post('/api/v1/therapy-sessions', {
    heldOn: '2026-10-04',
    kind: 'couple',
    attendees: memberIds,
  });
  await partner.client.post('/api/v1/therapy-sessions', {
    heldOn: '2026-10-05',
    kind: 'individual',
    attendees: [ownMemberId],
  });
  const partnersIncident = await partner.client.post('/api/v1/incidents', {
    kind: 'lie',
    disclosure: 'discovered',
    about: 'partner',
    occurredOn: '2026-10-02',
  });

  await person.client.post('/api/v1/program/stages/acknowledging/begin');
  await person.client.post('/api/v1/program/exercises/naming-what-you-feel/answers', {
    values: { feelings: ['numb'], 'hardest-moment': `answer ${mark}`, kindness: 'Rest' },
    visibility: 'partner',
  });
  await talkAndReconnect(person, partner, mark);
  await takePartInAgreements(person, partner, mark);
  const journal = await setUpJournal(person);
  await writeEntry(person, journal.journal, `journal ${mark}`);
  await person.client.post('/api/v1/safety/screens', {
    answers: Object.fromEntries(AMEND_SAFETY_SCREEN.items.map((item) => [item.id, 'no'])),
  });
  await person.client.post('/api/v1/safety/resources', {
    name: `helper ${mark}`,
    contact: '0800 000 000',
  });
  await useReminders(person, mark);
  await ctx.client().post('/api/v1/sessions', { email: person.email, password: GOOD_PASSWORD });
  await ctx.client().post('/api/v1/sessions', { email: person.email, password: 'wrong password' });
  await ctx.client().post('/api/v1/password-resets', { email: person.email });
  await person.client.get('/api/v1/me/export');
  for (const path of ['/api/v1/checkins', '/api/v1/incidents', '/api/v1/progress']) {
    await partner.client.get(path);
    await person.client.get(path);
  }
  return {
    person,
    partner,
    spaceId: space.id as string,
    mark,
    ids: [person.id, ownMemberId],
    partnersIncidentId: partnersIncident.body.id as string,
  };
}

/** Everything of talking and reconnecting, with the person's marker in each text they wrote. */
async function talkAndReconnect(person: SignedUpPerson, partner: SignedUpPerson, mark: string) {
  const talk = await person.client.post('/api/v1/conversations', {
    heldOn: '2026-10-02',
    minutes: 30,
    topic: `talk ${mark}`,
  });
  expect(talk.status).toBe(201);
  for (const [who, note] of [
    [person, `rating ${mark}`],
    [partner, 'Wren’s own rating'],
  ] as const) {
    await who.client.request('PUT', `/api/v1/conversations/${talk.body.id}/rating`, {
      honest: 4,
      heard: 4,
      note,
      noteVisibility: 'partner',
    });
  }
  const meeting = await person.client.post('/api/v1/meetings');
  await person.client.request(
    'PUT',
    `/api/v1/meetings/${meeting.body.meeting.id}/notes/appreciations`,
    { text: `meeting ${mark}` },
  );
  await person.client.post(`/api/v1/meetings/${meeting.body.meeting.id}/finish`);
  await person.client.post('/api/v1/time-outs', { minutes: 20, reason: `pause ${mark}` });
  const trigger = await partner.client.post('/api/v1/triggers', {
    intensity: 3,
    category: 'place',
    helped: [],
    share: { need: 'a hand to hold' },
  });
  await person.client.post(`/api/v1/triggers/${trigger.body.id}/responses`, {
    text: `response ${mark}`,
  });
  await person.client.post('/api/v1/together/appreciations', { text: `thanks ${mark}` });
  await person.client.post('/api/v1/together/plans', {
    kind: 'walk',
    title: `walk ${mark}`,
    plannedFor: '2026-10-03',
  });
  await person.client.request('PUT', '/api/v1/prompts/any-need-from-me/marks/favourite', {
    set: true,
  });
  for (const path of ['/api/v1/conversations', '/api/v1/triggers', '/api/v1/together']) {
    await partner.client.get(path);
  }
}

function deleteAccount(person: SignedUpPerson, password = GOOD_PASSWORD) {
  return person.client.request('DELETE', '/api/v1/me', { password });
}

describe('deleting an account for good', () => {
  it('leaves nothing of theirs in any table, except an anonymous note that an account was deleted', async () => {
    const { person, mark, ids } = await personWithEverything();
    const words = [person.email, person.displayName, mark];
    expect((await whereTheyRemain(ctx, ids, words)).length).toBeGreaterThan(10);

    const deleted = await deleteAccount(person);
    expect(deleted.status, JSON.stringify(deleted.body)).toBe(204);

    expect(await whereTheyRemain(ctx, ids, words)).toEqual([]);
    const stubs = await ctx.database.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'account.deleted')
      .execute();
    expect(stubs).toHaveLength(1);
    expect(stubs[0]).toMatchObject({
      actor_user_id: null,
      subject_user_id: null,
      couple_id: null,
      ip_address: null,
      user_agent: null,
      details: {},
    });
    // Dated to the day, not the moment.
    expect(stubs[0]?.occurred_at.toISOString()).toMatch(/T00:00:00\.000Z$/);
  });

  it('leaves the partner their space and their own records, and takes the person’s away', async () => {
    const { person, partner, spaceId, mark, partnersIncidentId } = await personWithEverything();
    expect(JSON.stringify((await partner.client.get('/api/v1/checkins')).body)).toContain(mark);
    await deleteAccount(person);

    const space = (await partner.client.get('/api/v1/space')).body.space;
    expect(space.id).toBe(spaceId);
    expect(space.members).toEqual([expect.objectContaining({ displayName: 'Wren', isYou: true })]);
    const incidents = (await partner.client.get('/api/v1/incidents')).body.incidents;
    expect(incidents.map((incident: { id: string }) => incident.id)).toEqual([partnersIncidentId]);
    const shown = JSON.stringify([
      (await partner.client.get('/api/v1/checkins')).body,
      (await partner.client.get('/api/v1/therapy-sessions')).body,
      (await partner.client.get('/api/v1/progress')).body,
    ]);
    expect(shown).not.toContain(mark);
    // The session both attended stays the partner's, now attended by the partner alone.
    const sessions = (await partner.client.get('/api/v1/therapy-sessions')).body.sessions;
    expect(sessions).toEqual([
      expect.objectContaining({
        heldOn: '2026-10-04',
        attendees: [expect.objectContaining({ displayName: 'Wren' })],
      }),
    ]);
    // What the person once looked at of the partner's stays in the partner's log, unnamed.
    const log = (await partner.client.get('/api/v1/me/access-log')).body.entries;
    const views = log.filter((entry: { action: string }) => entry.action === 'record.viewed');
    expect(views.length).toBeGreaterThan(0);
    for (const view of views) expect(view).toMatchObject({ who: 'someone', displayName: null });
  });

  it('ends every session and the person can no longer sign in', async () => {
    const person = await signUp(ctx);
    const elsewhere = ctx.client();
    await elsewhere.post('/api/v1/sessions', { email: person.email, password: GOOD_PASSWORD });
    expect((await deleteAccount(person)).status).toBe(204);
    expect((await person.client.get('/api/v1/me')).status).toBe(401);
    expect((await elsewhere.get('/api/v1/me')).status).toBe(401);
    const again = await ctx
      .client()
      .post('/api/v1/sessions', { email: person.email, password: GOOD_PASSWORD });
    expect(again.status).toBe(401);
  });

  it('sends a neutral goodbye that names neither the app nor what it is for', async () => {
    const person = await signUp(ctx);
    await deleteAccount(person);
    const mail = ctx.smtp.lastMailTo(person.email);
    expect(mail?.raw).toContain('Subject: Your account has been closed');
    expect(mail?.raw).toMatch(/^From: Notes </m);
    // The sender's address is the instance's own; the name and the words are neutral.
    const body =
      mail?.raw
        .split(/\r?\n\r?\n/)
        .slice(1)
        .join('\n') ?? '';
    expect(body).toContain('has been closed');
    expect(body).not.toMatch(/amend|recovery|partner|trust|affair/i);
  });

  it('asks for the current password and changes nothing without it', async () => {
    const person = await signUp(ctx);
    await createSpace(person);
    const refused = await deleteAccount(person, 'not my password');
    expect(refused.status).toBe(403);
    expect((await person.client.get('/api/v1/me')).status).toBe(200);
    expect((await person.client.get('/api/v1/space')).body.space).not.toBeNull();
    const missing = await person.client.request('DELETE', '/api/v1/me', {});
    expect(missing.status).toBe(400);
  });

  it('removes a space that nobody is left in, with its invitations', async () => {
    const person = await signUp(ctx);
    const space = await createSpace(person);
    await invite(person);
    await deleteAccount(person);
    const left = await ctx.database.db
      .selectFrom('couples')
      .select('id')
      .where('id', '=', space.id)
      .execute();
    expect(left).toEqual([]);
  });
});

/** Reminder choices (with a queued weekly job), a push device, a calendar link, a sent update. */
async function useReminders(person: SignedUpPerson, mark: string) {
  const preferences = defaultReminderPreferences('Europe/London');
  await person.client.request('PUT', '/api/v1/me/reminders', {
    preferences: {
      ...preferences,
      channels: { ...preferences.channels, weekly_checkin: { email: true, push: true } },
      updates: { email: true, push: false },
    },
  });
  await person.client.post('/api/v1/me/push-subscriptions', {
    endpoint: `https://push.example.org/${mark}`,
    keys: { p256dh: `key-${mark}`, auth: `auth-${mark}` },
  });
  await person.client.post('/api/v1/me/calendar-link');
  await queueUpdateDelivery(ctx.database.db, person.id, crypto.randomUUID(), new Date());
}
