import { AMEND_SAFETY_SCREEN, SAFETY_SELF_HARM_ITEM } from '@amend/core';
import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../test-support/context.js';
import { linkedCouple, signUp } from '../../test-support/factories.js';

const ctx = useTestContext();

const QUESTION_IDS = AMEND_SAFETY_SCREEN.items.map((item) => item.id);
const ALL_NO = Object.fromEntries(QUESTION_IDS.map((id) => [id, 'no']));
const AFRAID = { ...ALL_NO, 'safety-02': 'yes' };

describe('the private safety check', () => {
  it('offers its six questions, each answered yes or no', async () => {
    const person = await signUp(ctx);
    const { status, body } = await person.client.get('/api/v1/safety/screen');
    expect(status).toBe(200);
    expect(body.screen.items.map((item: { id: string }) => item.id)).toEqual(QUESTION_IDS);
    expect(body.screen.items[0].options).toEqual([
      { code: 'yes', display: 'Yes' },
      { code: 'no', display: 'No' },
    ]);
    expect(body.screen.licenceNote).toContain('not clinically validated');
  });

  it('can be taken before there is a space, and shows no concern when every answer is no', async () => {
    const person = await signUp(ctx);
    const { status, body } = await person.client.post('/api/v1/safety/screens', {
      answers: ALL_NO,
    });
    expect(status).toBe(201);
    expect(body.screen).toMatchObject({
      status: 'no-concern',
      selfHarm: false,
      pauseJointExercises: false,
      answeredCount: 6,
      questionCount: 6,
      sharedWithTherapist: false,
    });
  });

  it('one yes is a concern that pauses joint exercises, even with the rest skipped', async () => {
    const person = await signUp(ctx);
    const { body } = await person.client.post('/api/v1/safety/screens', {
      answers: { 'safety-04': 'yes' },
    });
    expect(body.screen).toMatchObject({
      status: 'concern',
      pauseJointExercises: true,
      selfHarm: false,
      answeredCount: 1,
    });
  });

  it('marks thoughts of self-harm so crisis support comes first', async () => {
    const person = await signUp(ctx);
    const { body } = await person.client.post('/api/v1/safety/screens', {
      answers: { ...ALL_NO, [SAFETY_SELF_HARM_ITEM]: 'yes' },
    });
    expect(body.screen).toMatchObject({ status: 'concern', selfHarm: true });
  });

  it('is incomplete, not clear, when questions were skipped and none answered yes', async () => {
    const person = await signUp(ctx);
    const { body } = await person.client.post('/api/v1/safety/screens', {
      answers: { 'safety-01': 'no', 'safety-02': 'no' },
    });
    expect(body.screen).toMatchObject({ status: 'incomplete', pauseJointExercises: false });
  });

  it('refuses answers the check does not offer, and an empty check, saving nothing', async () => {
    const person = await signUp(ctx);
    const unknownAnswer = await person.client.post('/api/v1/safety/screens', {
      answers: { 'safety-01': 'maybe' },
    });
    expect(unknownAnswer.status).toBe(400);
    expect(unknownAnswer.body.errors[0].field).toBe('safety-01');
    const unknownQuestion = await person.client.post('/api/v1/safety/screens', {
      answers: { 'safety-99': 'yes' },
    });
    expect(unknownQuestion.status).toBe(400);
    const empty = await person.client.post('/api/v1/safety/screens', { answers: {} });
    expect(empty.status).toBe(400);
    expect((await person.client.get('/api/v1/safety/screens')).body.screens).toEqual([]);
  });

  it('saves a retried check once', async () => {
    const person = await signUp(ctx);
    const idempotencyKey = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
    const first = await person.client.post('/api/v1/safety/screens', {
      answers: AFRAID,
      idempotencyKey,
    });
    const retried = await person.client.post('/api/v1/safety/screens', {
      answers: AFRAID,
      idempotencyKey,
    });
    expect([first.status, retried.status]).toEqual([201, 200]);
    expect(retried.body.screen.id).toBe(first.body.screen.id);
    expect((await person.client.get('/api/v1/safety/screens')).body.screens).toHaveLength(1);
  });

  it('keeps a history, newest first, with the latest result on top', async () => {
    const person = await signUp(ctx);
    await person.client.post('/api/v1/safety/screens', { answers: AFRAID });
    ctx.clock.advance(60_000);
    await person.client.post('/api/v1/safety/screens', { answers: ALL_NO });
    const { body } = await person.client.get('/api/v1/safety/screens');
    expect(body.screens.map((screen: { status: string }) => screen.status)).toEqual([
      'no-concern',
      'concern',
    ]);
    expect(body.latest).toEqual(body.screens[0]);
  });

  it('is never shared with a therapist until the person chooses, and the choice can be undone', async () => {
    const person = await signUp(ctx);
    const { body } = await person.client.post('/api/v1/safety/screens', { answers: AFRAID });
    expect(body.screen.sharedWithTherapist).toBe(false);
    const url = `/api/v1/safety/screens/${body.screen.id}/sharing`;
    const shared = await person.client.request('PUT', url, { sharedWithTherapist: true });
    expect(shared.body.screen).toMatchObject({ id: body.screen.id, sharedWithTherapist: true });
    const unshared = await person.client.request('PUT', url, { sharedWithTherapist: false });
    expect(unshared.body.screen.sharedWithTherapist).toBe(false);
    const stored = await ctx.database.db
      .selectFrom('safety_screens')
      .select('shared_with_therapist')
      .where('id', '=', body.screen.id)
      .executeTakeFirstOrThrow();
    expect(stored.shared_with_therapist).toBe(false);
  });

  it('can be deleted for good by the person who took it', async () => {
    const person = await signUp(ctx);
    const { body } = await person.client.post('/api/v1/safety/screens', { answers: AFRAID });
    const deleted = await person.client.delete(`/api/v1/safety/screens/${body.screen.id}`);
    expect(deleted.status).toBe(204);
    expect((await person.client.get('/api/v1/safety/screens')).body).toEqual({
      latest: null,
      screens: [],
    });
    expect((await person.client.delete(`/api/v1/safety/screens/${body.screen.id}`)).status).toBe(
      404,
    );
  });

  it('the partner and strangers cannot see, share or delete it: not found, and nothing changes', async () => {
    const { creator, partner } = await linkedCouple(ctx);
    const stranger = await signUp(ctx);
    const { body } = await creator.client.post('/api/v1/safety/screens', { answers: AFRAID });
    const id = body.screen.id;
    for (const other of [partner, stranger]) {
      expect((await other.client.get('/api/v1/safety/screens')).body.screens).toEqual([]);
      const share = await other.client.request('PUT', `/api/v1/safety/screens/${id}/sharing`, {
        sharedWithTherapist: true,
      });
      expect(share.status).toBe(404);
      expect(share.body.code).toBe('NOT_FOUND');
      expect((await other.client.delete(`/api/v1/safety/screens/${id}`)).status).toBe(404);
    }
    const { body: mine } = await creator.client.get('/api/v1/safety/screens');
    expect(mine.screens).toHaveLength(1);
    expect(mine.latest).toMatchObject({ id, sharedWithTherapist: false });
  });

  it('answers 401 to the signed-out', async () => {
    const visitor = ctx.client();
    expect((await visitor.get('/api/v1/safety/screen')).status).toBe(401);
    expect((await visitor.get('/api/v1/safety/screens')).status).toBe(401);
    expect((await visitor.post('/api/v1/safety/screens', { answers: AFRAID })).status).toBe(401);
  });
});
