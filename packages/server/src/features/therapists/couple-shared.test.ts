import { describe, expect, it } from 'vitest';
import type { TestClient } from '../../test-support/client.js';
import { useTestContext } from '../../test-support/context.js';
import { linkedCouple } from '../../test-support/factories.js';
import {
  consent,
  EVERY_CATEGORY,
  linkTherapist,
  signUpTherapist,
} from '../../test-support/therapists.js';

const ctx = useTestContext();

const LETTER = {
  'finding-out': 'I found the messages on a Sunday morning.',
  'what-it-changed': 'I do not sleep.',
  'what-i-need-you-to-understand': 'That it was the lying.',
};
const FEELINGS = {
  feelings: ['ashamed', 'afraid'],
  'hardest-moment': 'Watching her read my phone.',
  kindness: 'A walk before work.',
};

async function saveAnswer(
  client: TestClient,
  exerciseId: string,
  values: object,
  visibility: string,
) {
  const saved = await client.post(`/api/v1/program/exercises/${exerciseId}/answers`, {
    values,
    visibility,
  });
  expect(saved.status, JSON.stringify(saved.body)).toBe(201);
}

/**
 * A couple with a therapist, an agreement both accepted and both marked this week (Alex held,
 * Sam not sure), and exercise answers: Alex's letter shared with the therapist, Sam's feelings
 * shared with the therapist, and a second of Alex's shared with the partner only.
 */
async function coupleWithSharedWork() {
  const { creator: alex, partner: sam, space } = await linkedCouple(ctx);
  const therapist = await signUpTherapist(ctx);
  const coupleId = await linkTherapist(alex, therapist);
  const proposed = await alex.client.post('/api/v1/agreements', {
    title: 'My phone is open to you',
    practice: 'You may look at my phone when you ask.',
    category: 'devices_passwords',
    reviewOn: '2099-03-01',
    sunsetSteps: ['You ask before looking.'],
  });
  expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
  const agreementId: string = proposed.body.id;
  await sam.client.post(`/api/v1/agreements/${agreementId}/answers`, {
    version: 1,
    answer: 'accept',
  });
  await alex.client.request('PUT', '/api/v1/agreement-holding', {
    marks: [{ agreementId, mark: 'held' }],
  });
  await sam.client.request('PUT', '/api/v1/agreement-holding', {
    marks: [{ agreementId, mark: 'not_sure' }],
  });
  await saveAnswer(alex.client, 'impact-letter', LETTER, 'therapist');
  await saveAnswer(sam.client, 'naming-what-you-feel', FEELINGS, 'therapist');
  const memberIds = space.members.map((member: { id: string }) => member.id) as string[];
  const [alexMember, samMember] = memberIds;
  return { alex, sam, therapist, coupleId, agreementId, alexMember, samMember };
}

async function viewOf(therapist: { client: TestClient }, coupleId: string) {
  const response = await therapist.client.get(`/api/v1/therapist/couples/${coupleId}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

async function kindsLogged(partner: { client: TestClient }, by = 'Dr Morgan'): Promise<string[]> {
  const log = (await partner.client.get('/api/v1/me/access-log')).body.entries;
  return log
    .filter((entry: { displayName: string }) => entry.displayName === by)
    .map((entry: { recordKind: string }) => entry.recordKind);
}

describe('the couple view: agreements and shared exercises', () => {
  it('with both partners’ consent: the agreements with both views, and what each shared with the therapist', async () => {
    const couple = await coupleWithSharedWork();
    const { alex, sam, therapist, coupleId, agreementId, alexMember, samMember } = couple;
    await consent(alex, therapist, [...EVERY_CATEGORY]);
    await consent(sam, therapist, [...EVERY_CATEGORY]);
    const view = await viewOf(therapist, coupleId);
    expect(view.agreements).toHaveLength(1);
    expect(view.agreements[0]).toMatchObject({
      id: agreementId,
      state: 'in_force',
      title: 'My phone is open to you',
      sunsetSteps: ['You ask before looking.'],
      stepsTaken: 0,
    });
    expect(view.agreements[0].weeks).toHaveLength(1);
    expect(view.agreements[0].weeks[0].marks).toEqual([
      { memberId: alexMember, mark: 'held' },
      { memberId: samMember, mark: 'not_sure' },
    ]);
    expect(view.agreements[0].partners).toEqual([
      { memberId: alexMember, marked: 1, held: 1 },
      { memberId: samMember, marked: 1, held: 0 },
    ]);
    expect(
      view.exercises.map((e: { exerciseId: string; displayName: string }) => [
        e.exerciseId,
        e.displayName,
      ]),
    ).toEqual([
      ['impact-letter', 'Alex'],
      ['naming-what-you-feel', 'Sam'],
    ]);
    const letter = view.exercises[0];
    expect(letter.answers.flatMap((a: { lines: string[] }) => a.lines)).toContain(
      'I found the messages on a Sunday morning.',
    );
    expect(await kindsLogged(alex)).toEqual(
      expect.arrayContaining(['agreements', 'program_answers']),
    );
    expect(await kindsLogged(sam)).toEqual(
      expect.arrayContaining(['agreements', 'program_answers']),
    );
  });

  it('an answer shared with the partner only, or kept private, never reaches the therapist', async () => {
    const { alex, sam, therapist, coupleId } = await coupleWithSharedWork();
    await consent(alex, therapist, [...EVERY_CATEGORY]);
    await consent(sam, therapist, [...EVERY_CATEGORY]);
    await alex.client.request('PUT', '/api/v1/program/exercises/impact-letter/visibility', {
      visibility: 'partner',
    });
    const view = await viewOf(therapist, coupleId);
    expect(view.exercises.map((e: { exerciseId: string }) => e.exerciseId)).toEqual([
      'naming-what-you-feel',
    ]);
    expect(JSON.stringify(view)).not.toContain('Sunday morning');
  });

  it('with partial consent: only the sharing partner’s marks and answers; the other is told only of the terms read', async () => {
    const { alex, sam, therapist, coupleId, alexMember, samMember } = await coupleWithSharedWork();
    await consent(alex, therapist, ['metrics']);
    await consent(sam, therapist, [...EVERY_CATEGORY]);
    const view = await viewOf(therapist, coupleId);
    expect(view.agreements[0].weeks[0].marks).toEqual([{ memberId: samMember, mark: 'not_sure' }]);
    expect(JSON.stringify(view.agreements)).not.toContain(alexMember);
    expect(view.exercises.map((e: { displayName: string }) => e.displayName)).toEqual(['Sam']);
    expect(JSON.stringify(view)).not.toContain('Sunday morning');
    const alexLog = await kindsLogged(alex);
    expect(alexLog).toContain('agreements');
    expect(alexLog).not.toContain('program_answers');
  });

  it('revoked: no agreements and no answers, at once', async () => {
    const { alex, sam, therapist, coupleId } = await coupleWithSharedWork();
    await consent(alex, therapist, ['metrics']);
    await consent(sam, therapist, [...EVERY_CATEGORY]);
    expect((await viewOf(therapist, coupleId)).exercises).toHaveLength(1);
    await consent(sam, therapist, ['metrics']);
    const view = await viewOf(therapist, coupleId);
    expect(view.agreements).toBeNull();
    expect(view.exercises).toEqual([]);
    expect(JSON.stringify(view)).not.toContain('My phone is open to you');
  });

  it('another therapist sees nothing of the couple: "not found"', async () => {
    const { alex, sam, therapist, coupleId } = await coupleWithSharedWork();
    await consent(alex, therapist, [...EVERY_CATEGORY]);
    await consent(sam, therapist, [...EVERY_CATEGORY]);
    const other = await signUpTherapist(ctx, { displayName: 'Dr Other' });
    const response = await other.client.get(`/api/v1/therapist/couples/${coupleId}`);
    expect(response.status).toBe(404);
    expect(JSON.stringify(response.body)).not.toContain('My phone is open to you');
    expect(await kindsLogged(alex, 'Dr Other')).toEqual([]);
  });
});
