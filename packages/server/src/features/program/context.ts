import {
  type CoupleId,
  type ExerciseViewer,
  localDateOf,
  type PartnerRole,
  programContent,
  RELATIONSHIP_TYPES,
  type RelationshipType,
  type UserId,
} from '@amend/core';
import type { AppDeps } from '../../platform/deps.js';
import { currentUser } from '../accounts/service.js';
import { activeMembers, authorizedSpace } from '../space/service.js';
import * as store from './store.js';

export interface ProgramContext {
  readonly coupleId: string;
  readonly userId: string;
  readonly role: PartnerRole;
  readonly relationshipType: RelationshipType;
  readonly timeZone: string;
  readonly today: ReturnType<typeof localDateOf>;
  readonly viewer: ExerciseViewer;
  readonly partner: { readonly userId: string; readonly displayName: string } | null;
  readonly content: ReturnType<typeof programContent>;
}

function asRelationshipType(value: string | null): RelationshipType {
  return (RELATIONSHIP_TYPES as readonly string[]).includes(value ?? '')
    ? (value as RelationshipType)
    : 'other';
}

/**
 * Who is asking, in which space, with the role and relationship type that decide what they are
 * offered. Someone outside a space is answered "not found" by authorizedSpace.
 */
export async function programContext(
  deps: AppDeps,
  userId: string,
  action: 'view' | 'record',
): Promise<ProgramContext> {
  const { coupleId } = await authorizedSpace(deps, userId, action);
  const [user, members, relationshipType] = await Promise.all([
    currentUser(deps, userId),
    activeMembers(deps, coupleId),
    store.findRelationshipType(deps.db, coupleId),
  ]);
  const partner = members.find((member) => member.userId !== userId);
  return {
    coupleId,
    userId,
    role: members.find((member) => member.userId === userId)?.role ?? 'undisclosed',
    relationshipType: asRelationshipType(relationshipType),
    timeZone: user.timeZone,
    today: localDateOf(deps.now(), user.timeZone),
    viewer: { kind: 'member', userId: userId as UserId, activeCoupleId: coupleId as CoupleId },
    partner: partner ? { userId: partner.userId, displayName: partner.displayName } : null,
    // The program is written in English so far; translations plug in here (see core/program).
    content: programContent(),
  };
}
