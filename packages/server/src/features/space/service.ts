import {
  type Actor,
  type CoupleId,
  DomainError,
  type FieldProblem,
  type LocalDate,
  localDateOf,
  mayEnterSpace,
  maySpaceAction,
  nextSteps,
  PARTNER_ROLES,
  type PartnerRole,
  parseLocalDate,
  RELATIONSHIP_TYPES,
  type RelationshipType,
  type SpaceAction,
  spaceDays,
  type UserId,
} from '@amend/core';
import type { AmendDb } from '../../db/database.js';
import type { AppDeps, RequestOrigin } from '../../platform/deps.js';
import { newId } from '../../platform/tokens.js';
import { accountKindOf } from '../accounts/service.js';
import { recordAuditEvent } from '../audit/store.js';
import { carryOutLeaveChoice, type SharedRecordsChoice } from '../privacy/withdrawal.js';
import * as contextStore from './context-store.js';
import * as invitationStore from './invitation-store.js';
import * as store from './store.js';

export interface SpaceView {
  readonly id: string;
  readonly relationshipType: RelationshipType;
  readonly cameToLightOn: string;
  readonly createdAt: string;
  readonly daysSinceBegan: number;
  readonly daysSinceCameToLight: number;
  readonly members: {
    id: string;
    displayName: string;
    role: PartnerRole;
    isYou: boolean;
    joinedAt: string;
  }[];
  readonly pendingInvitation: { id: string; createdAt: string; expiresAt: string } | null;
  readonly nextSteps: string[];
}

/** The person asking, with the one space they are active in (if any), for the policy to judge. */
export async function actorFor(
  deps: AppDeps,
  userId: string,
): Promise<Actor & { memberId: string | null }> {
  const membership = await store.findActiveMembership(deps.db, userId);
  return {
    userId: userId as UserId,
    activeCoupleId: (membership?.coupleId ?? null) as CoupleId | null,
    memberId: membership?.memberId ?? null,
  };
}

/** Deny by default: answers "not found" so that nothing is revealed about a space one is not in. */
export async function authorizedSpace(
  deps: AppDeps,
  userId: string,
  action: SpaceAction,
): Promise<{ coupleId: string; memberId: string }> {
  const actor = await actorFor(deps, userId);
  if (
    !actor.activeCoupleId ||
    !actor.memberId ||
    !maySpaceAction(actor, action, actor.activeCoupleId)
  ) {
    throw new DomainError('NOT_IN_SPACE', 'You are not in a recovery space yet.');
  }
  return { coupleId: actor.activeCoupleId, memberId: actor.memberId };
}

function isRelationshipType(value: string): value is RelationshipType {
  return (RELATIONSHIP_TYPES as readonly string[]).includes(value);
}

function isPartnerRole(value: string): value is PartnerRole {
  return (PARTNER_ROLES as readonly string[]).includes(value);
}

export async function viewSpace(
  deps: AppDeps,
  userId: string,
  coupleId: string,
  timeZone: string,
): Promise<SpaceView> {
  const now = deps.now();
  const [couple, members, invitation] = await Promise.all([
    store.findCouple(deps.db, coupleId),
    store.listActiveMembers(deps.db, coupleId),
    invitationStore.findOpenInvitation(deps.db, coupleId, now),
  ]);
  if (!couple) throw new DomainError('NOT_IN_SPACE', 'You are not in a recovery space yet.');
  const days = spaceDays(
    { createdAt: couple.createdAt, cameToLightOn: couple.cameToLightOn as LocalDate },
    now,
    timeZone,
  );
  return {
    id: couple.id,
    relationshipType: isRelationshipType(couple.relationshipType)
      ? couple.relationshipType
      : 'other',
    cameToLightOn: couple.cameToLightOn,
    createdAt: couple.createdAt.toISOString(),
    ...days,
    members: members.map((member) => ({
      id: member.id,
      displayName: member.displayName,
      role: isPartnerRole(member.role) ? member.role : 'undisclosed',
      isYou: member.userId === userId,
      joinedAt: member.joinedAt.toISOString(),
    })),
    pendingInvitation: invitation
      ? {
          id: invitation.id,
          createdAt: invitation.createdAt.toISOString(),
          expiresAt: invitation.expiresAt.toISOString(),
        }
      : null,
    nextSteps: nextSteps({
      activeMemberCount: members.length,
      hasPendingInvitation: invitation !== null,
    }),
  };
}

/**
 * Refuses a person already in a space, and any therapist: a therapist sees a couple only
 * through the partners' consent, never as a member.
 */
export async function assertMayEnterSpace(deps: AppDeps, userId: string): Promise<void> {
  const [actor, kind] = await Promise.all([actorFor(deps, userId), accountKindOf(deps, userId)]);
  if (mayEnterSpace(actor, kind)) return;
  if (kind === 'therapist') {
    throw new DomainError(
      'THERAPIST_ACCOUNT',
      'This is a therapist account, which does not join a recovery space. A couple invites you with a therapist code instead.',
    );
  }
  throw alreadyInSpace();
}

function alreadyInSpace(): DomainError {
  return new DomainError(
    'ALREADY_IN_SPACE',
    'You are already in a recovery space. Leave it first to start a new one.',
  );
}

export interface CreateSpaceInput {
  readonly relationshipType: RelationshipType;
  readonly role: PartnerRole;
  readonly cameToLightOn: string;
}

export async function createSpace(
  deps: AppDeps,
  userId: string,
  timeZone: string,
  input: CreateSpaceInput,
  origin: RequestOrigin,
): Promise<string> {
  return (await storeNewSpace(deps, userId, timeZone, input, origin, async () => undefined))
    .coupleId;
}

/**
 * createSpace, answered with the new space as its member sees it, read in the same transaction:
 * once the space is committed there is nothing left that could fail, so an answer that nothing
 * was saved (the database went away) is always true.
 */
export async function createSpaceAndView(
  deps: AppDeps,
  userId: string,
  timeZone: string,
  input: CreateSpaceInput,
  origin: RequestOrigin,
): Promise<SpaceView> {
  const { answer } = await storeNewSpace(deps, userId, timeZone, input, origin, (trx, coupleId) =>
    viewSpace({ ...deps, db: trx }, userId, coupleId, timeZone),
  );
  return answer;
}

async function storeNewSpace<Answer>(
  deps: AppDeps,
  userId: string,
  timeZone: string,
  input: CreateSpaceInput,
  origin: RequestOrigin,
  answerFrom: (trx: AmendDb, coupleId: string) => Promise<Answer>,
): Promise<{ coupleId: string; answer: Answer }> {
  const cameToLightOn = parseLocalDate(input.cameToLightOn);
  const now = deps.now();
  const problems: FieldProblem[] = [];
  if (!cameToLightOn) {
    problems.push({ field: 'cameToLightOn', message: 'Enter a real date, like 2026-03-14.' });
  } else if (cameToLightOn > localDateOf(now, timeZone)) {
    problems.push({
      field: 'cameToLightOn',
      message: 'This date is in the future. Enter the day it came to light.',
    });
  }
  if (problems.length > 0 || !cameToLightOn) {
    throw new DomainError('VALIDATION_FAILED', 'The date needs another look.', problems);
  }
  await assertMayEnterSpace(deps, userId);
  const coupleId = newId();
  try {
    const answer = await deps.db.transaction().execute(async (trx) => {
      await store.insertCouple(trx, {
        id: coupleId,
        relationshipType: input.relationshipType,
        cameToLightOn,
        createdAt: now,
        createdBy: userId,
      });
      await store.insertMember(trx, {
        coupleId,
        id: newId(),
        userId,
        role: input.role,
        joinedAt: now,
      });
      await recordAuditEvent(
        trx,
        { action: 'space.created', actorUserId: userId, subjectUserId: userId, coupleId, origin },
        now,
      );
      return answerFrom(trx, coupleId);
    });
    return { coupleId, answer };
  } catch (error) {
    // Two tabs creating at once: the one-active-space index lets only the first through.
    if (store.isUniqueViolation(error)) {
      throw alreadyInSpace();
    }
    throw error;
  }
}

/**
 * Leaving keeps the space for the partner who stays. When the last person leaves, the space ends
 * and any open invitation stops working. What the leaver shared stays visible to the partner as
 * history ("keep", also what a leave without a choice means) or leaves with them ("withdraw",
 * see privacy/withdrawal.ts for what that means table by table).
 */
export async function leaveSpace(
  deps: AppDeps,
  userId: string,
  origin: RequestOrigin,
  sharedRecords: SharedRecordsChoice = 'keep',
): Promise<void> {
  const { coupleId, memberId } = await authorizedSpace(deps, userId, 'leave');
  const now = deps.now();
  await deps.db.transaction().execute(async (trx) => {
    await store.lockCouple(trx, coupleId);
    await store.markMemberLeft(trx, coupleId, memberId, now);
    await carryOutLeaveChoice(trx, { coupleId, memberId, userId }, sharedRecords, now);
    const remaining = await store.listActiveMembers(trx, coupleId);
    if (remaining.length === 0) {
      await store.endCouple(trx, coupleId, now);
      await invitationStore.revokeOpenInvitations(trx, coupleId, now);
    }
  });
  await recordAuditEvent(
    deps.db,
    {
      action: 'space.left',
      actorUserId: userId,
      subjectUserId: userId,
      coupleId,
      origin,
      details: { sharedRecords },
    },
    now,
  );
}

export interface ActiveMember {
  readonly memberId: string;
  readonly userId: string;
  readonly displayName: string;
  readonly role: PartnerRole;
}

/** The active members of a space with their user ids, for services that join data to people. */
export async function activeMembers(deps: AppDeps, coupleId: string): Promise<ActiveMember[]> {
  const members = await store.listActiveMembers(deps.db, coupleId);
  return members.map((member) => ({
    memberId: member.id,
    userId: member.userId,
    displayName: member.displayName,
    role: isPartnerRole(member.role) ? member.role : 'undisclosed',
  }));
}

/**
 * A person's place in their space, checked by the policy and resolved once. A request that reads
 * several features' data (the dashboard) passes it to each of their context-taking reads, so the
 * space, the person and the members are not looked up again by every feature.
 */
export interface SpaceContext {
  readonly userId: string;
  /** The person's own time zone, in which their days and weeks are counted. */
  readonly timeZone: string;
  readonly coupleId: string;
  readonly memberId: string;
  /** When the space was created: the start of recovery for analyses that count weeks. */
  readonly spaceCreatedAt: Date;
  /** Everyone active in the space, the person included, oldest member first. */
  readonly members: readonly ActiveMember[];
}

/** Like authorizedSpace (deny by default, "not found"), with everything above in one read. */
export async function spaceContext(
  deps: AppDeps,
  userId: string,
  action: SpaceAction,
): Promise<SpaceContext> {
  const rows = await contextStore.listMembersOfSpaceOf(deps.db, userId);
  const own = rows.find((row) => row.userId === userId);
  const actor: Actor = {
    userId: userId as UserId,
    activeCoupleId: (own?.coupleId ?? null) as CoupleId | null,
  };
  if (!own || !actor.activeCoupleId || !maySpaceAction(actor, action, actor.activeCoupleId)) {
    throw new DomainError('NOT_IN_SPACE', 'You are not in a recovery space yet.');
  }
  return {
    userId,
    timeZone: own.timeZone,
    coupleId: own.coupleId,
    memberId: own.memberId,
    spaceCreatedAt: own.spaceCreatedAt,
    members: rows.map((row) => ({
      memberId: row.memberId,
      userId: row.userId,
      displayName: row.displayName,
      role: isPartnerRole(row.role) ? row.role : 'undisclosed',
    })),
  };
}

/** The person's own role in the space, as they chose to state it. */
export function ownRole(context: SpaceContext): PartnerRole {
  return context.members.find((member) => member.userId === context.userId)?.role ?? 'undisclosed';
}
