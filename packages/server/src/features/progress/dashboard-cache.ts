import { gzipSync } from 'node:zlib';
import { localDateOf } from '@amend/core';
import { sql } from 'kysely';
import { LRUCache } from 'lru-cache';
import type { AmendDb } from '../../db/database.js';
import type { SessionRow } from '../sessions/store.js';

/**
 * The dashboard as it goes over the wire: the JSON as UTF-8 bytes, and the same bytes gzipped,
 * both made once (turning the text into bytes on every send was an eighth of a kept request).
 */
export interface RenderedDashboard {
  readonly json: Buffer;
  readonly gzip: Buffer;
}

interface CachedDashboard extends RenderedDashboard {
  readonly stamp: string;
}

/** The space the dashboard shows, and whose records besides the viewer's are in it. */
export interface DashboardSpace {
  readonly coupleId: string;
  readonly otherMemberIds: string[];
}

export interface DashboardStamp {
  readonly value: string;
  readonly space: DashboardSpace;
}

/** A live session found by its token, and the stamp of its person's dashboard (null: no space). */
export interface SessionAndStamp {
  readonly session: SessionRow;
  readonly stamp: DashboardStamp | null;
}

/**
 * What decides whether a kept dashboard is still the one the person would be shown now: their
 * space, its revision (raised by triggers on every couple-owned table, migration 0016), the
 * catalogue's revision, their time zone and their today. Read before anything is computed, so
 * data written while a dashboard is being computed can only make the kept copy look older than
 * it is, never newer. The same statement finds the session by its token (a kept dashboard then
 * costs one statement, as a primary-key read does) and names the other members, for the access
 * log. Null when the token names no live session. Prepared once per connection (db/prepared.ts):
 * planning this join cost more than running it.
 */
export async function sessionAndStamp(
  db: AmendDb,
  tokenHash: Buffer,
  now: Date,
): Promise<SessionAndStamp | null> {
  const result = await sql<{
    session_id: string;
    user_id: string;
    last_seen_at: Date;
    couple_id: string | null;
    revision: string | null;
    time_zone: string;
    catalogue: string;
    others: string[];
  }>`/* prepared: session-and-stamp */
    SELECT s.id AS session_id, s.user_id, s.last_seen_at,
      c.id AS couple_id, c.revision, u.time_zone,
      (SELECT revision FROM catalogue_revision) AS catalogue,
      ARRAY(SELECT o.user_id FROM couple_members o
        WHERE o.couple_id = m.couple_id AND o.left_at IS NULL AND o.user_id <> m.user_id
        ORDER BY o.user_id) AS others
    FROM sessions s
    JOIN users u ON u.id = s.user_id
    LEFT JOIN couple_members m ON m.user_id = s.user_id AND m.left_at IS NULL
    LEFT JOIN couples c ON c.id = m.couple_id
    WHERE s.token_hash = ${tokenHash}
      AND s.idle_expires_at > ${now} AND s.absolute_expires_at > ${now}`.execute(db);
  const row = result.rows[0];
  if (!row) return null;
  const session = { id: row.session_id, userId: row.user_id, lastSeenAt: row.last_seen_at };
  if (row.couple_id === null) return { session, stamp: null };
  const today = localDateOf(now, row.time_zone);
  return {
    session,
    stamp: {
      value: `${row.couple_id}:${row.revision}:${row.catalogue}:${row.time_zone}:${today}`,
      space: { coupleId: row.couple_id, otherMemberIds: row.others },
    },
  };
}

/**
 * Keeps each person's computed dashboard in this process, and hands it out again for as long as
 * nothing it shows has changed. The database says whether it has (see currentStamp), so several
 * app servers behind a load balancer each keep their own copies and none can serve a stale one.
 * Bounded by size: a two-year dashboard is about 15 KB of JSON (wire.ts) and 3 KB gzipped.
 */
export class DashboardCache {
  private readonly kept: LRUCache<string, CachedDashboard>;

  constructor(maxBytes = 64 * 1024 * 1024) {
    this.kept = new LRUCache<string, CachedDashboard>({
      maxSize: maxBytes,
      sizeCalculation: (entry) => entry.json.length + entry.gzip.length + 200,
    });
  }

  /**
   * The person's dashboard: the kept one when its stamp (from sessionAndStamp) is current, else
   * `render()`'s, kept for next time. Whoever is not in a space (no stamp) gets whatever
   * `render()` throws (a 404).
   */
  async read(
    userId: string,
    stamp: DashboardStamp | null,
    render: () => Promise<string>,
  ): Promise<RenderedDashboard> {
    const kept = this.kept.get(userId);
    if (stamp !== null && kept?.stamp === stamp.value) return kept;
    const json = Buffer.from(await render());
    const dashboard = { json, gzip: gzipSync(json) };
    if (stamp !== null) this.kept.set(userId, { ...dashboard, stamp: stamp.value });
    return dashboard;
  }

  /** How many dashboards are kept, for tests. */
  get size(): number {
    return this.kept.size;
  }
}
