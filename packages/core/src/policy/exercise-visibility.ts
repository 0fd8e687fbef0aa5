import type { CoupleId, UserId } from '../ids.js';
import type { ExerciseVisibility } from '../program/types.js';
import { mayTherapistSee, type TherapistLink } from './therapist-access.js';

/**
 * Who is asking to read an exercise answer: a member of a space, or a therapist with the link
 * that says which couple works with them and what each partner consents to now.
 */
export type ExerciseViewer =
  | { readonly kind: 'member'; readonly userId: UserId; readonly activeCoupleId: CoupleId | null }
  | { readonly kind: 'therapist'; readonly userId: UserId; readonly link: TherapistLink | null };

/** The facts about an answer that decide who may see it. */
export interface ExerciseAnswerAccess {
  readonly coupleId: CoupleId;
  readonly ownerId: UserId;
  readonly visibility: ExerciseVisibility;
}

function isActiveMemberOf(viewer: ExerciseViewer | null, coupleId: CoupleId) {
  return viewer?.kind === 'member' && viewer.activeCoupleId === coupleId;
}

/**
 * The one rule for reading a saved exercise answer. The owner always may while they are in the
 * space; their partner only when the owner chose "partner"; the couple's therapist only when the
 * owner chose "therapist" and consents to share their program with that therapist now; nobody
 * else. "therapist" does not include the partner: it is for work such as a disclosure prepared
 * with a therapist first, and "partner" does not include the therapist.
 */
export function mayReadExerciseAnswer(
  viewer: ExerciseViewer | null,
  answer: ExerciseAnswerAccess,
): boolean {
  if (viewer?.kind === 'therapist') {
    return (
      answer.visibility === 'therapist' &&
      viewer.link?.coupleId === answer.coupleId &&
      mayTherapistSee(viewer, viewer.link, answer.ownerId, 'program')
    );
  }
  if (!viewer || !isActiveMemberOf(viewer, answer.coupleId)) return false;
  if (viewer.userId === answer.ownerId) return true;
  return answer.visibility === 'partner';
}

/** Drafts, history and the visibility choice itself belong to the owner alone. */
export function mayChangeExerciseAnswer(
  viewer: ExerciseViewer | null,
  answer: Pick<ExerciseAnswerAccess, 'coupleId' | 'ownerId'>,
): boolean {
  return isActiveMemberOf(viewer, answer.coupleId) && viewer?.userId === answer.ownerId;
}
