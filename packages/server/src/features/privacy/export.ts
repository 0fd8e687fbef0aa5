import { DomainError, localDateOf } from '@amend/core';
import { strToU8, type Zippable, zipSync } from 'fflate';
import type { AppDeps, RequestOrigin } from '../../platform/deps.js';
import { recordAuditEvent } from '../audit/store.js';
import { fullAccessLog } from './access-log.js';
import { csvFiles } from './export-csv.js';
import { summaryPdf } from './export-pdf.js';
import { readPersonalData } from './export-store.js';

export const EXPORT_FORMAT_VERSION = 1;

const README = `Your data
=========

This download holds everything you own in your account, as it was when you downloaded it.

data.json
  Everything, in one file that other programs can read: your account, the spaces you were
  in, your check-ins (private notes included), your questionnaire answers and scores, the
  incidents you reported with every correction, the notes you added, the therapy sessions
  you recorded, your recovery path and exercise answers with every version, what you put
  into talking and reconnecting (conversations you logged and your own ratings, meetings and
  your notes, prompt marks, pauses, trigger moments, appreciations, time together), the
  agreement versions you proposed, your answers to proposals and your weekly did-it-hold
  marks, the questions you asked and the answers you gave (with your marks, holds and
  withdrawals), your disclosures, every version of your full account, your commitments with
  your weekly marks and acknowledgements, the notifications you received, your reminder
  choices with the devices you get notifications on and the e-mails and push messages sent
  to you (when and what kind, never more), whether you have a calendar link, your
  journal (encrypted), your safety screens and saved places for help, and your access log. Times
  are in UTC (ISO 8601); calendar days are YYYY-MM-DD.

*.csv
  The same records as tables, one file per kind, for a spreadsheet. A text that begins
  with = + - or @ starts with an apostrophe there, so that no spreadsheet runs it as a
  formula; data.json keeps every text exactly as written.

summary.pdf
  A readable overview with your ratings over time.

Your journal
  Journal entries are encrypted in your browser before they are saved, and the server
  never holds the key. This download therefore cannot read them: data.json keeps each
  entry's ciphertext and the wrapped key (the "keyring") exactly as stored. Only your
  journal passphrase or recovery key can open them, in the app.

What is not here
  What other people wrote (for example a note your partner added to an incident you
  reported) belongs to them and is not part of your download. Passwords, two-step
  secrets and session keys are never exported.

Keep this file somewhere safe: it is as private as the app itself.
`;

function json(value: unknown): Uint8Array {
  return strToU8(JSON.stringify(value, null, 2));
}

/**
 * One ZIP with everything the person owns: data.json, one CSV per kind of record, summary.pdf
 * and README.txt. Built in memory: a year of daily use is well under a few megabytes, and the
 * journal's ciphertext (already random) is stored without compressing it again.
 */
export async function exportEverything(
  deps: AppDeps,
  userId: string,
  origin: RequestOrigin,
): Promise<{ fileName: string; zip: Uint8Array }> {
  const now = deps.now();
  const [data, accessLog] = await Promise.all([
    readPersonalData(deps.db, userId),
    fullAccessLog(deps, userId),
  ]);
  if (!data) throw new DomainError('UNAUTHENTICATED', 'Please sign in to continue.');
  const files: Zippable = {
    'README.txt': strToU8(README.replaceAll('\n', '\r\n')),
    'data.json': [
      json({
        format: 'amend-personal-data',
        version: EXPORT_FORMAT_VERSION,
        exportedAt: now.toISOString(),
        ...data,
        accessLog,
      }),
      { level: data.journal.entries.length > 0 ? 1 : 6 },
    ],
    'summary.pdf': [await summaryPdf(data, accessLog, now), { level: 0 }],
  };
  for (const [name, text] of Object.entries(csvFiles(data, accessLog))) files[name] = strToU8(text);
  const zip = zipSync(files, { level: 6, mtime: now });
  await recordAuditEvent(
    deps.db,
    { action: 'data.exported', actorUserId: userId, subjectUserId: userId, origin },
    now,
  );
  const day = localDateOf(now, data.account.timeZone);
  return { fileName: `my-data-${day}.zip`, zip };
}
