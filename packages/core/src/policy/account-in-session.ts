import type { UserId } from '../ids.js';
import {
  mayTherapistOpenCouple,
  mayTherapistSee,
  type TherapistLink,
  type TherapistViewer,
} from './therapist-access.js';

/**
 * Why a therapist may, or may not, open a couple's sealed full account in a session.
 *
 * - `not_linked`: not this couple's therapist (or the couple ended the link). Told as "not found".
 * - `partner_missing`: the space does not hold two partners now, so nobody is there to read it.
 * - `consent_missing`: a partner does not (or no longer does) consent to `session_questions`.
 */
export type AccountInSessionDecision =
  | 'allowed'
  | 'not_linked'
  | 'partner_missing'
  | 'consent_missing';

/** The consent category that lets a therapist work with what a couple brings to a session. */
export const ACCOUNT_IN_SESSION_CONSENT = 'session_questions' as const;

/**
 * The portal's rule before the full account's `open_in_session` step (see
 * honesty/full-account.ts, which leaves "is this the couple's therapist, with consent?" to here).
 *
 * Safest reading of "sealed until both agree to open it (both press open, or the therapist opens
 * it in a session)": the therapist's open stands in for the two presses, so it needs the same two
 * people's say. It needs the link AND each of the two partners in the space now consenting to
 * `session_questions` — the category by which a partner lets the therapist work with what is
 * brought to their sessions ("I'd like to talk about this with our therapist"); no other category
 * speaks to it, and none of them is about reading records, which this is not: the therapist
 * never reads the text, it opens for the partners. One partner's consent is never enough (the
 * author's words are revealed; the reader is the one who must be ready to hear them), a space
 * with one partner left has nobody to open it for, and consent counts as it stands at the moment
 * of opening, so a revocation before the session is honoured.
 */
export function mayTherapistOpenAccountInSession(
  viewer: TherapistViewer | null,
  link: TherapistLink | null,
  partnerUserIds: readonly UserId[],
): AccountInSessionDecision {
  if (!mayTherapistOpenCouple(viewer, link)) return 'not_linked';
  // Consent first: a partner who said no is the answer even while the space is not full.
  const everyoneConsents = partnerUserIds.every((partner) =>
    mayTherapistSee(viewer, link, partner, ACCOUNT_IN_SESSION_CONSENT),
  );
  if (!everyoneConsents) return 'consent_missing';
  return new Set(partnerUserIds).size === 2 ? 'allowed' : 'partner_missing';
}
