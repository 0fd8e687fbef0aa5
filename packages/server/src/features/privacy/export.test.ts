import { AMEND_SAFETY_SCREEN, AMEND_TRUST } from '@amend/core';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { TestClient } from '../../test-support/client.js';
import { useTestContext } from '../../test-support/context.js';
import { linkedCouple, signUp } from '../../test-support/factories.js';
import { setUpJournal, writeEntry } from '../../test-support/journal.js';

const ctx = useTestContext();

async function download(client: TestClient) {
  const response = await client.get('/api/v1/me/export');
  expect(response.status, String(response.body).slice(0, 200)).toBe(200);
  const files = unzipSync(new Uint8Array(response.rawBody));
  const text = (name: string) => {
    const file = files[name];
    if (!file) throw new Error(`${name} is not in the download`);
    return strFromU8(file);
  };
  return { response, files, text, data: JSON.parse(text('data.json')) };
}

describe('exporting everything', () => {
  it('is one ZIP with data.json, a CSV per kind of record, a PDF summary and a README', async () => {
    const { creator } = await linkedCouple(ctx);
    const { response, files, text } = await download(creator.client);
    expect(response.headers['content-type']).toBe('application/zip');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="my-data-\d{4}-\d{2}-\d{2}\.zip"$/,
    );
    expect(response.headers['cache-control']).toBe('no-store');
    expect(Object.keys(files).sort()).toEqual([
      'README.txt',
      'access-log.csv',
      'checkins.csv',
      'data.json',
      'exercise-answers.csv',
      'incident-notes.csv',
      'incidents.csv',
      'journal-entries.csv',
      'program-progress.csv',
      'questionnaire-responses.csv',
      'safety-resources.csv',
      'safety-screens.csv',
      'summary.pdf',
      'therapy-sessions.csv',
    ]);
    const pdf = files['summary.pdf'] ?? new Uint8Array();
    expect(strFromU8(pdf.slice(0, 5))).toBe('%PDF-');
    expect(strFromU8(pdf.slice(-6))).toContain('%%EOF');
    expect(text('README.txt')).toContain('cannot read them');
  });

  it('holds everything the person owns, private notes and answers included, and nothing of the partner’s', async () => {
    const { creator, partner } = await linkedCouple(ctx);
    await creator.client.post('/api/v1/checkins', {
      trust: 3,
      closeness: 5,
      honestConversations: 2,
      mood: 'low',
      note: 'Only for me',
      noteVisibility: 'private',
    });
    await partner.client.post('/api/v1/checkins', {
      trust: 6,
      closeness: 6,
      honestConversations: 2,
      mood: 'good',
      note: 'Sam’s private thought',
      noteVisibility: 'private',
    });
    const answers = Object.fromEntries(AMEND_TRUST.items.map((item) => [item.id, 'agree']));
    await creator.client.post('/api/v1/questionnaires/amend-trust/responses', { answers });
    const incident = await creator.client.post('/api/v1/incidents', {
      kind: 'lie',
      disclosure: 'proactive',
      about: 'self',
      occurredOn: '2026-10-01',
      description: 'What I owned up to',
    });
    await creator.client.post(`/api/v1/incidents/${incident.body.id}/corrections`, {
      kind: 'lie',
      disclosure: 'proactive',
      occurredOn: '2026-09-29',
      reason: 'The date was earlier',
    });
    await creator.client.post(`/api/v1/incidents/${incident.body.id}/notes`, {
      text: 'Context I added',
    });
    await partner.client.get('/api/v1/checkins');

    const { data, text } = await download(creator.client);
    expect(data).toMatchObject({
      format: 'amend-personal-data',
      version: 1,
      account: { email: creator.email, displayName: 'Alex', timeZone: 'Europe/London' },
      memberships: [expect.objectContaining({ role: 'hurt', leftAt: null })],
      checkins: [
        expect.objectContaining({ trust: 3, note: 'Only for me', noteVisibility: 'private' }),
      ],
      questionnaireResponses: [
        expect.objectContaining({ instrumentId: 'amend-trust', status: 'completed', answers }),
      ],
      incidents: [
        expect.objectContaining({
          versions: [
            expect.objectContaining({ version: 1, description: 'What I owned up to' }),
            expect.objectContaining({ version: 2, reason: 'The date was earlier' }),
          ],
        }),
      ],
      incidentNotes: [expect.objectContaining({ text: 'Context I added', onYourIncident: true })],
    });
    expect(data.questionnaireResponses[0].total).toEqual(expect.any(Number));
    expect(data.accessLog).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ who: 'person', displayName: 'Sam', recordKind: 'checkins' }),
      ]),
    );
    const everything = JSON.stringify(data) + text('checkins.csv');
    expect(everything).not.toContain('Sam’s private thought');
    expect(everything).not.toContain(partner.email);
    expect(text('checkins.csv')).toContain('Only for me');
    expect(text('incidents.csv').trim().split('\n')).toHaveLength(3);
  });

  it('keeps the journal as the ciphertext it is, with its wrapped key, and says it cannot read it', async () => {
    const person = await signUp(ctx);
    const { journal } = await setUpJournal(person);
    await writeEntry(person, journal, 'Words the server never sees');
    await person.client.post('/api/v1/safety/screens', {
      answers: Object.fromEntries(AMEND_SAFETY_SCREEN.items.map((item) => [item.id, 'no'])),
    });
    const { data, text } = await download(person.client);
    expect(data.journal.keyring).toMatchObject({ kdf: 'argon2id', format: 1 });
    expect(data.journal.entries).toHaveLength(1);
    expect(Buffer.from(data.journal.entries[0].ciphertext, 'base64').length).toBeGreaterThan(256);
    expect(JSON.stringify(data)).not.toContain('Words the server never sees');
    expect(data.safetyScreens).toHaveLength(1);
    expect(text('journal-entries.csv').trim().split('\n')).toHaveLength(2);
  });

  it('writes a CSV cell that a spreadsheet would run as a formula as plain text', async () => {
    const person = await signUp(ctx, { displayName: 'Casey' });
    await person.client.post('/api/v1/space', {
      relationshipType: 'other',
      role: 'hurt',
      cameToLightOn: '2026-01-01',
    });
    await person.client.post('/api/v1/checkins', {
      trust: 5,
      closeness: 5,
      honestConversations: 0,
      mood: 'okay',
      note: '=HYPERLINK("http://example.org")',
      noteVisibility: 'private',
    });
    const { data, text } = await download(person.client);
    expect(text('checkins.csv')).toContain(`"'=HYPERLINK(""http://example.org"")"`);
    expect(data.checkins[0].note).toBe('=HYPERLINK("http://example.org")');
  });

  it('is in the person’s own access log', async () => {
    const person = await signUp(ctx);
    await download(person.client);
    const { body } = await person.client.get('/api/v1/me/access-log');
    expect(body.entries[0]).toMatchObject({ who: 'you', action: 'data.exported' });
  });
});
