import { describe, expect, it } from 'vitest';
import { argon2idBytes } from '../../../../web/src/features/journal/argon2.js';
import {
  changePassphrase,
  createKeyring,
  decryptEntry,
  encryptEntry,
  recoverWithRecoveryKey,
  type StoredKeyring,
  unlockWithPassphrase,
} from '../../../../web/src/features/journal/crypto.js';
import { useTestContext } from '../../test-support/context.js';
import { createSpace, linkedCouple, signUp } from '../../test-support/factories.js';
import {
  FAST_ARGON2ID,
  JOURNAL_PASSPHRASE,
  setUpJournal,
  writeEntry,
} from '../../test-support/journal.js';

const ctx = useTestContext();

describe('journal', () => {
  it('works for a person with no partner and no space: set up, write, unlock and read back', async () => {
    const person = await signUp(ctx);
    expect((await person.client.get('/api/v1/journal/keyring')).body).toEqual({ keyring: null });
    const { journal } = await setUpJournal(person);
    await writeEntry(person, journal, 'Nobody else will read this.');

    const { body } = await person.client.get('/api/v1/journal/keyring');
    const keyring = body.keyring as StoredKeyring;
    expect(keyring).toMatchObject({ format: 1, version: 1, passphrase: FAST_ARGON2ID });
    expect(JSON.stringify(body)).not.toContain('rewrapProof');
    const reopened = await unlockWithPassphrase(keyring, JOURNAL_PASSPHRASE, argon2idBytes);
    const page = (await person.client.get('/api/v1/journal/entries')).body;
    expect(await decryptEntry(reopened, page.entries[0])).toBe('Nobody else will read this.');
  });

  it('a partner cannot read, change or delete the other’s entry, and is answered like a missing one', async () => {
    const { creator, partner } = await linkedCouple(ctx);
    const { journal } = await setUpJournal(creator);
    const entry = await writeEntry(creator, journal, 'What I could not say today.');
    const missing = '01900000-0000-7000-8000-000000000000';

    expect((await partner.client.get('/api/v1/journal/keyring')).body).toEqual({ keyring: null });
    expect((await partner.client.get('/api/v1/journal/entries')).body.entries).toEqual([]);
    const replacement = await encryptEntry(journal, 'Overwritten by someone else.');
    for (const id of [entry.id, missing]) {
      const changed = await partner.client.request(
        'PUT',
        `/api/v1/journal/entries/${id}`,
        replacement,
      );
      const deleted = await partner.client.delete(`/api/v1/journal/entries/${id}`);
      expect([changed.status, deleted.status]).toEqual([404, 404]);
      expect(changed.body.detail).toBe('There is no journal entry of yours with that id.');
    }
    const after = (await creator.client.get('/api/v1/journal/entries')).body.entries;
    expect(after).toEqual([entry]);
  });

  it('never shows journal entries on anything shared with the partner', async () => {
    const { creator, partner } = await linkedCouple(ctx);
    const { journal } = await setUpJournal(creator);
    const entry = await writeEntry(creator, journal, 'Private words.');
    for (const url of [
      '/api/v1/space',
      '/api/v1/progress',
      '/api/v1/checkins',
      '/api/v1/incidents',
    ]) {
      const response = await partner.client.get(url);
      expect(response.status).toBe(200);
      expect(JSON.stringify(response.body)).not.toContain(entry.id);
      expect(JSON.stringify(response.body)).not.toContain(entry.ciphertext.slice(0, 40));
    }
  });

  it('answers a retried set-up with the keyring stored, and refuses a different one', async () => {
    const person = await signUp(ctx);
    const created = await createKeyring(JOURNAL_PASSPHRASE, argon2idBytes, FAST_ARGON2ID);
    const first = await person.client.request('PUT', '/api/v1/journal/keyring', created.request);
    const retried = await person.client.request('PUT', '/api/v1/journal/keyring', created.request);
    expect([first.status, retried.status]).toEqual([201, 200]);
    expect(retried.body).toEqual(first.body);

    const other = await createKeyring('a different passphrase', argon2idBytes, FAST_ARGON2ID);
    const refused = await person.client.request('PUT', '/api/v1/journal/keyring', other.request);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('JOURNAL_EXISTS');
    expect((await person.client.get('/api/v1/journal/keyring')).body).toEqual(first.body);
  });

  it('changes the passphrase by re-wrapping only: every entry stays exactly as stored', async () => {
    const person = await signUp(ctx);
    const { journal, keyring } = await setUpJournal(person);
    const entry = await writeEntry(person, journal, 'Before the change.');
    const changed = await changePassphrase(
      keyring,
      JOURNAL_PASSPHRASE,
      'a fresh passphrase',
      argon2idBytes,
      FAST_ARGON2ID,
    );
    const response = await person.client.post(
      '/api/v1/journal/keyring/passphrase',
      changed.request,
    );
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.keyring.version).toBe(2);
    expect(response.body.keyring.recovery).toEqual(keyring.recovery);

    const entries = (await person.client.get('/api/v1/journal/entries')).body.entries;
    expect(entries).toEqual([entry]);
    const reopened = await unlockWithPassphrase(
      response.body.keyring,
      'a fresh passphrase',
      argon2idBytes,
    );
    expect(await decryptEntry(reopened, entries[0])).toBe('Before the change.');
  });

  it('sets a new passphrase with the recovery key when the old one is forgotten', async () => {
    const person = await signUp(ctx);
    const { journal, keyring, recoveryKey } = await setUpJournal(person);
    await writeEntry(person, journal, 'Still here after recovery.');
    const recovered = await recoverWithRecoveryKey(
      keyring,
      recoveryKey,
      'remembered this time',
      argon2idBytes,
      FAST_ARGON2ID,
    );
    const response = await person.client.post(
      '/api/v1/journal/keyring/passphrase',
      recovered.request,
    );
    expect(response.status).toBe(200);
    const reopened = await unlockWithPassphrase(
      response.body.keyring,
      'remembered this time',
      argon2idBytes,
    );
    const { entries } = (await person.client.get('/api/v1/journal/entries')).body;
    expect(await decryptEntry(reopened, entries[0])).toBe('Still here after recovery.');
  });

  it('refuses a passphrase change without the data key’s proof, or from an older version, and keeps the keyring', async () => {
    const person = await signUp(ctx);
    const { keyring } = await setUpJournal(person);
    const before = (await person.client.get('/api/v1/journal/keyring')).body;
    const stranger = await createKeyring('someone else entirely', argon2idBytes, FAST_ARGON2ID);
    const forged = await person.client.post('/api/v1/journal/keyring/passphrase', {
      version: 1,
      rewrapProof: stranger.request.rewrapProof,
      passphrase: stranger.request.passphrase,
    });
    expect([forged.status, forged.body.code]).toEqual([403, 'JOURNAL_KEY_MISMATCH']);

    const first = await changePassphrase(
      keyring,
      JOURNAL_PASSPHRASE,
      'first new one',
      argon2idBytes,
      FAST_ARGON2ID,
    );
    const second = await changePassphrase(
      keyring,
      JOURNAL_PASSPHRASE,
      'second new one',
      argon2idBytes,
      FAST_ARGON2ID,
    );
    expect(
      (await person.client.post('/api/v1/journal/keyring/passphrase', first.request)).status,
    ).toBe(200);
    const stale = await person.client.post('/api/v1/journal/keyring/passphrase', second.request);
    expect([stale.status, stale.body.code]).toEqual([409, 'JOURNAL_KEYRING_CHANGED']);
    const after = (await person.client.get('/api/v1/journal/keyring')).body.keyring;
    expect(after.passphrase).toEqual(first.request.passphrase);
    expect(after.recovery).toEqual(before.keyring.recovery);
  });

  it('stores a retried entry once when it carries the same idempotency key', async () => {
    const person = await signUp(ctx);
    const { journal } = await setUpJournal(person);
    const key = '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
    const sealed = await encryptEntry(journal, 'Sent twice on a bad connection.');
    const first = await person.client.post('/api/v1/journal/entries', {
      ...sealed,
      idempotencyKey: key,
    });
    const again = await person.client.post('/api/v1/journal/entries', {
      ...sealed,
      idempotencyKey: key,
    });
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.body.entry).toEqual(first.body.entry);
    expect((await person.client.get('/api/v1/journal/entries')).body.entries).toHaveLength(1);
  });

  it('edits and deletes an entry of one’s own', async () => {
    const person = await signUp(ctx);
    const { journal } = await setUpJournal(person);
    const entry = await writeEntry(person, journal, 'First draft.');
    ctx.clock.advance(60_000);
    const changed = await person.client.request(
      'PUT',
      `/api/v1/journal/entries/${entry.id}`,
      await encryptEntry(journal, 'Second thoughts.'),
    );
    expect(changed.status).toBe(200);
    expect(changed.body.entry.updatedAt > entry.createdAt).toBe(true);
    expect(await decryptEntry(journal, changed.body.entry)).toBe('Second thoughts.');
    expect((await person.client.delete(`/api/v1/journal/entries/${entry.id}`)).status).toBe(204);
    expect((await person.client.delete(`/api/v1/journal/entries/${entry.id}`)).status).toBe(404);
    expect((await person.client.get('/api/v1/journal/entries')).body.entries).toEqual([]);
    ctx.clock.reset();
  });

  it('lists entries newest first, twenty to a page, with a cursor to the older ones', async () => {
    const person = await signUp(ctx);
    const { journal } = await setUpJournal(person);
    const written: string[] = [];
    for (let day = 0; day < 23; day += 1) {
      written.push((await writeEntry(person, journal, `Day ${day}`)).id);
      ctx.clock.advance(86_400_000);
    }
    ctx.clock.reset();
    const first = (await person.client.get('/api/v1/journal/entries')).body;
    expect(first.entries.map((entry: { id: string }) => entry.id)).toEqual(
      written.slice(3).reverse(),
    );
    const second = (
      await person.client.get(
        `/api/v1/journal/entries?before=${encodeURIComponent(first.nextCursor)}`,
      )
    ).body;
    expect(second.entries.map((entry: { id: string }) => entry.id)).toEqual(
      written.slice(0, 3).reverse(),
    );
    expect(second.nextCursor).toBeNull();
    expect(await decryptEntry(journal, second.entries[2])).toBe('Day 0');
    const malformed = await person.client.get('/api/v1/journal/entries?before=yesterday');
    expect(malformed.status).toBe(400);
  });

  it('refuses an entry before the journal is set up, and stores nothing', async () => {
    const person = await signUp(ctx);
    const { journal } = await createKeyring(JOURNAL_PASSPHRASE, argon2idBytes, FAST_ARGON2ID);
    const response = await person.client.post(
      '/api/v1/journal/entries',
      await encryptEntry(journal, 'Too early.'),
    );
    expect([response.status, response.body.code]).toEqual([409, 'JOURNAL_NOT_SET_UP']);
    const rows = await ctx.database.db
      .selectFrom('journal_entries')
      .select('id')
      .where('owner_user_id', '=', person.id)
      .execute();
    expect(rows).toEqual([]);
  });

  it('deletes the whole journal to start again, and then accepts a new one', async () => {
    const person = await signUp(ctx);
    await createSpace(person);
    const { journal } = await setUpJournal(person);
    await writeEntry(person, journal, 'Gone with the journal.');
    expect((await person.client.delete('/api/v1/journal')).status).toBe(204);
    expect((await person.client.get('/api/v1/journal/keyring')).body).toEqual({ keyring: null });
    expect((await person.client.get('/api/v1/journal/entries')).body.entries).toEqual([]);
    expect((await person.client.delete('/api/v1/journal')).status).toBe(404);
    await setUpJournal(person);
  });
});
