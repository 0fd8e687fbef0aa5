import { sql } from 'kysely';
import type { AmendDb } from '../../db/database.js';

/**
 * The caseload's reads: each is one statement over every couple the therapist works with
 * (couple_id = ANY(...)), so the page costs the same handful of statements for 2 couples or 200.
 */

export interface CaseloadMemberRow {
  readonly coupleId: string;
  readonly spaceCreatedAt: Date;
  readonly memberId: string;
  readonly userId: string;
  readonly displayName: string;
  readonly role: string;
  readonly joinedAt: Date;
  /** The latest consent of this partner for this therapist; null when they never chose. */
  readonly categories: string[] | null;
}

/** Every active couple on the caseload with its partners in the space now and their consent. */
export async function caseloadMembers(
  db: AmendDb,
  therapistUserId: string,
): Promise<CaseloadMemberRow[]> {
  const result = await sql<{
    couple_id: string;
    created_at: Date;
    member_id: string;
    user_id: string;
    display_name: string;
    role: string;
    joined_at: Date;
    categories: string[] | null;
  }>`
    SELECT l.couple_id, c.created_at, m.id AS member_id, m.user_id, u.display_name, m.role,
           m.joined_at, consent.categories
    FROM couple_therapists l
    JOIN couples c ON c.id = l.couple_id AND c.ended_at IS NULL
    JOIN couple_members m ON m.couple_id = l.couple_id AND m.left_at IS NULL
    JOIN users u ON u.id = m.user_id
    LEFT JOIN LATERAL (
      SELECT t.categories FROM therapist_consents t
      WHERE t.couple_id = l.couple_id AND t.therapist_user_id = l.therapist_user_id
        AND t.member_id = m.id
      ORDER BY t.created_at DESC, t.id DESC LIMIT 1
    ) consent ON true
    WHERE l.therapist_user_id = ${therapistUserId} AND l.ended_at IS NULL
    ORDER BY l.couple_id, m.joined_at`.execute(db);
  return result.rows.map((row) => ({
    coupleId: row.couple_id,
    spaceCreatedAt: row.created_at,
    memberId: row.member_id,
    userId: row.user_id,
    displayName: row.display_name,
    role: row.role,
    joinedAt: row.joined_at,
    categories: row.categories,
  }));
}

/** (couple, user) pairs as two parallel arrays, for `(couple_id, user_id) IN (unnest, unnest)`. */
export interface OwnerPairs {
  readonly coupleIds: readonly string[];
  readonly userIds: readonly string[];
}

export async function trustCheckins(db: AmendDb, owners: OwnerPairs, since: string) {
  if (owners.coupleIds.length === 0) return [];
  const result = await sql<{
    couple_id: string;
    user_id: string;
    week_start: string;
    trust: number;
  }>`
    SELECT k.couple_id, k.user_id, k.week_start, k.trust
    FROM checkins k
    JOIN unnest(${owners.coupleIds}::uuid[], ${owners.userIds}::uuid[]) AS o(couple_id, user_id)
      ON o.couple_id = k.couple_id AND o.user_id = k.user_id
    WHERE k.week_start >= ${since}::date
    ORDER BY k.week_start`.execute(db);
  return result.rows;
}

/** The current version of each incident the given partners reported. */
export async function currentIncidents(db: AmendDb, owners: OwnerPairs) {
  if (owners.coupleIds.length === 0) return [];
  const couples = [...new Set(owners.coupleIds)]; // a couple appears once per partner who shares
  const result = await sql<{
    couple_id: string;
    kind: string;
    disclosure: string;
    occurred_on: string;
  }>`
    SELECT DISTINCT ON (v.couple_id, v.incident_id) v.couple_id, v.kind, v.disclosure, v.occurred_on
    FROM incidents i
    JOIN unnest(${owners.coupleIds}::uuid[], ${owners.userIds}::uuid[]) AS o(couple_id, user_id)
      ON o.couple_id = i.couple_id AND o.user_id = i.reported_by
    JOIN incident_versions v ON v.couple_id = i.couple_id AND v.incident_id = i.id
    -- Repeats the join's couples as a plain condition: the planner cannot see into the unnest,
    -- and without this it read the whole incidents table once there were 10,000 couples.
    WHERE i.couple_id = ANY(${couples}::uuid[])
      AND v.couple_id = ANY(${couples}::uuid[])
    ORDER BY v.couple_id, v.incident_id, v.version DESC`.execute(db);
  return result.rows;
}

/**
 * Sessions attended, per couple: those this therapist verified, and those a partner who shares
 * metrics recorded themselves.
 */
export async function sessionCounts(
  db: AmendDb,
  therapistUserId: string,
  coupleIds: readonly string[],
  metricOwners: OwnerPairs,
) {
  if (coupleIds.length === 0) return [];
  const result = await sql<{ couple_id: string; sessions: number }>`
    SELECT s.couple_id, count(*)::int AS sessions
    FROM therapy_sessions s
    WHERE s.couple_id = ANY(${coupleIds}::uuid[])
      AND (s.therapist_user_id = ${therapistUserId}
        OR (s.couple_id, s.recorded_by) IN (
          SELECT * FROM unnest(${metricOwners.coupleIds}::uuid[], ${metricOwners.userIds}::uuid[])))
    GROUP BY s.couple_id`.execute(db);
  return result.rows;
}

/** Each partner's first (baseline) and latest completed response to each questionnaire. */
export async function baselineAndLatestScores(db: AmendDb, owners: OwnerPairs) {
  if (owners.coupleIds.length === 0) return [];
  const result = await sql<{
    couple_id: string;
    user_id: string;
    instrument_id: string;
    total: number | null;
    band: string | null;
    completed_at: Date;
    is_first: boolean;
    is_last: boolean;
  }>`
    SELECT couple_id, user_id, instrument_id, total, band, completed_at, rn_first = 1 AS is_first,
           rn_last = 1 AS is_last
    FROM (
      SELECT r.couple_id, r.user_id, r.instrument_id, r.total, r.band, r.completed_at,
        row_number() OVER (PARTITION BY r.couple_id, r.user_id, r.instrument_id
                           ORDER BY r.completed_at, r.id) AS rn_first,
        row_number() OVER (PARTITION BY r.couple_id, r.user_id, r.instrument_id
                           ORDER BY r.completed_at DESC, r.id DESC) AS rn_last
      FROM questionnaire_responses r
      JOIN unnest(${owners.coupleIds}::uuid[], ${owners.userIds}::uuid[]) AS o(couple_id, user_id)
        ON o.couple_id = r.couple_id AND o.user_id = r.user_id
      WHERE r.status = 'completed'
    ) ranked
    WHERE rn_first = 1 OR rn_last = 1`.execute(db);
  return result.rows;
}

/**
 * Questions kept for the therapy session and not yet released or withdrawn, per couple, counted
 * when the partner who kept them shares questions for the session (only the count is shown).
 */
export async function questionsHeldForSession(db: AmendDb, owners: OwnerPairs) {
  if (owners.coupleIds.length === 0) return [];
  const result = await sql<{ couple_id: string; held: number }>`
    SELECT q.couple_id, count(*)::int AS held
    FROM questions q
    JOIN LATERAL (
      SELECT e.type, e.by_user FROM question_events e
      WHERE e.couple_id = q.couple_id AND e.question_id = q.id
        AND e.type IN ('held', 'released', 'withdrawn')
      ORDER BY e.created_at DESC, e.id DESC LIMIT 1
    ) latest ON true
    JOIN unnest(${owners.coupleIds}::uuid[], ${owners.userIds}::uuid[]) AS o(couple_id, user_id)
      ON o.couple_id = q.couple_id AND o.user_id = latest.by_user
    WHERE latest.type = 'held'
    GROUP BY q.couple_id`.execute(db);
  return result.rows;
}

/** This therapist's latest forgiveness assessment in each couple. */
export async function latestForgivenessAssessments(
  db: AmendDb,
  therapistUserId: string,
  coupleIds: readonly string[],
) {
  if (coupleIds.length === 0) return [];
  const result = await sql<{ couple_id: string; value: number; observed_on: string }>`
    SELECT DISTINCT ON (couple_id) couple_id, value, observed_on
    FROM therapist_observations
    WHERE therapist_user_id = ${therapistUserId} AND couple_id = ANY(${coupleIds}::uuid[])
      AND kind = 'forgiveness'
    ORDER BY couple_id, observed_on DESC, id DESC`.execute(db);
  return result.rows;
}

/** The stage-begun and stage-done facts of the given partners' paths. */
export async function stageEvents(db: AmendDb, owners: OwnerPairs) {
  if (owners.coupleIds.length === 0) return [];
  const result = await sql<{
    couple_id: string;
    user_id: string;
    kind: 'stage_started' | 'stage_marked_done';
    stage_id: string;
    occurred_on: string;
  }>`
    SELECT e.couple_id, e.user_id, e.kind, e.stage_id, e.occurred_on
    FROM program_progress_events e
    JOIN unnest(${owners.coupleIds}::uuid[], ${owners.userIds}::uuid[]) AS o(couple_id, user_id)
      ON o.couple_id = e.couple_id AND o.user_id = e.user_id`.execute(db);
  return result.rows;
}
