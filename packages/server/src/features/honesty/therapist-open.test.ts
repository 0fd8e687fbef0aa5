import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../test-support/context.js';
import { GOOD_PASSWORD, linkedCouple, type SignedUpPerson } from '../../test-support/factories.js';
import { consent, linkTherapist, signUpTherapist } from '../../test-support/therapists.js';

const ctx = useTestContext();
const TEXT = 'It began in March at a conference. It ended on 2 July.';

/** A couple (Alex hurt, Sam involved) working with Dr Morgan, and Sam's account sealed. */
async function coupleWithSealedAccount(consents: { alex: string[]; sam: string[] }) {
  const { creator: alex, partner: sam } = await linkedCouple(ctx);
  const therapist = await signUpTherapist(ctx, { displayName: 'Dr Morgan' });
  const coupleId = await linkTherapist(alex, therapist);
  await consent(alex, therapist, consents.alex);
  await consent(sam, therapist, consents.sam);
  const id: string = (await sam.client.post('/api/v1/full-accounts', { text: TEXT })).body.id;
  expect((await sam.client.post(`/api/v1/full-accounts/${id}/seal`)).status).toBe(204);
  const openPath = `/api/v1/therapist/couples/${coupleId}/full-accounts/${id}/open-in-session`;
  return { alex, sam, therapist, coupleId, id, openPath };
}

const BOTH = { alex: ['session_questions'], sam: ['session_questions', 'metrics'] };

/** Everything a refusal must leave as it was: the account's facts and everyone's updates. */
async function snapshot(coupleId: string) {
  const db = ctx.database.db;
  const [events, notifications] = await Promise.all([
    db.selectFrom('full_account_events').selectAll().where('couple_id', '=', coupleId).execute(),
    db.selectFrom('notifications').selectAll().where('space_id', '=', coupleId).execute(),
  ]);
  return JSON.stringify({ events, notifications });
}

async function accountOf(person: SignedUpPerson) {
  return (await person.client.get('/api/v1/full-accounts')).body.accounts[0];
}

describe('the therapist opens the full account in a session', () => {
  it('opens it for both, read-only, told to both and named as opened by the therapist', async () => {
    const { alex, sam, therapist, coupleId, id, openPath } = await coupleWithSealedAccount(BOTH);
    const listed = await therapist.client.get(
      `/api/v1/therapist/couples/${coupleId}/full-accounts`,
    );
    expect(listed.status).toBe(200);
    expect(listed.body).toMatchObject({
      mayOpen: true,
      reason: null,
      accounts: [{ id, authorName: 'Sam', state: 'sealed', openedInSession: null }],
    });
    expect(JSON.stringify(listed.body)).not.toContain('conference');

    const opened = await therapist.client.post(openPath);
    expect(opened.status, JSON.stringify(opened.body)).toBe(200);
    expect(opened.body.state).toBe('opened');
    expect(JSON.stringify(opened.body)).not.toContain('conference');

    for (const partner of [alex, sam]) {
      expect(await accountOf(partner)).toMatchObject({
        state: 'opened',
        text: TEXT,
        openedAt: opened.body.openedAt,
        openedInSession: { therapistName: 'Dr Morgan' },
      });
      const updates = (await partner.client.get('/api/v1/notifications')).body.notifications;
      expect(updates[0]).toMatchObject({
        kind: 'account.opened_in_session',
        subject: { type: 'account', id },
        actorName: 'Dr Morgan',
      });
    }
    // The shared timeline says it was opened in a session, not by the partners agreeing.
    const story = (await alex.client.get('/api/v1/timeline')).body.entries.map(
      (entry: { event: string }) => entry.event,
    );
    expect(story).toContain('account.opened_in_session');
    expect(story).not.toContain('account.opened');
    // Who opened it and when is kept with the account; the access log tells both partners.
    const event = await ctx.database.db
      .selectFrom('full_account_events')
      .select(['by_user', 'created_at'])
      .where('account_id', '=', id)
      .where('type', '=', 'opened_in_session')
      .executeTakeFirstOrThrow();
    expect(event.by_user).toBe(therapist.id);
    const logged = await ctx.database.db
      .selectFrom('audit_events')
      .select('subject_user_id')
      .where('actor_user_id', '=', therapist.id)
      .where('action', '=', 'record.changed')
      .execute();
    expect(logged.map((row) => row.subject_user_id).sort()).toEqual([alex.id, sam.id].sort());

    // Opened is history: nothing changes it any more, the therapist's second try included.
    const before = await snapshot(coupleId);
    const again = await therapist.client.post(openPath);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('ACCOUNT_OPENED');
    expect((await alex.client.post(`/api/v1/full-accounts/${id}/open`)).body.code).toBe(
      'ACCOUNT_OPENED',
    );
    const edit = await sam.client.post(`/api/v1/full-accounts/${id}/versions`, { text: 'x' });
    expect(edit.body.code).toBe('ACCOUNT_OPENED');
    expect(await snapshot(coupleId)).toBe(before);
    const listedAfter = await therapist.client.get(
      `/api/v1/therapist/couples/${coupleId}/full-accounts`,
    );
    expect(listedAfter.body.accounts[0]).toMatchObject({
      state: 'opened',
      openedInSession: { byYou: true },
    });

    // The therapist deletes their account: it stays opened in a session, by someone unnamed now.
    const deleted = await therapist.client.request('DELETE', '/api/v1/me', {
      password: GOOD_PASSWORD,
    });
    expect(deleted.status, JSON.stringify(deleted.body)).toBe(204);
    expect(await accountOf(alex)).toMatchObject({
      state: 'opened',
      text: TEXT,
      openedInSession: { therapistName: null },
    });
  });

  it('opens once when a partner’s second "open" and the therapist arrive together', async () => {
    const { alex, sam, therapist, id, openPath } = await coupleWithSealedAccount(BOTH);
    await alex.client.post(`/api/v1/full-accounts/${id}/open`);
    const [press, session] = await Promise.all([
      sam.client.post(`/api/v1/full-accounts/${id}/open`),
      therapist.client.post(openPath),
    ]);
    expect([press.status, session.status].sort()).toEqual([200, 409]);
    const account = await accountOf(alex);
    expect(account.state).toBe('opened');
    // Named as opened in a session exactly when the therapist's step was the one that opened it.
    expect(account.openedInSession === null).toBe(session.status === 409);
  });
});

describe('refusals leave everything as it was', () => {
  it('needs both partners’ consent to session_questions, as it stands now', async () => {
    const { alex, therapist, coupleId, openPath } = await coupleWithSealedAccount({
      alex: ['session_questions'],
      sam: ['metrics', 'agreements_incidents'],
    });
    const before = await snapshot(coupleId);
    const refused = await therapist.client.post(openPath);
    expect(refused.status).toBe(403);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body.code).toBe('ACCOUNT_NOT_YOURS');
    expect(refused.body.detail).toContain('both partners');
    const listed = await therapist.client.get(
      `/api/v1/therapist/couples/${coupleId}/full-accounts`,
    );
    expect(listed.body).toEqual({ mayOpen: false, reason: 'consent_missing', accounts: [] });
    expect(await snapshot(coupleId)).toBe(before);
    expect((await accountOf(alex)).state).toBe('sealed');
  });

  it('is refused once a partner revokes, and to anyone who is not the couple’s therapist', async () => {
    const { alex, sam, therapist, coupleId, openPath } = await coupleWithSealedAccount(BOTH);
    const before = await snapshot(coupleId);
    await consent(alex, therapist, []);
    expect((await therapist.client.post(openPath)).status).toBe(403);

    const stranger = await signUpTherapist(ctx, { displayName: 'Dr Other' });
    const notTheirs = await stranger.client.post(openPath);
    expect(notTheirs.status).toBe(404);
    expect(notTheirs.body.code).toBe('NOT_FOUND');
    // The partners open it by pressing "open" themselves, never through the therapist's route.
    for (const partner of [alex, sam]) {
      expect((await partner.client.post(openPath)).status).toBe(404);
    }
    expect(await snapshot(coupleId)).toBe(before);
    expect((await accountOf(sam)).state).toBe('sealed');
  });

  it('waits for a revocation being written at that moment, and is then refused', async () => {
    const { alex, therapist, coupleId, openPath } = await coupleWithSealedAccount(BOTH);
    const before = await snapshot(coupleId);
    const { id: memberId } = await ctx.database.db
      .selectFrom('couple_members')
      .select('id')
      .where('couple_id', '=', coupleId)
      .where('user_id', '=', alex.id)
      .executeTakeFirstOrThrow();
    // Alex's revocation, written as the consent route writes it (under the link's lock), is
    // held open while the therapist's open arrives: the open has already passed its first check.
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => {
      locked = resolve;
    });
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const revocation = ctx.database.db.transaction().execute(async (trx) => {
      await trx
        .selectFrom('couple_therapists')
        .select('couple_id')
        .where('couple_id', '=', coupleId)
        .where('therapist_user_id', '=', therapist.id)
        .forUpdate()
        .execute();
      await trx
        .insertInto('therapist_consents')
        .values({
          couple_id: coupleId,
          id: crypto.randomUUID(),
          therapist_user_id: therapist.id,
          member_id: memberId,
          categories: [],
          change: 'revoked',
          created_at: new Date(),
        })
        .execute();
      locked();
      await released;
    });
    await isLocked;
    let settled = false;
    const open = therapist.client.post(openPath).finally(() => {
      settled = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(settled).toBe(false);
    release();
    await revocation;
    const refused = await open;
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('ACCOUNT_NOT_YOURS');
    expect(await snapshot(coupleId)).toBe(before);
    expect((await accountOf(alex)).state).toBe('sealed');
  });

  it('does not know of a draft, or of an account of another couple', async () => {
    const { sam, therapist, coupleId } = await coupleWithSealedAccount(BOTH);
    const draft: string = (await sam.client.post('/api/v1/full-accounts', { text: 'Not yet' })).body
      .id;
    const before = await snapshot(coupleId);
    const refused = await therapist.client.post(
      `/api/v1/therapist/couples/${coupleId}/full-accounts/${draft}/open-in-session`,
    );
    expect(refused.status).toBe(404);
    expect(refused.body.detail).toBe('This couple has no sealed full account with that id.');
    const listed = await therapist.client.get(
      `/api/v1/therapist/couples/${coupleId}/full-accounts`,
    );
    expect(listed.body.accounts.map((account: { id: string }) => account.id)).not.toContain(draft);

    const other = await coupleWithSealedAccount(BOTH);
    const elsewhere = await therapist.client.post(
      `/api/v1/therapist/couples/${coupleId}/full-accounts/${other.id}/open-in-session`,
    );
    expect(elsewhere.status).toBe(404);
    expect(await snapshot(coupleId)).toBe(before);
    expect((await accountOf(other.alex)).state).toBe('sealed');
  });
});
