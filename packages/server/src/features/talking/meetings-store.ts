import { sql } from 'kysely';
import type { AmendDb } from '../../db/database.js';

export interface MeetingRow {
  readonly id: string;
  readonly startedBy: string;
  readonly startedAt: Date;
  readonly finishedAt: Date | null;
  readonly finishedBy: string | null;
}

export interface MeetingNoteRow {
  readonly authorId: string;
  readonly section: string;
  readonly version: number;
  readonly text: string;
  readonly savedAt: Date;
}

const MEETING_COLUMNS = [
  'id',
  'started_by as startedBy',
  'started_at as startedAt',
  'finished_at as finishedAt',
  'finished_by as finishedBy',
] as const;

/** The open meeting of the space, if any (at most one: a partial unique index). */
export async function findOpenMeeting(db: AmendDb, coupleId: string) {
  return db
    .selectFrom('meetings')
    .select(MEETING_COLUMNS)
    .where('couple_id', '=', coupleId)
    .where('finished_at', 'is', null)
    .executeTakeFirst();
}

export async function findMeeting(db: AmendDb, coupleId: string, id: string) {
  return db
    .selectFrom('meetings')
    .select(MEETING_COLUMNS)
    .where('couple_id', '=', coupleId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function listMeetings(db: AmendDb, coupleId: string, limit: number) {
  return db
    .selectFrom('meetings')
    .select(MEETING_COLUMNS)
    .where('couple_id', '=', coupleId)
    .orderBy('started_at', 'desc')
    .limit(limit)
    .execute();
}

/**
 * Starts a meeting unless one is open. Both screens may press "start" at once: the index lets
 * one insert through and the other finds it. Answers the meeting and whether this call began it.
 */
export async function startMeeting(
  db: AmendDb,
  row: { coupleId: string; id: string; startedBy: string; at: Date },
): Promise<{ meeting: MeetingRow; started: boolean }> {
  const inserted = await db
    .insertInto('meetings')
    .values({
      couple_id: row.coupleId,
      id: row.id,
      started_by: row.startedBy,
      started_at: row.at,
      finished_at: null,
      finished_by: null,
    })
    .onConflict((conflict) => conflict.doNothing())
    .returning(MEETING_COLUMNS)
    .executeTakeFirst();
  if (inserted) return { meeting: inserted, started: true };
  const open = await findOpenMeeting(db, row.coupleId);
  if (!open) throw new Error('A meeting was neither started nor found open');
  return { meeting: open, started: false };
}

/** Closes an open meeting; false when it was already finished (by the other screen). */
export async function finishMeeting(
  db: AmendDb,
  coupleId: string,
  id: string,
  finishedBy: string,
  at: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('meetings')
    .set({ finished_at: at, finished_by: finishedBy })
    .where('couple_id', '=', coupleId)
    .where('id', '=', id)
    .where('finished_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Each author's latest note in each part of the meeting. */
export async function latestNotes(
  db: AmendDb,
  coupleId: string,
  meetingId: string,
): Promise<MeetingNoteRow[]> {
  return db
    .selectFrom('meeting_notes')
    .distinctOn(['author_id', 'section'])
    .select(['author_id as authorId', 'section', 'version', 'text', 'saved_at as savedAt'])
    .where('couple_id', '=', coupleId)
    .where('meeting_id', '=', meetingId)
    .orderBy('author_id')
    .orderBy('section')
    .orderBy('version', 'desc')
    .execute();
}

/**
 * Saves a note as the author's next version for that part, unless it says exactly what the
 * latest already says (an autosave after no change adds nothing).
 */
export async function saveNote(
  db: AmendDb,
  note: {
    coupleId: string;
    meetingId: string;
    authorId: string;
    section: string;
    text: string;
    at: Date;
  },
): Promise<void> {
  await sql`
    INSERT INTO meeting_notes (couple_id, meeting_id, author_id, section, version, text, saved_at)
    SELECT ${note.coupleId}::uuid, ${note.meetingId}::uuid, ${note.authorId}::uuid,
      ${note.section}::text, COALESCE(MAX(version), 0) + 1, ${note.text}::text,
      ${note.at}::timestamptz
    FROM meeting_notes
    WHERE couple_id = ${note.coupleId} AND meeting_id = ${note.meetingId}
      AND author_id = ${note.authorId} AND section = ${note.section}
    HAVING (
      SELECT n.text FROM meeting_notes n
      WHERE n.couple_id = ${note.coupleId} AND n.meeting_id = ${note.meetingId}
        AND n.author_id = ${note.authorId} AND n.section = ${note.section}
      ORDER BY n.version DESC LIMIT 1
    ) IS DISTINCT FROM ${note.text}::text`.execute(db);
}
