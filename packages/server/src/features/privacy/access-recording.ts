import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LRUCache } from 'lru-cache';
import type { AppDeps, RequestOrigin } from '../../platform/deps.js';
import { originOf } from '../sessions/authenticate.js';
import {
  type AccessKind,
  peopleConcernedBy,
  recordAccess,
  recordAccessInSpaces,
  type SpaceDataOwners,
  spaceDataOwners,
} from './access-store.js';

export type { AccessKind, SpaceDataOwners } from './access-store.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Whose records a read route showed, when the route already knew (else looked up here). */
    ownersShown: SpaceDataOwners | null;
  }
}

/**
 * For a read route that has already worked out whose records it shows (the dashboard does, in
 * the statement that checks its kept copy): the access log uses that instead of asking again.
 */
export function rememberOwnersShown(request: FastifyRequest, owners: SpaceDataOwners): void {
  request.ownersShown = owners;
}

/**
 * Routes that show one person records owned by another. `formerMembersToo`: the route also
 * shows what someone who left the space kept visible as history (the dashboard shows only the
 * people in the space now).
 */
const READS: Readonly<Record<string, { kind: AccessKind; formerMembersToo: boolean }>> = {
  'GET /api/v1/checkins': { kind: 'checkins', formerMembersToo: true },
  'GET /api/v1/progress': { kind: 'progress', formerMembersToo: false },
  'GET /api/v1/incidents': { kind: 'incidents', formerMembersToo: true },
  'GET /api/v1/therapy-sessions': { kind: 'therapy_sessions', formerMembersToo: true },
  // The recovery path shows the partner's progress, and a stage the answers they shared.
  'GET /api/v1/program': { kind: 'program', formerMembersToo: false },
  'GET /api/v1/program/stages/:stageId': { kind: 'program_answers', formerMembersToo: false },
  // Talking and reconnecting: the log with the partner's shared notes, a meeting's notes, the
  // trigger moments shared with you, pauses, appreciations and time together.
  'GET /api/v1/conversations': { kind: 'conversations', formerMembersToo: true },
  'GET /api/v1/meetings/:meetingId': { kind: 'meetings', formerMembersToo: true },
  'GET /api/v1/triggers': { kind: 'triggers', formerMembersToo: true },
  'GET /api/v1/time-outs': { kind: 'time_outs', formerMembersToo: true },
  'GET /api/v1/together': { kind: 'time_together', formerMembersToo: true },
  // Agreements both wrote and accepted, and the partner's weekly view of whether each held.
  'GET /api/v1/agreements': { kind: 'agreements', formerMembersToo: true },
  'GET /api/v1/agreements/:agreementId': { kind: 'agreements', formerMembersToo: true },
  'GET /api/v1/agreement-holding': { kind: 'agreements', formerMembersToo: false },
  // The partner's questions or answers, disclosures, full account (opened or not: that it
  // exists is theirs too), commitments and weekly marks, and the timeline drawn from them.
  'GET /api/v1/questions': { kind: 'questions', formerMembersToo: true },
  'GET /api/v1/disclosures': { kind: 'disclosures', formerMembersToo: true },
  'GET /api/v1/full-accounts': { kind: 'full_accounts', formerMembersToo: true },
  'GET /api/v1/commitments': { kind: 'commitments', formerMembersToo: true },
  'GET /api/v1/timeline': { kind: 'timeline', formerMembersToo: true },
};

/** Routes that create a record concerning someone else: an incident about them, a session they attended. */
const WRITES: Readonly<Record<string, 'incidents' | 'therapy_sessions'>> = {
  'POST /api/v1/incidents': 'incidents',
  'POST /api/v1/therapy-sessions': 'therapy_sessions',
};

/** Every route the access log watches, so a test can prove each one still exists. */
export const WATCHED_ROUTES: readonly string[] = [...Object.keys(READS), ...Object.keys(WRITES)];

function createdId(payload: unknown): string | null {
  if (typeof payload !== 'string') return null;
  try {
    const body: unknown = JSON.parse(payload);
    if (typeof body === 'object' && body !== null && 'id' in body && typeof body.id === 'string') {
      return body.id;
    }
  } catch {
    // Not the JSON body this route answers with: nothing was created that we can name.
  }
  return null;
}

/**
 * Repeated views of the same kind of record, by the same person, of the same people's records,
 * within this long are one event (the first): a dashboard refreshed every minute is one visit in
 * the log, not sixty, and its busiest page does not write on every read. Changes are never merged,
 * and a view that shows someone new (a partner who just joined) is recorded at once.
 */
export const VIEW_MERGE_WINDOW_MS = 10 * 60_000;

async function record(
  deps: AppDeps,
  recentViews: LRUCache<string, true>,
  request: FastifyRequest,
  reply: FastifyReply,
  payload: unknown,
): Promise<void> {
  const auth = request.auth;
  if (!auth) return;
  const route = `${request.method} ${request.routeOptions.url}`;
  const read = READS[route];
  const write = WRITES[route];
  let owners: SpaceDataOwners | null = null;
  let recordIds: string[] = [];
  if (read && reply.statusCode === 200) {
    owners =
      request.ownersShown ?? (await spaceDataOwners(deps.db, auth.userId, read.formerMembersToo));
    if (owners?.ownerIds.length === 0) return;
  } else if (write && reply.statusCode === 201) {
    const id = createdId(payload);
    if (id) {
      owners = await peopleConcernedBy(deps.db, write, id, auth.userId);
      recordIds = [id];
    }
  }
  const kind = read?.kind ?? write;
  if (!owners || !kind) return;
  const view = read
    ? [auth.userId, kind, owners.coupleId, ...[...owners.ownerIds].sort()].join(' ')
    : null;
  if (view !== null && recentViews.has(view)) return;
  await recordAccess(deps.db, {
    action: read ? 'record.viewed' : 'record.changed',
    actorId: auth.userId,
    owners,
    kind,
    recordIds,
    origin: originOf(request),
    at: deps.now(),
  });
  // Only once it is written: a view whose event failed was not shown, and is not merged.
  if (view !== null) recentViews.set(view, true);
}

/** Each app's recent service-recorded views, measured on its own clock (see recordViews). */
const recentServiceViews = new WeakMap<AppDeps, LRUCache<string, true>>();

/**
 * For reads whose owners only the service knows: what a therapist is shown depends on each
 * partner's consent, so the therapist portal names the partners it showed, space by space.
 * Called before the response is sent, so data is never shown without its event. Repeated views
 * of the same space's same people within VIEW_MERGE_WINDOW_MS are one event, as for the routes
 * below: a caseload of 200 couples refreshed is one visit per partner, not another 400 rows.
 */
export async function recordViews(
  deps: AppDeps,
  actorId: string,
  owners: readonly SpaceDataOwners[],
  kind: AccessKind,
  origin: RequestOrigin,
): Promise<void> {
  let recent = recentServiceViews.get(deps);
  if (!recent) {
    recent = new LRUCache<string, true>({
      max: 50_000,
      ttl: VIEW_MERGE_WINDOW_MS,
      perf: { now: () => deps.now().getTime() },
    });
    recentServiceViews.set(deps, recent);
  }
  const keyOf = (space: SpaceDataOwners) =>
    [actorId, kind, space.coupleId, ...[...space.ownerIds].sort()].join(' ');
  const fresh = owners.filter((space) => !recent.has(keyOf(space)));
  if (fresh.length === 0) return;
  await recordAccessInSpaces(deps.db, { actorId, owners: fresh, kind, origin, at: deps.now() });
  for (const space of fresh) recent.set(keyOf(space), true);
}

/**
 * Writes the access log for the routes above: one event per request and per person whose
 * records it showed or changed (repeated views merged, see VIEW_MERGE_WINDOW_MS), naming the
 * kind of record (and the id of a new one), never what it says. It runs before the response leaves, so data is never shown without its event: if
 * the event cannot be written, the request fails instead.
 */
export function registerAccessRecording(app: FastifyInstance, deps: AppDeps): void {
  // Kept per server; with several servers a view may be recorded once by each, never missed.
  // Timed by the app's clock, so tests can move past the window.
  app.decorateRequest('ownersShown', null);
  const recentViews = new LRUCache<string, true>({
    max: 50_000,
    ttl: VIEW_MERGE_WINDOW_MS,
    perf: { now: () => deps.now().getTime() },
  });
  app.addHook('onSend', async (request, reply, payload) => {
    await record(deps, recentViews, request, reply, payload);
    return payload;
  });
}
