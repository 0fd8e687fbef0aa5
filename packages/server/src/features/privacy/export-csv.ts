import { stringify } from 'csv-stringify/sync';
import type { AccessLogEntry } from './access-log.js';
import type { PersonalData } from './export-store.js';

type Cell = string | number | boolean | null;

const iso = (date: Date | null) => (date ? date.toISOString() : null);
const json = (value: unknown) =>
  value === null || value === undefined ? null : JSON.stringify(value);

/**
 * A spreadsheet runs a cell that starts with = + - @ as a formula. A partner's display name is in
 * the access log, so such cells get a leading apostrophe, which spreadsheets show as plain text;
 * data.json keeps every text exactly as written.
 */
function inert(cell: Cell): Cell {
  return typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function table(columns: readonly string[], rows: readonly Cell[][]): string {
  const records = [columns as string[], ...rows.map((row) => row.map(inert))];
  // A byte-order mark so spreadsheet programs read the file as UTF-8, names and notes intact.
  return `\uFEFF${stringify(records, { record_delimiter: 'windows' })}`;
}

/** One CSV per kind of record, for spreadsheets: the same facts as data.json, one row each. */
export function csvFiles(data: PersonalData, accessLog: readonly AccessLogEntry[]) {
  return {
    'checkins.csv': table(
      [
        'week_start',
        'trust',
        'closeness',
        'honest_conversations',
        'mood',
        'note',
        'note_visibility',
        'withdrawn',
        'created_at',
        'updated_at',
      ],
      data.checkins.map((row) => [
        row.weekStart,
        row.trust,
        row.closeness,
        row.honestConversations,
        row.mood,
        row.note,
        row.noteVisibility,
        row.withdrawn,
        iso(row.createdAt),
        iso(row.updatedAt),
      ]),
    ),
    'questionnaire-responses.csv': table(
      [
        'id',
        'instrument',
        'version',
        'status',
        'total',
        'band',
        'facets',
        'answers',
        'started_at',
        'completed_at',
      ],
      data.questionnaireResponses.map((row) => [
        row.id,
        row.instrumentId,
        row.instrumentVersion,
        row.status,
        row.total,
        row.band,
        json(row.facets),
        json(row.answers),
        iso(row.startedAt),
        iso(row.completedAt),
      ]),
    ),
    'incidents.csv': table(
      [
        'incident_id',
        'about',
        'version',
        'kind',
        'disclosure',
        'occurred_on',
        'description',
        'correction_reason',
        'recorded_at',
      ],
      data.incidents.flatMap((incident) =>
        incident.versions.map((version) => [
          incident.id,
          incident.about,
          version.version,
          version.kind,
          version.disclosure,
          version.occurredOn,
          version.description,
          version.reason,
          iso(version.createdAt),
        ]),
      ),
    ),
    'incident-notes.csv': table(
      ['id', 'incident_id', 'on_your_incident', 'text', 'created_at'],
      data.incidentNotes.map((row) => [
        row.id,
        row.incidentId,
        row.onYourIncident,
        row.text,
        iso(row.createdAt),
      ]),
    ),
    'therapy-sessions.csv': table(
      ['id', 'held_on', 'kind', 'verification', 'attended_by_you', 'attendees', 'recorded_at'],
      data.therapySessions.map((row) => [
        row.id,
        row.heldOn,
        row.kind,
        row.verification,
        row.attendedByYou,
        row.attendeeCount,
        iso(row.createdAt),
      ]),
    ),
    // The entries themselves are ciphertext: they are in data.json, not in a spreadsheet.
    'journal-entries.csv': table(
      ['id', 'created_at', 'updated_at', 'encrypted_bytes'],
      data.journal.entries.map((row) => [
        row.id,
        iso(row.createdAt),
        iso(row.updatedAt),
        Buffer.byteLength(row.ciphertext, 'base64'),
      ]),
    ),
    'safety-screens.csv': table(
      ['id', 'version', 'answers', 'shared_with_therapist', 'taken_at'],
      data.safetyScreens.map((row) => [
        row.id,
        row.instrumentVersion,
        json(row.answers),
        row.sharedWithTherapist,
        iso(row.takenAt),
      ]),
    ),
    'safety-resources.csv': table(
      ['id', 'name', 'contact', 'note', 'created_at'],
      data.safetyResources.map((row) => [
        row.id,
        row.name,
        row.contact,
        row.note,
        iso(row.createdAt),
      ]),
    ),
    'program-progress.csv': table(
      ['stage', 'what', 'on', 'recorded_at'],
      data.program.progress.map((row) => [
        row.stageId,
        row.kind,
        row.occurredOn,
        iso(row.recordedAt),
      ]),
    ),
    'exercise-answers.csv': table(
      ['exercise', 'stage', 'visible_to', 'version', 'answers', 'saved_at'],
      data.program.answers.flatMap((answer) =>
        answer.versions.map((version) => [
          answer.exerciseId,
          answer.stageId,
          answer.visibility,
          version.version,
          json(version.values),
          iso(version.savedAt),
        ]),
      ),
    ),
    'access-log.csv': table(
      ['at', 'who', 'name', 'action', 'record_kind', 'device'],
      accessLog.map((entry) => [
        entry.at,
        entry.who,
        entry.displayName,
        entry.action,
        entry.recordKind,
        entry.device,
      ]),
    ),
  };
}
