/**
 * Pieces of SQL shared by the growth fill's statements (growth-fill.ts, growth-fill-together.ts).
 * Every statement writes the couples numbered [$1, $2); the values inlined here are the fill's
 * own numbers and dates, never outside input.
 */
export interface GrowthCalendar {
  /** The Monday of the first of the weeks of history; the last one is last week. */
  readonly firstWeek: string;
  /** Milliseconds of the first week's start: the time part of the couples' and people's ids. */
  readonly startMs: number;
}

export const COUPLES_PER_THERAPIST = 200;
/** Two years of weekly history. */
export const WEEKS = 104;

export interface ChunkStatement {
  readonly sql: string;
  /** $3, when the statement has one. */
  readonly third?: unknown;
}

export function growthSql(calendar: GrowthCalendar) {
  /** A time-ordered id from a time in ms (default: couple n's) and a name (pg_temp.growth_id). */
  const id = (salt: string, ms = `${calendar.startMs} + n`) => `pg_temp.growth_id(${ms}, ${salt})`;
  const weekStart = (week: string) => `(date '${calendar.firstWeek}' + 7 * ${week})`;
  return {
    id,
    /** When the history begins: the couples' spaces, accounts and links date from then. */
    start: `timestamptz '${calendar.firstWeek}T00:00:00Z'`,
    /** The Monday of week `week` (0-based) of the history, a date. */
    weekStart,
    /** An instant `offset` (an interval) after the start of week `week`. */
    at: (week: string, offset: string) =>
      `(${weekStart(week)}::timestamp AT TIME ZONE 'UTC' + ${offset})`,
    /** The chunk's couples, one row each: n, couple_id, both partners' user and member ids, therapist_id. */
    couples: `(
    SELECT n, ${id(`'c' || n`)} AS couple_id, ${id(`'a' || n`)} AS hurt_id,
      ${id(`'b' || n`)} AS involved_id, ${id(`'ma' || n`)} AS hurt_member,
      ${id(`'mb' || n`)} AS involved_member,
      ${id(`'t' || n / ${COUPLES_PER_THERAPIST}`, `${calendar.startMs} + n / ${COUPLES_PER_THERAPIST}`)} AS therapist_id
    FROM generate_series($1::bigint, $2::bigint - 1) AS n
    -- Not merged into the statement, so each couple's ids are worked out once, not per row.
    OFFSET 0) AS c`,
  };
}
