import { randomBytes } from 'node:crypto';
import { JOURNAL_CIPHERTEXT_MAX_BYTES, JOURNAL_CIPHERTEXT_MIN_BYTES } from '@amend/core';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { argon2idBytes } from '../../../../web/src/features/journal/argon2.js';
import { createKeyring, encryptEntry } from '../../../../web/src/features/journal/crypto.js';
import { useTestContext } from '../../test-support/context.js';
import { signUp } from '../../test-support/factories.js';
import {
  FAST_ARGON2ID,
  JOURNAL_PASSPHRASE,
  setUpJournal,
  writeEntry,
} from '../../test-support/journal.js';

/** What is at rest: the database as someone with a dump of it would read it. */
const ctx = useTestContext();

/** Every row of every table in the schema, as PostgreSQL prints it (bytea as hex). */
async function everyRowAsText(): Promise<string> {
  const tables = await sql<{ name: string }>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`.execute(ctx.database.db);
  const dumps: string[] = [];
  for (const { name } of tables.rows) {
    const rows = await sql<{
      row: string;
    }>`SELECT t::text AS row FROM ${sql.table(name)} t`.execute(ctx.database.db);
    dumps.push(...rows.rows.map((row) => `${name}: ${row.row}`));
  }
  return dumps.join('\n');
}

/** The ways a piece of text could sit in a row: as text, as bytea hex, as base64 or base64url. */
function encodingsOf(text: string): string[] {
  const bytes = Buffer.from(text, 'utf8');
  return [text, bytes.toString('hex'), bytes.toString('base64'), bytes.toString('base64url')];
}

const SECRET_WORDS = [
  'I still check his phone when he sleeps',
  'Marguerite',
  'the hotel on Calder Street',
];

describe('journal data at rest', () => {
  it('holds ciphertext only: no table, read raw, contains a word of what was written', async () => {
    const person = await signUp(ctx);
    const { journal, recoveryKey } = await setUpJournal(person);
    for (const words of SECRET_WORDS) await writeEntry(person, journal, words);
    const edited = await writeEntry(person, journal, 'draft');
    const change = await person.client.request(
      'PUT',
      `/api/v1/journal/entries/${edited.id}`,
      await encryptEntry(journal, 'Marguerite again, edited'),
    );
    expect(change.status).toBe(200);

    const entries = await ctx.database.db
      .selectFrom('journal_entries')
      .selectAll()
      .where('owner_user_id', '=', person.id)
      .execute();
    expect(entries).toHaveLength(SECRET_WORDS.length + 1);
    for (const entry of entries) {
      for (const words of [...SECRET_WORDS, 'Marguerite again, edited']) {
        expect(entry.ciphertext.includes(Buffer.from(words, 'utf8'))).toBe(false);
      }
    }
    const everything = await everyRowAsText();
    // The dump really holds the journal's rows, so the search below means something.
    expect(everything).toContain(`journal_entries: (${person.id},${edited.id},`);
    for (const secret of [...SECRET_WORDS, JOURNAL_PASSPHRASE, recoveryKey.replaceAll('-', '')]) {
      for (const encoding of encodingsOf(secret)) expect(everything).not.toContain(encoding);
    }
  });

  it('records journal use in the audit trail by id only, never by content', async () => {
    const person = await signUp(ctx);
    const { journal } = await setUpJournal(person);
    const entry = await writeEntry(person, journal, 'Marguerite');
    await person.client.get('/api/v1/journal/keyring');
    await person.client.delete(`/api/v1/journal/entries/${entry.id}`);
    const events = await ctx.database.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('subject_user_id', '=', person.id)
      .where('action', 'like', 'journal.%')
      .orderBy('occurred_at')
      .execute();
    expect(events).toEqual([
      { action: 'journal.set_up', details: {} },
      { action: 'journal.entry_created', details: { entryId: entry.id } },
      { action: 'journal.keyring_read', details: {} },
      { action: 'journal.entry_deleted', details: { entryId: entry.id } },
    ]);
    const text = JSON.stringify(events);
    expect(text).not.toContain(entry.ciphertext.slice(0, 16));
    expect(text).not.toContain(entry.iv);
  });
});

describe('journal formats and sizes', () => {
  const sealedOf = (bytes: number) => ({
    iv: randomBytes(12).toString('base64url'),
    ciphertext: randomBytes(bytes).toString('base64url'),
  });

  async function storedEntryCount(userId: string): Promise<number> {
    const rows = await ctx.database.db
      .selectFrom('journal_entries')
      .select('id')
      .where('owner_user_id', '=', userId)
      .execute();
    return rows.length;
  }

  it('accepts ciphertext from the smallest padded entry to the largest, and nothing outside', async () => {
    const person = await signUp(ctx);
    await setUpJournal(person);
    const post = (body: unknown) => person.client.post('/api/v1/journal/entries', body);
    expect((await post(sealedOf(JOURNAL_CIPHERTEXT_MIN_BYTES))).status).toBe(201);
    expect((await post(sealedOf(JOURNAL_CIPHERTEXT_MAX_BYTES))).status).toBe(201);

    const tooSmall = await post(sealedOf(JOURNAL_CIPHERTEXT_MIN_BYTES - 1));
    const tooLarge = await post(sealedOf(JOURNAL_CIPHERTEXT_MAX_BYTES + 1));
    const farTooLarge = await post(sealedOf(200_000));
    expect([tooSmall.status, tooLarge.status, farTooLarge.status]).toEqual([400, 400, 413]);
    expect(tooSmall.body.errors.map((error: { field: string }) => error.field)).toEqual([
      'ciphertext',
    ]);
    expect(farTooLarge.body.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await storedEntryCount(person.id)).toBe(2);
  });

  it('refuses a wrong nonce length, stray base64url bits and unknown fields, storing nothing', async () => {
    const person = await signUp(ctx);
    await setUpJournal(person);
    const valid = sealedOf(JOURNAL_CIPHERTEXT_MIN_BYTES);
    const cases = [
      { ...valid, iv: randomBytes(16).toString('base64url') },
      // 272 bytes leave two unused bits in the last character; 'B' sets one of them.
      { ...valid, ciphertext: `${valid.ciphertext.slice(0, -1)}B` },
      { ...valid, ciphertext: `${valid.ciphertext.slice(0, -1)}+` },
      { ...valid, text: 'plaintext has no place here' },
    ];
    for (const body of cases) {
      const response = await person.client.post('/api/v1/journal/entries', body);
      expect(response.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
    }
    expect(await storedEntryCount(person.id)).toBe(0);
  });

  it('refuses a keyring with weak key derivation or malformed parts, and leaves no half-saved keyring', async () => {
    const person = await signUp(ctx);
    const { request } = await createKeyring(JOURNAL_PASSPHRASE, argon2idBytes, FAST_ARGON2ID);
    const cases = [
      { ...request, passphrase: { ...request.passphrase, memoryKiB: 4096 } },
      { ...request, passphrase: { ...request.passphrase, iterations: 1 } },
      { ...request, passphrase: { ...request.passphrase, kdf: 'pbkdf2' } },
      { ...request, recovery: { ...request.recovery, wrappedKey: request.recovery.iv } },
      {
        ...request,
        recovery: { ...request.recovery, salt: `${request.recovery.salt.slice(0, -1)}B` },
      },
      { ...request, format: 2 },
      { ...request, rewrapProof: undefined },
    ];
    for (const body of cases) {
      const response = await person.client.request('PUT', '/api/v1/journal/keyring', body);
      expect(response.status, JSON.stringify(response.body)).toBe(400);
    }
    expect((await person.client.get('/api/v1/journal/keyring')).body).toEqual({ keyring: null });
    const rows = await ctx.database.db
      .selectFrom('journal_keyrings')
      .select('user_id')
      .where('user_id', '=', person.id)
      .execute();
    expect(rows).toEqual([]);
  });
});
