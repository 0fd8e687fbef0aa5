import {
  type ConsentCategory,
  type CoupleId,
  consentInForce,
  DomainError,
  isConsentCategory,
  mayTherapistOpenCouple,
  mayTherapistRecord,
  partnersVisibleToTherapist,
  type TherapistLink,
  type TherapistViewer,
  type UserId,
} from '@amend/core';
import type { AmendDb } from '../../db/database.js';
import type { AppDeps } from '../../platform/deps.js';
import { type ActiveMember, activeMembers, type SpaceContext } from '../space/service.js';
import * as store from './store.js';

/**
 * A therapist's view of one couple on their caseload, checked by the policy and resolved once:
 * the link, the partners in the space now, and what each consents to.
 */
export interface TherapistCoupleContext {
  readonly viewer: TherapistViewer;
  /** The therapist's own time zone, in which "today" and weeks are counted for them. */
  readonly timeZone: string;
  readonly coupleId: string;
  readonly spaceCreatedAt: Date;
  readonly cameToLightOn: string;
  readonly members: readonly ActiveMember[];
  readonly link: TherapistLink;
}

export function notOnCaseload(): DomainError {
  return new DomainError('NOT_FOUND', 'There is no couple with that id on your caseload.');
}

/** The categories in a stored consent row that this build knows (unknown ones are dropped). */
export function knownCategories(categories: readonly string[]): ConsentCategory[] {
  return categories.filter(isConsentCategory);
}

export async function therapistOrNotFound(deps: AppDeps, userId: string) {
  const profile = await store.findProfile(deps.db, userId);
  if (!profile) throw new DomainError('NOT_FOUND', 'This is for therapist accounts.');
  return profile;
}

/**
 * Deny by default: a couple the therapist may not open (not linked, ended, another therapist's),
 * or may not add to (`record` with every partner's consent revoked), answers "not found".
 */
export async function therapistCoupleContext(
  deps: AppDeps,
  therapistUserId: string,
  coupleId: string,
  need: 'open' | 'record',
): Promise<TherapistCoupleContext> {
  const [profile, linkRow, members, consents] = await Promise.all([
    therapistOrNotFound(deps, therapistUserId),
    store.findLink(deps.db, coupleId, therapistUserId),
    activeMembers(deps, coupleId),
    store.latestConsents(deps.db, coupleId, therapistUserId),
  ]);
  if (!linkRow) throw notOnCaseload();
  const link = linkInForce(coupleId, therapistUserId, linkRow.active, members, consents);
  const viewer: TherapistViewer = { kind: 'therapist', userId: therapistUserId as UserId };
  const allowed =
    need === 'open' ? mayTherapistOpenCouple(viewer, link) : mayTherapistRecord(viewer, link);
  if (!allowed) throw notOnCaseload();
  return {
    viewer,
    timeZone: profile.timeZone,
    coupleId,
    spaceCreatedAt: linkRow.spaceCreatedAt,
    cameToLightOn: linkRow.cameToLightOn,
    members,
    link,
  };
}

/** The link as the policy sees it: active or not, and what each partner in the space consents to. */
function linkInForce(
  coupleId: string,
  therapistUserId: string,
  active: boolean,
  members: readonly ActiveMember[],
  consents: readonly { memberId: string; categories: readonly string[]; createdAt: Date }[],
): TherapistLink {
  const userOfMember = new Map(members.map((member) => [member.memberId, member.userId]));
  return {
    coupleId: coupleId as CoupleId,
    therapistUserId: therapistUserId as UserId,
    active,
    // Someone who left the space takes their consent with them: only members now count.
    consents: consentInForce(
      consents.flatMap((row) => {
        const userId = userOfMember.get(row.memberId);
        return userId
          ? [
              {
                memberUserId: userId as UserId,
                categories: knownCategories(row.categories),
                at: row.createdAt,
              },
            ]
          : [];
      }),
    ),
  };
}

/**
 * The link and the consents in force again, inside a transaction that acts on them, after
 * taking a share lock on the link row. Consent changes take that row's lock for update
 * (consent-service.ts), so a revocation either commits before this read, and is seen, or waits
 * until the action has committed: never both at once. Null when the link is gone.
 */
export async function lockedLinkInForce(
  trx: AmendDb,
  context: TherapistCoupleContext,
): Promise<TherapistLink | null> {
  const therapistUserId = context.viewer.userId;
  const linkRow = await store.lockLink(trx, context.coupleId, therapistUserId, 'share');
  if (!linkRow) return null;
  const consents = await store.latestConsents(trx, context.coupleId, therapistUserId);
  return linkInForce(context.coupleId, therapistUserId, linkRow.active, context.members, consents);
}

/** The partners whose records of this category the therapist may see now. */
export function visibleMembers(
  context: TherapistCoupleContext,
  category: ConsentCategory,
): ActiveMember[] {
  return partnersVisibleToTherapist(
    context.viewer,
    context.link,
    context.members.map((member) => ({ ...member, userId: member.userId as UserId })),
    category,
  );
}

/**
 * The couple as one partner's SpaceContext, so the features' context-taking reads (check-ins,
 * questionnaires, incidents) serve the therapist exactly as they serve the dashboard. Only the
 * members the therapist may see of the category are in it.
 */
export function asSpaceContextOf(
  context: TherapistCoupleContext,
  member: ActiveMember,
  visible: readonly ActiveMember[],
): SpaceContext {
  return {
    userId: member.userId,
    timeZone: context.timeZone,
    coupleId: context.coupleId,
    memberId: member.memberId,
    spaceCreatedAt: context.spaceCreatedAt,
    members: visible,
  };
}
