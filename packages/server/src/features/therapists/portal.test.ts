import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../test-support/context.js';
import { linkedCouple } from '../../test-support/factories.js';
import {
  consent,
  EVERY_CATEGORY,
  linkTherapist,
  signUpTherapist,
} from '../../test-support/therapists.js';

const ctx = useTestContext();

const CHECKIN = { closeness: 5, honestConversations: 2, mood: 'low', noteVisibility: 'private' };

/** A couple with a therapist: Alex shares metrics only, Sam everything; both checked in. */
async function coupleWithTherapist() {
  const { creator: alex, partner: sam, space } = await linkedCouple(ctx);
  const therapist = await signUpTherapist(ctx);
  const coupleId = await linkTherapist(alex, therapist);
  await consent(alex, therapist, ['metrics']);
  await consent(sam, therapist, [...EVERY_CATEGORY]);
  await alex.client.post('/api/v1/checkins', { ...CHECKIN, trust: 3 });
  await sam.client.post('/api/v1/checkins', { ...CHECKIN, trust: 6 });
  const memberIds: string[] = space.members.map((member: { id: string }) => member.id);
  return { alex, sam, therapist, coupleId, memberIds };
}

describe('therapist portal', () => {
  it('the caseload lists the couple with each partner’s latest trust', async () => {
    const { therapist, coupleId } = await coupleWithTherapist();
    const { body } = await therapist.client.get('/api/v1/therapist/caseload');
    expect(body.couples).toHaveLength(1);
    expect(body.couples[0].coupleId).toBe(coupleId);
    expect(body.couples[0].partners.map((p: { latestTrust: number }) => p.latestTrust)).toEqual([
      3, 6,
    ]);
  });

  it('the couple view shows each partner only what they consented to; a revocation applies at once', async () => {
    const { alex, sam, therapist, coupleId } = await coupleWithTherapist();
    await alex.client.post('/api/v1/incidents', {
      kind: 'contact',
      disclosure: 'proactive',
      occurredOn: '2026-11-01',
      about: 'self',
    });
    const view = (await therapist.client.get(`/api/v1/therapist/couples/${coupleId}`)).body;
    const trust = view.metrics.find((metric: { id: string }) => metric.id === 'trust');
    expect(trust.partners.map((p: { displayName: string }) => p.displayName)).toEqual([
      'Alex',
      'Sam',
    ]);
    expect(trust.gap).toHaveLength(1);
    // Alex shares metrics only: Alex's incident and questionnaires stay out; Sam's are in.
    expect(view.relapse.total).toBe(0);
    expect(view.questionnaires.map((q: { displayName: string }) => q.displayName)).toEqual(['Sam']);

    await consent(sam, therapist, []);
    const after = (await therapist.client.get(`/api/v1/therapist/couples/${coupleId}`)).body;
    const trustAfter = after.metrics.find((metric: { id: string }) => metric.id === 'trust');
    expect(trustAfter.partners.map((p: { displayName: string }) => p.displayName)).toEqual([
      'Alex',
    ]);
    expect(after.questionnaires).toEqual([]);
    expect(after.relapse).toBeNull();
  });

  it('every read of a partner’s data is in that partner’s access log, by the therapist’s name', async () => {
    const { alex, therapist, coupleId } = await coupleWithTherapist();
    await therapist.client.get(`/api/v1/therapist/couples/${coupleId}`);
    const log = (await alex.client.get('/api/v1/me/access-log')).body.entries;
    expect(log).toContainEqual(
      expect.objectContaining({ who: 'person', displayName: 'Dr Morgan', recordKind: 'progress' }),
    );
    // Alex shares no questionnaires, so no questionnaire read is logged for Alex.
    expect(
      log.filter((entry: { recordKind: string }) => entry.recordKind === 'questionnaires'),
    ).toEqual([]);
  });

  it('a recorded session is verified attendance; its notes are the therapist’s alone', async () => {
    const { alex, therapist, coupleId, memberIds } = await coupleWithTherapist();
    const recorded = await therapist.client.post(`/api/v1/therapist/couples/${coupleId}/sessions`, {
      heldOn: '2026-11-20',
      kind: 'couple',
      attendees: memberIds,
      note: 'Private: worked on the timeline of disclosure.',
    });
    expect(recorded.status).toBe(201);
    const note = await therapist.client.post(
      `/api/v1/therapist/couples/${coupleId}/sessions/${recorded.body.id}/notes`,
      { text: 'Second private note.' },
    );
    expect(note.status).toBe(201);
    const { body } = await therapist.client.get(`/api/v1/therapist/couples/${coupleId}/sessions`);
    expect(body.sessions[0]).toMatchObject({ verification: 'verified', recordedByYou: true });
    expect(body.sessions[0].notes.map((n: { text: string }) => n.text)).toEqual([
      'Private: worked on the timeline of disclosure.',
      'Second private note.',
    ]);
    const partnerView = await alex.client.get('/api/v1/therapy-sessions');
    expect(partnerView.body.sessions[0].verification).toBe('verified');
    expect(JSON.stringify(partnerView.body)).not.toContain('Private');
    const progress = (await alex.client.get('/api/v1/progress')).body;
    expect(progress.attendance).toMatchObject({ total: 1, verified: 1 });
    // Another therapist cannot reach the couple, its sessions or the notes.
    const other = await signUpTherapist(ctx, { displayName: 'Dr Other' });
    expect((await other.client.get(`/api/v1/therapist/couples/${coupleId}/sessions`)).status).toBe(
      404,
    );
    const foreignNote = await other.client.post(
      `/api/v1/therapist/couples/${coupleId}/sessions/${recorded.body.id}/notes`,
      { text: 'x' },
    );
    expect(foreignNote.status).toBe(404);
  });

  it('observations count: communication observed and forgiveness assessed', async () => {
    const { therapist, coupleId, memberIds } = await coupleWithTherapist();
    const base = `/api/v1/therapist/couples/${coupleId}/observations`;
    const communication = await therapist.client.post(base, {
      kind: 'communication',
      observedOn: '2026-11-20',
      conversationsPerWeek: 3,
    });
    expect(communication.status).toBe(201);
    const forgiveness = await therapist.client.post(base, {
      kind: 'forgiveness',
      observedOn: '2026-11-20',
      level: 'moderate',
      aboutMemberId: memberIds[0],
    });
    expect(forgiveness.status).toBe(201);
    const view = (await therapist.client.get(`/api/v1/therapist/couples/${coupleId}`)).body;
    expect(view.observedCommunication).toEqual([{ weekStart: '2026-11-16', value: 3 }]);
    expect(
      view.observations.map((o: { kind: string; value: number }) => [o.kind, o.value]),
    ).toEqual([
      ['communication', 3],
      ['forgiveness', 2],
    ]);
    const future = await therapist.client.post(base, {
      kind: 'communication',
      observedOn: '2999-01-01',
      conversationsPerWeek: 3,
    });
    expect(future.status).toBe(400);
  });

  it('once both partners revoke, the couple stays listed but takes no new records', async () => {
    const { alex, sam, therapist, coupleId, memberIds } = await coupleWithTherapist();
    await consent(alex, therapist, []);
    await consent(sam, therapist, []);
    const caseload = (await therapist.client.get('/api/v1/therapist/caseload')).body.couples;
    expect(caseload[0].partners.map((p: { sharesMetrics: boolean }) => p.sharesMetrics)).toEqual([
      false,
      false,
    ]);
    const recorded = await therapist.client.post(`/api/v1/therapist/couples/${coupleId}/sessions`, {
      heldOn: '2026-11-20',
      kind: 'couple',
      attendees: memberIds,
    });
    expect(recorded.status).toBe(404);
  });

  it('practice outcomes count each figure over the couples that share it, beside the guide', async () => {
    const { alex, therapist, coupleId, memberIds } = await coupleWithTherapist();
    await therapist.client.post(`/api/v1/therapist/couples/${coupleId}/observations`, {
      kind: 'forgiveness',
      observedOn: '2026-11-20',
      level: 'high',
      aboutMemberId: memberIds[0],
    });
    await therapist.client.post(`/api/v1/therapist/couples/${coupleId}/sessions`, {
      heldOn: '2026-11-20',
      kind: 'couple',
      attendees: memberIds,
    });
    await alex.client.post('/api/v1/incidents', {
      kind: 'lie',
      disclosure: 'discovered',
      occurredOn: '2026-11-01',
      about: 'partner',
    });
    const { body } = await therapist.client.get('/api/v1/therapist/outcomes');
    expect(body.couples).toBe(1);
    expect(body.forgiveness).toMatchObject({ count: 1, couples: 1, share: 1, few: true });
    expect(body.forgiveness.guide).toEqual({ low: 0.6, high: 0.7 });
    // Alex reported the incident but shares metrics only; Sam (sharing incidents) reported none.
    expect(body.relapse).toMatchObject({ count: 0, couples: 1, guide: { low: 0.1, high: 0.15 } });
    expect(body.sessions).toMatchObject({ median: 1, couples: 1, guide: { low: 8, high: 12 } });
    expect(body.trust).toMatchObject({ medianStart: 4.5, medianLatest: 4.5, couples: 1 });
  });

  it('counts questions kept for the session when the partner who kept them shares those', async () => {
    const { alex, sam, therapist } = await coupleWithTherapist();
    const asked = await alex.client.post('/api/v1/questions', { text: 'When did it start?' });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    const other = await alex.client.post('/api/v1/questions', { text: 'Who else knew?' });
    // Alex (metrics only) keeps one for the session; Sam (everything) keeps the other.
    await alex.client.post(`/api/v1/questions/${asked.body.id}/hold`);
    await sam.client.post(`/api/v1/questions/${other.body.id}/hold`);
    const couples = (await therapist.client.get('/api/v1/therapist/caseload')).body.couples;
    expect(couples[0].openQuestionsForSession).toBe(1);
    await sam.client.post(`/api/v1/questions/${other.body.id}/release`);
    const after = (await therapist.client.get('/api/v1/therapist/caseload')).body.couples;
    expect(after[0].openQuestionsForSession).toBe(0);
  });
});
