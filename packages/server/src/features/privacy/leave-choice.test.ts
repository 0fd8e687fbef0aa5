import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../test-support/context.js';
import { linkedCouple } from '../../test-support/factories.js';

const ctx = useTestContext();

const SHARED_NOTE = 'What Alex chose to share';

/**
 * Alex (the creator) shares a check-in note, reports an incident, records a session and adds a
 * note to an incident Sam reported; Sam has a check-in and an incident of their own.
 */
async function coupleWithHistory() {
  const couple = await linkedCouple(ctx);
  const { creator, partner, space } = couple;
  const checkin = {
    trust: 4,
    closeness: 4,
    honestConversations: 1,
    mood: 'okay',
    noteVisibility: 'partner',
  };
  await creator.client.post('/api/v1/checkins', { ...checkin, note: SHARED_NOTE });
  await partner.client.post('/api/v1/checkins', { ...checkin, note: 'Sam’s own note' });
  const incident = {
    kind: 'contact',
    disclosure: 'proactive',
    about: 'self',
    occurredOn: '2026-10-01',
  };
  await creator.client.post('/api/v1/incidents', { ...incident, description: 'Alex’s report' });
  const samsIncident = await partner.client.post('/api/v1/incidents', {
    ...incident,
    description: 'Sam’s report',
  });
  expect(
    (
      await partner.client.post(`/api/v1/incidents/${samsIncident.body.id}/notes`, {
        text: 'Context from Sam',
      })
    ).status,
  ).toBe(204);
  const alexMemberId = space.members.find((member: { isYou: boolean }) => !member.isYou).id;
  expect(
    (
      await creator.client.post('/api/v1/therapy-sessions', {
        heldOn: '2026-10-02',
        kind: 'individual',
        attendees: [alexMemberId],
      })
    ).status,
  ).toBe(201);
  return couple;
}

async function whatSamSees(client: ReturnType<typeof ctx.client>) {
  const [checkins, incidents, sessions] = await Promise.all([
    client.get('/api/v1/checkins'),
    client.get('/api/v1/incidents'),
    client.get('/api/v1/therapy-sessions'),
  ]);
  return {
    partnerCheckins: checkins.body.partner,
    ownCheckins: checkins.body.mine,
    incidentDescriptions: incidents.body.incidents.map(
      (incident: { current: { description: string } }) => incident.current.description,
    ),
    sessions: sessions.body.sessions ?? sessions.body,
    text: JSON.stringify([checkins.body, incidents.body, sessions.body]),
  };
}

describe('leaving with a choice about what was shared', () => {
  it('keeps what the leaver shared visible to the partner as history', async () => {
    const { creator, partner } = await coupleWithHistory();
    const left = await creator.client.post('/api/v1/space/leave', { sharedRecords: 'keep' });
    expect(left.status).toBe(204);

    const sam = await whatSamSees(partner.client);
    expect(sam.partnerCheckins).toEqual([expect.objectContaining({ note: SHARED_NOTE })]);
    expect(sam.incidentDescriptions).toEqual(
      expect.arrayContaining(['Alex’s report', 'Sam’s report']),
    );
  });

  it('keeps it too when the leave request has no body, as before the choice existed', async () => {
    const { creator, partner } = await coupleWithHistory();
    expect((await creator.client.post('/api/v1/space/leave')).status).toBe(204);
    const sam = await whatSamSees(partner.client);
    expect(sam.text).toContain(SHARED_NOTE);
  });

  it('withdraws everything the leaver put in, and leaves the partner’s own records as they were', async () => {
    const { creator, partner } = await coupleWithHistory();
    const before = await whatSamSees(partner.client);
    expect(before.text).toContain(SHARED_NOTE);
    expect(before.text).toContain('Alex’s report');

    const left = await creator.client.post('/api/v1/space/leave', { sharedRecords: 'withdraw' });
    expect(left.status).toBe(204);

    const after = await whatSamSees(partner.client);
    expect(after.partnerCheckins).toEqual([]);
    expect(after.text).not.toContain(SHARED_NOTE);
    expect(after.incidentDescriptions).toEqual(['Sam’s report']);
    expect(after.text).not.toContain('Alex’s report');
    expect(after.text).toContain('Context from Sam');
    expect(after.text).not.toContain('2026-10-02');
    expect(after.ownCheckins).toEqual([expect.objectContaining({ note: 'Sam’s own note' })]);
  });

  it('deletes the notes the leaver added to the partner’s incidents, which cannot leave without them', async () => {
    const { creator, partner } = await linkedCouple(ctx);
    const samsIncident = await partner.client.post('/api/v1/incidents', {
      kind: 'lie',
      disclosure: 'discovered',
      about: 'partner',
      occurredOn: '2026-10-01',
    });
    // Only the reporter adds context today, so Alex's note on Sam's incident is written as the
    // data model allows it (any member of the space may author a note).
    await ctx.database.db
      .insertInto('incident_notes')
      .values({
        couple_id: (await partner.client.get('/api/v1/space')).body.space.id,
        id: crypto.randomUUID(),
        incident_id: samsIncident.body.id,
        author_id: creator.id,
        text: 'Alex’s word on it',
        created_at: new Date(),
      })
      .execute();
    expect((await whatSamSees(partner.client)).text).toContain('Alex’s word on it');

    await creator.client.post('/api/v1/space/leave', { sharedRecords: 'withdraw' });
    expect((await whatSamSees(partner.client)).text).not.toContain('Alex’s word on it');
  });

  it('withdraws the exercise answers the leaver shared, with their place on the recovery path', async () => {
    const { creator, partner } = await linkedCouple(ctx);
    await creator.client.post('/api/v1/program/stages/acknowledging/begin');
    const saved = await creator.client.post(
      '/api/v1/program/exercises/naming-what-you-feel/answers',
      {
        values: { feelings: ['numb'], 'hardest-moment': 'Shared with Sam', kindness: 'A walk' },
        visibility: 'partner',
      },
    );
    expect(saved.status).toBe(201);
    const before = await partner.client.get('/api/v1/program/stages/acknowledging');
    expect(JSON.stringify(before.body.partner)).toContain('Shared with Sam');

    await creator.client.post('/api/v1/space/leave', { sharedRecords: 'withdraw' });
    const after = await partner.client.get('/api/v1/program/stages/acknowledging');
    expect(JSON.stringify(after.body)).not.toContain('Shared with Sam');
    const download = await creator.client.get('/api/v1/me/export');
    const data = JSON.parse(new TextDecoder().decode(unzipSync(download.rawBody)['data.json']));
    expect(data.program.answers).toEqual([
      expect.objectContaining({ exerciseId: 'naming-what-you-feel', visibility: 'partner' }),
    ]);
    expect(data.program.answers[0].versions[0].values['hardest-moment']).toBe('Shared with Sam');
    expect(data.program.progress).toEqual([
      expect.objectContaining({ stageId: 'acknowledging', kind: 'stage_started' }),
    ]);
  });

  it('still gives the leaver everything they withdrew in their export', async () => {
    const { creator } = await coupleWithHistory();
    await creator.client.post('/api/v1/space/leave', { sharedRecords: 'withdraw' });
    const download = await creator.client.get('/api/v1/me/export');
    expect(download.status).toBe(200);
    const data = JSON.parse(new TextDecoder().decode(unzipSync(download.rawBody)['data.json']));
    expect(data.checkins).toEqual([
      expect.objectContaining({ note: SHARED_NOTE, withdrawn: true }),
    ]);
    expect(data.incidents[0].versions[0].description).toBe('Alex’s report');
    expect(data.therapySessions).toEqual([expect.objectContaining({ attendedByYou: true })]);
    expect(data.memberships[0]).toMatchObject({ leftWith: 'withdrawn' });
  });

  it('leaves no space and no link to one once both have deleted their accounts (no foreign key: migration 0018)', async () => {
    const { creator, partner, space } = await coupleWithHistory();
    await creator.client.post('/api/v1/space/leave', { sharedRecords: 'withdraw' });
    const spaces = () =>
      ctx.database.db
        .selectFrom('couples')
        .select(['id', 'withdrawn_from'])
        .where((eb) =>
          eb.or([
            eb('id', '=', space.id),
            eb('withdrawn_from', '=', space.id),
            eb('created_by', 'in', [creator.id, partner.id]),
          ]),
        )
        .execute();
    expect(await spaces()).toEqual(
      expect.arrayContaining([expect.objectContaining({ withdrawn_from: space.id })]),
    );

    for (const person of [partner, creator]) {
      const deleted = await person.client.request('DELETE', '/api/v1/me', {
        password: person.password,
      });
      expect(deleted.status).toBe(204);
    }
    expect(await spaces()).toEqual([]);
  });

  it('stops counting the partner’s views in the leaver’s access log once they withdrew', async () => {
    const kept = await coupleWithHistory();
    await kept.creator.client.post('/api/v1/space/leave', { sharedRecords: 'keep' });
    await kept.partner.client.get('/api/v1/checkins');
    const withdrawn = await coupleWithHistory();
    await withdrawn.creator.client.post('/api/v1/space/leave', { sharedRecords: 'withdraw' });
    await withdrawn.partner.client.get('/api/v1/checkins');

    // Sam looked at nothing before Alex left, so every view in Alex's log came after.
    const viewsAfterLeaving = async (client: ReturnType<typeof ctx.client>) => {
      const { body } = await client.get('/api/v1/me/access-log');
      return body.entries.filter((entry: { action: string }) => entry.action === 'record.viewed');
    };
    expect(await viewsAfterLeaving(kept.creator.client)).toHaveLength(1);
    expect(await viewsAfterLeaving(withdrawn.creator.client)).toHaveLength(0);
  });

  it('refuses a choice it does not know', async () => {
    const { creator } = await linkedCouple(ctx);
    const response = await creator.client.post('/api/v1/space/leave', { sharedRecords: 'hide' });
    expect(response.status).toBe(400);
    expect((await creator.client.get('/api/v1/space')).body.space).not.toBeNull();
  });
});
