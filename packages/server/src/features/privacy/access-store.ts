import { sql } from 'kysely';
import type { AmendDb } from '../../db/database.js';
import type { RequestOrigin } from '../../platform/deps.js';
import { newId } from '../../platform/tokens.js';

/** The kinds of record the access log names. */
export type AccessKind =
  | 'checkins'
  | 'progress'
  | 'incidents'
  | 'therapy_sessions'
  | 'program'
  | 'program_answers'
  // Talking and reconnecting (features/talking).
  | 'conversations'
  | 'meetings'
  | 'triggers'
  | 'time_outs'
  | 'time_together'
  // Agreements and their weekly did-it-hold marks (features/agreements).
  | 'agreements'
  // Questions and answers, disclosures, the full account, commitments (features/honesty).
  | 'questions'
  | 'disclosures'
  | 'full_accounts'
  | 'commitments'
  | 'timeline'
  // What a therapist opens, with the partner's consent (features/therapists).
  | 'questionnaires'
  | 'therapist_report'
  | 'therapist_fhir_export';

export interface SpaceDataOwners {
  readonly coupleId: string;
  readonly ownerIds: string[];
}

/**
 * Whose records a person is shown when they open their space's shared data: everyone else in
 * their active space, and (when `formerMembersToo`) those who left it keeping what they shared
 * visible as history. Someone who left withdrawing it owns nothing there any more.
 */
export async function spaceDataOwners(
  db: AmendDb,
  viewerId: string,
  formerMembersToo: boolean,
): Promise<SpaceDataOwners | null> {
  const rows = await db
    .selectFrom('couple_members as viewer')
    .innerJoin('couple_members as other', 'other.couple_id', 'viewer.couple_id')
    .select(['viewer.couple_id as coupleId', 'other.user_id as ownerId'])
    .distinct()
    .where('viewer.user_id', '=', viewerId)
    .where('viewer.left_at', 'is', null)
    .where('other.user_id', '!=', viewerId)
    .where((eb) =>
      formerMembersToo
        ? eb.or([
            eb('other.left_at', 'is', null),
            eb('other.left_with', 'is distinct from', 'withdrawn'),
          ])
        : eb('other.left_at', 'is', null),
    )
    .execute();
  const first = rows[0];
  if (!first) return null;
  return { coupleId: first.coupleId, ownerIds: rows.map((row) => row.ownerId) };
}

/** The people a newly created record concerns, other than the person who created it. */
export async function peopleConcernedBy(
  db: AmendDb,
  kind: 'incidents' | 'therapy_sessions',
  recordId: string,
  creatorId: string,
): Promise<SpaceDataOwners | null> {
  if (kind === 'incidents') {
    // An incident reported "about my partner" concerns the partner; one about oneself does not.
    const rows = await db
      .selectFrom('incidents as i')
      .innerJoin('couple_members as m', 'm.couple_id', 'i.couple_id')
      .select(['i.couple_id as coupleId', 'm.user_id as ownerId'])
      .where('i.id', '=', recordId)
      .where('i.reported_by', '=', creatorId)
      .where('i.about', '=', 'partner')
      .where('m.left_at', 'is', null)
      .where('m.user_id', '!=', creatorId)
      .execute();
    const first = rows[0];
    return first ? { coupleId: first.coupleId, ownerIds: rows.map((row) => row.ownerId) } : null;
  }
  // A therapy session concerns everyone recorded as attending it.
  const rows = await db
    .selectFrom('therapy_sessions as t')
    .innerJoin('couple_members as m', (join) =>
      join.onRef('m.couple_id', '=', 't.couple_id').on(sql<boolean>`m.id = ANY(t.attendees)`),
    )
    .select(['t.couple_id as coupleId', 'm.user_id as ownerId'])
    .where('t.id', '=', recordId)
    .where('t.recorded_by', '=', creatorId)
    .where('m.user_id', '!=', creatorId)
    .execute();
  const first = rows[0];
  return first ? { coupleId: first.coupleId, ownerIds: rows.map((row) => row.ownerId) } : null;
}

/** One event per owner: who looked or changed, whose records, which kind, which ids. */
export async function recordAccess(
  db: AmendDb,
  access: {
    readonly action: 'record.viewed' | 'record.changed';
    readonly actorId: string;
    readonly owners: SpaceDataOwners;
    readonly kind: AccessKind;
    readonly recordIds: readonly string[];
    readonly origin: RequestOrigin;
    readonly at: Date;
  },
): Promise<void> {
  if (access.owners.ownerIds.length === 0) return;
  const details = JSON.stringify(
    access.recordIds.length > 0
      ? { kind: access.kind, ids: access.recordIds }
      : { kind: access.kind },
  );
  await db
    .insertInto('audit_events')
    .values(
      access.owners.ownerIds.map((ownerId) => ({
        id: newId(),
        occurred_at: access.at,
        actor_user_id: access.actorId,
        subject_user_id: ownerId,
        couple_id: access.owners.coupleId,
        action: access.action,
        ip_address: access.origin.ipAddress,
        user_agent: access.origin.userAgent?.slice(0, 400) ?? null,
        details,
      })),
    )
    .execute();
}

/**
 * The same events for many spaces at once, in one statement: a therapist's caseload shows
 * partners of every couple they work with. The rows travel as three arrays rather than nine
 * parameters a row, which is what made 400 events a request cheap.
 */
export async function recordAccessInSpaces(
  db: AmendDb,
  access: {
    readonly actorId: string;
    readonly owners: readonly SpaceDataOwners[];
    readonly kind: AccessKind;
    readonly origin: RequestOrigin;
    readonly at: Date;
  },
): Promise<void> {
  const pairs = access.owners.flatMap((space) =>
    space.ownerIds.map((ownerId) => ({ coupleId: space.coupleId, ownerId })),
  );
  if (pairs.length === 0) return;
  await sql`
    INSERT INTO audit_events
      (id, occurred_at, actor_user_id, subject_user_id, couple_id, action, ip_address, user_agent,
       details)
    SELECT e.id, ${access.at}, ${access.actorId}, e.subject, e.couple, 'record.viewed',
           ${access.origin.ipAddress}, ${access.origin.userAgent?.slice(0, 400) ?? null},
           ${JSON.stringify({ kind: access.kind })}::jsonb
    FROM unnest(${pairs.map(() => newId())}::uuid[], ${pairs.map((p) => p.ownerId)}::uuid[],
                ${pairs.map((p) => p.coupleId)}::uuid[]) AS e(id, subject, couple)`.execute(db);
}

export interface AccessLogRow {
  readonly id: string;
  readonly occurredAt: Date;
  readonly actorId: string | null;
  readonly actorName: string | null;
  readonly action: string;
  readonly kind: string | null;
  readonly userAgent: string | null;
}

/** Where a page of the access log starts: strictly older than this event. */
export interface AccessLogCursor {
  readonly occurredAt: Date;
  readonly id: string;
}

/** The events about one person, newest first; `limit` rows at most. */
export async function listAccessLog(
  db: AmendDb,
  subjectId: string,
  options: { before: AccessLogCursor | null; limit: number | null },
): Promise<AccessLogRow[]> {
  let query = db
    .selectFrom('audit_events as e')
    .leftJoin('users as actor', 'actor.id', 'e.actor_user_id')
    .select([
      'e.id',
      'e.occurred_at',
      'e.actor_user_id',
      'actor.display_name',
      'e.action',
      'e.user_agent',
      sql<string | null>`e.details->>'kind'`.as('kind'),
    ])
    .where('e.subject_user_id', '=', subjectId)
    .orderBy('e.occurred_at', 'desc')
    .orderBy('e.id', 'desc');
  const before = options.before;
  if (before) {
    query = query.where((eb) =>
      eb.or([
        eb('e.occurred_at', '<', before.occurredAt),
        eb.and([eb('e.occurred_at', '=', before.occurredAt), eb('e.id', '<', before.id)]),
      ]),
    );
  }
  if (options.limit !== null) query = query.limit(options.limit);
  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id,
    occurredAt: row.occurred_at,
    actorId: row.actor_user_id,
    actorName: row.display_name,
    action: row.action,
    kind: row.kind,
    userAgent: row.user_agent,
  }));
}
