import { gzipSync } from 'node:zlib';
import { localDateOf } from '@amend/core';
import { sql } from 'kysely';
import { LRUCache } from 'lru-cache';
import type { AmendDb } from '../../db/database.js';

/** The dashboard as it goes over the wire: the JSON text, and the same text gzipped once. */
export interface RenderedDashboard {
  readonly json: string;
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

interface Stamp {
  readonly value: string;
  readonly space: DashboardSpace;
}

/**
 * What decides whether a kept dashboard is still the one the person would be shown now: their
 * space, its revision (raised by triggers on every couple-owned table, migration 0016), the
 * catalogue's revision, their time zone and their today. Read in one small statement before
 * anything is computed, so data written while a dashboard is being computed can only make the
 * kept copy look older than it is, never newer. The same statement names the other members, for
 * the access log.
 */
async function currentStamp(db: AmendDb, userId: string, now: Date): Promise<Stamp | null> {
  const result = await sql<{
    couple_id: string;
    revision: string;
    time_zone: string;
    catalogue: string;
    others: string[];
  }>`
    SELECT c.id AS couple_id, c.revision, u.time_zone,
      (SELECT revision FROM catalogue_revision) AS catalogue,
      ARRAY(SELECT o.user_id FROM couple_members o
        WHERE o.couple_id = m.couple_id AND o.left_at IS NULL AND o.user_id <> m.user_id
        ORDER BY o.user_id) AS others
    FROM couple_members m
    JOIN couples c ON c.id = m.couple_id
    JOIN users u ON u.id = m.user_id
    WHERE m.user_id = ${userId} AND m.left_at IS NULL`.execute(db);
  const row = result.rows[0];
  if (!row) return null;
  const today = localDateOf(now, row.time_zone);
  return {
    value: `${row.couple_id}:${row.revision}:${row.catalogue}:${row.time_zone}:${today}`,
    space: { coupleId: row.couple_id, otherMemberIds: row.others },
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
      sizeCalculation: (entry) => entry.json.length * 2 + entry.gzip.length + 200,
    });
  }

  /**
   * The person's dashboard: the kept one when its stamp is current, else `render()`'s, kept for
   * next time. Whoever is not in a space gets whatever `render()` throws (a 404).
   */
  async read(
    db: AmendDb,
    userId: string,
    now: Date,
    render: () => Promise<string>,
  ): Promise<{ dashboard: RenderedDashboard; space: DashboardSpace | null }> {
    const stamp = await currentStamp(db, userId, now);
    const kept = this.kept.get(userId);
    if (stamp !== null && kept?.stamp === stamp.value)
      return { dashboard: kept, space: stamp.space };
    const json = await render();
    const dashboard = { json, gzip: gzipSync(json) };
    if (stamp !== null) this.kept.set(userId, { ...dashboard, stamp: stamp.value });
    return { dashboard, space: stamp?.space ?? null };
  }

  /** How many dashboards are kept, for tests. */
  get size(): number {
    return this.kept.size;
  }
}
