import { DomainError } from '@amend/core';
import type { AppDeps } from '../../platform/deps.js';
import { summarizeUserAgent } from '../sessions/device-summary.js';
import { type AccessLogCursor, type AccessLogRow, listAccessLog } from './access-store.js';

export const ACCESS_LOG_PAGE_SIZE = 50;

/**
 * One line of "who has seen your data". `who` is the person themself, another named person (a
 * partner), or someone unknown: a failed sign-in, or a person whose account has since been deleted.
 */
export interface AccessLogEntry {
  readonly id: string;
  readonly at: string;
  readonly who: 'you' | 'person' | 'someone';
  readonly displayName: string | null;
  readonly action: string;
  readonly recordKind: string | null;
  /**
   * "Firefox on Linux", for what happened from the person's own account or from an unknown
   * device. Another person's device is theirs to know, so it is not shown.
   */
  readonly device: string | null;
}

export interface AccessLogPage {
  readonly entries: AccessLogEntry[];
  /** Pass as `before` for the next, older page; null on the last page. */
  readonly nextCursor: string | null;
}

export function presentAccessLogEntry(row: AccessLogRow, viewerId: string): AccessLogEntry {
  const who =
    row.actorId === viewerId ? 'you' : row.actorId && row.actorName ? 'person' : 'someone';
  return {
    id: row.id,
    at: row.occurredAt.toISOString(),
    who,
    displayName: who === 'person' ? row.actorName : null,
    action: row.action,
    recordKind: row.kind,
    device: who === 'person' ? null : row.userAgent ? summarizeUserAgent(row.userAgent) : null,
  };
}

const CURSOR_PATTERN =
  /^(\d{1,15})_([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

function encodeCursor(row: AccessLogRow): string {
  return `${row.occurredAt.getTime()}_${row.id}`;
}

function decodeCursor(cursor: string): AccessLogCursor {
  const match = CURSOR_PATTERN.exec(cursor);
  if (!match?.[1] || !match[2]) {
    throw new DomainError('VALIDATION_FAILED', 'That page of your access log does not exist.', [
      { field: 'before', message: 'Use the nextCursor from the previous page.' },
    ]);
  }
  return { occurredAt: new Date(Number(match[1])), id: match[2] };
}

/** The events about this person only (they are the subject), newest first, a page at a time. */
export async function accessLogPage(
  deps: AppDeps,
  userId: string,
  before: string | undefined,
): Promise<AccessLogPage> {
  const rows = await listAccessLog(deps.db, userId, {
    before: before ? decodeCursor(before) : null,
    limit: ACCESS_LOG_PAGE_SIZE + 1,
  });
  const page = rows.slice(0, ACCESS_LOG_PAGE_SIZE);
  const last = page.at(-1);
  return {
    entries: page.map((row) => presentAccessLogEntry(row, userId)),
    nextCursor: rows.length > ACCESS_LOG_PAGE_SIZE && last ? encodeCursor(last) : null,
  };
}

/** The whole log, for the export. */
export async function fullAccessLog(deps: AppDeps, userId: string): Promise<AccessLogEntry[]> {
  const rows = await listAccessLog(deps.db, userId, { before: null, limit: null });
  return rows.map((row) => presentAccessLogEntry(row, userId));
}
