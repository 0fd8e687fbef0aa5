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
import type { AppDeps, RequestOrigin } from '../../platform/deps.js';
import { newId } from '../../platform/tokens.js';
import { recordAuditEvent } from '../audit/store.js';
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
  if (!mayEnterSpace(await actorFor(deps, userId))) {
    throw alreadyInSpace();
  }
  const coupleId = newId();
  try {
    await deps.db.transaction().execute(async (trx) => {
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
    });
  } catch (error) {
    // Two tabs creating at once: the one-active-space index lets only the first through.
    if (store.isUniqueViolation(error)) {
      throw alreadyInSpace();
    }
    throw error;
  }
  await recordAuditEvent(
    deps.db,
    { action: 'space.created', actorUserId: userId, subjectUserId: userId, coupleId, origin },
    now,
  );
  return coupleId;
}

/**
 * Leaving keeps the space for the partner who stays. When the last person leaves, the space ends
 * and any open invitation stops working.
 */
export async function leaveSpace(
  deps: AppDeps,
  userId: string,
  origin: RequestOrigin,
): Promise<void> {
  const { coupleId, memberId } = await authorizedSpace(deps, userId, 'leave');
  const now = deps.now();
  await deps.db.transaction().execute(async (trx) => {
    await store.lockCouple(trx, coupleId);
    await store.markMemberLeft(trx, coupleId, memberId, now);
    const remaining = await store.listActiveMembers(trx, coupleId);
    if (remaining.length === 0) {
      await store.endCouple(trx, coupleId, now);
      await invitationStore.revokeOpenInvitations(trx, coupleId, now);
    }
  });
  await recordAuditEvent(
    deps.db,
    { action: 'space.left', actorUserId: userId, subjectUserId: userId, coupleId, origin },
    now,
  );
}

/** The active members of a space with their user ids, for services that join data to people. */
export async function activeMembers(
  deps: AppDeps,
  coupleId: string,
): Promise<{ memberId: string; userId: string; displayName: string; role: PartnerRole }[]> {
  const members = await store.listActiveMembers(deps.db, coupleId);
  return members.map((member) => ({
    memberId: member.id,
    userId: member.userId,
    displayName: member.displayName,
    role: isPartnerRole(member.role) ? member.role : 'undisclosed',
  }));
}

/** When the space began, for analyses that count weeks and months of recovery. */
export async function spaceTimeline(
  deps: AppDeps,
  coupleId: string,
): Promise<{ createdAt: Date; cameToLightOn: string }> {
  const couple = await store.findCouple(deps.db, coupleId);
  if (!couple) throw new DomainError('NOT_IN_SPACE', 'You are not in a recovery space yet.');
  return { createdAt: couple.createdAt, cameToLightOn: couple.cameToLightOn };
}
