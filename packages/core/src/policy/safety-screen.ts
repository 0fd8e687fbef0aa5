import type { UserId } from '../ids.js';

/** A safety screen result as the policy sees it: whose it is, and what they chose to share. */
export interface SafetyScreenRecord {
  readonly ownerId: UserId;
  readonly sharedWithTherapist: boolean;
}

/**
 * Who is asking. `therapistWithConsent` is true only for a therapist the owner has linked and
 * consented to (the therapist portal fills it in); a partner is never a therapist here.
 */
export interface SafetyScreenViewer {
  readonly userId: UserId;
  readonly therapistWithConsent?: boolean;
}

/**
 * The one rule for a safety screen: its owner sees it; a consented therapist sees it only when
 * the owner chose to share that result; nobody else, the partner least of all, and callers answer
 * "not found" so that even its existence stays private.
 */
export function maySeeSafetyScreen(
  viewer: SafetyScreenViewer | null,
  record: SafetyScreenRecord,
): boolean {
  if (!viewer) return false;
  if (viewer.userId === record.ownerId) return true;
  return viewer.therapistWithConsent === true && record.sharedWithTherapist;
}
