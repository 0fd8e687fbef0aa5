import type { CoupleId, UserId } from '../ids.js';
import type { AccountKind } from './therapist-access.js';

/** Who is asking: a signed-in person and the space they are an active member of, if any. */
export interface Actor {
  readonly userId: UserId;
  readonly activeCoupleId: CoupleId | null;
}

export type SpaceAction = 'view' | 'record' | 'invite_partner' | 'revoke_invitation' | 'leave';

/**
 * The one rule for acting on a recovery space: only its active members may. Anything not granted
 * here is denied, and callers answer "not found" so a stranger learns nothing about the space.
 */
export function maySpaceAction(
  actor: Actor | null,
  _action: SpaceAction,
  coupleId: CoupleId,
): boolean {
  if (!actor || actor.activeCoupleId === null) return false;
  return actor.activeCoupleId === coupleId;
}

/**
 * A person may create or join a space only when they are not already in one. A therapist never
 * does: they see a couple only through the partners' consent (therapist-access.ts).
 */
export function mayEnterSpace(actor: Actor | null, accountKind: AccountKind): boolean {
  return actor !== null && accountKind === 'person' && actor.activeCoupleId === null;
}
