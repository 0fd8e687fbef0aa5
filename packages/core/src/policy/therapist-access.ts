import type { CoupleId, UserId } from '../ids.js';

/** A person in a couple, or a therapist: two kinds of account that never mix. */
export const ACCOUNT_KINDS = ['person', 'therapist'] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

/**
 * What a partner may let their therapist see, one category at a time. Journals, trigger logs and
 * safety screens are not on this list on purpose: no consent can ever share them.
 */
export const CONSENT_CATEGORIES = [
  'metrics',
  'questionnaires',
  'agreements_incidents',
  'program',
  'session_questions',
] as const;
export type ConsentCategory = (typeof CONSENT_CATEGORIES)[number];

/** Kinds of record that stay with their owner whatever they consent to. */
export const NEVER_SHARED_WITH_THERAPIST = ['journal', 'triggers', 'safety_screen'] as const;

export type ConsentChange = 'granted' | 'widened' | 'narrowed' | 'changed' | 'revoked';

/** One row of a partner's consent history: what they allow from `at` on. */
export interface ConsentEvent {
  readonly memberUserId: UserId;
  readonly categories: readonly ConsentCategory[];
  readonly at: Date;
}

/**
 * The facts about one couple that decide what one therapist may see of it: whether the couple
 * still works with them, and for each partner in the space now, what that partner consents to.
 */
export interface TherapistLink {
  readonly coupleId: CoupleId;
  readonly therapistUserId: UserId;
  readonly active: boolean;
  /** Consent in force for each active member; a member without an entry consented to nothing. */
  readonly consents: ReadonlyMap<UserId, readonly ConsentCategory[]>;
}

export interface TherapistViewer {
  readonly kind: 'therapist';
  readonly userId: UserId;
}

export function isConsentCategory(value: string): value is ConsentCategory {
  return (CONSENT_CATEGORIES as readonly string[]).includes(value);
}

/** The consent in force: the latest event of each partner (an empty list is a revocation). */
export function consentInForce(history: readonly ConsentEvent[]): Map<UserId, ConsentCategory[]> {
  const latest = new Map<UserId, ConsentEvent>();
  for (const event of history) {
    const earlier = latest.get(event.memberUserId);
    if (!earlier || event.at.getTime() >= earlier.at.getTime()) {
      latest.set(event.memberUserId, event);
    }
  }
  return new Map(
    [...latest].map(([member, event]) => [
      member,
      CONSENT_CATEGORIES.filter((c) => event.categories.includes(c)),
    ]),
  );
}

/** Names a change of consent for its history, so a partner can read what they did and when. */
export function describeConsentChange(
  before: readonly ConsentCategory[],
  after: readonly ConsentCategory[],
): ConsentChange | null {
  const added = after.filter((category) => !before.includes(category));
  const removed = before.filter((category) => !after.includes(category));
  if (added.length === 0 && removed.length === 0) return null;
  if (after.length === 0) return 'revoked';
  if (before.length === 0) return 'granted';
  if (removed.length === 0) return 'widened';
  if (added.length === 0) return 'narrowed';
  return 'changed';
}

/** A therapist may open a couple at all (the caseload row, its sessions) while the link lasts. */
export function mayTherapistOpenCouple(
  viewer: TherapistViewer | null,
  link: TherapistLink | null,
): boolean {
  if (!viewer || !link?.active) return false;
  return viewer.kind === 'therapist' && link.therapistUserId === viewer.userId;
}

/**
 * The one rule for a therapist reading a partner's records: the couple works with this therapist
 * and that partner, in the space now, consents to this category now. Deny by default.
 */
export function mayTherapistSee(
  viewer: TherapistViewer | null,
  link: TherapistLink | null,
  ownerUserId: UserId,
  category: ConsentCategory,
): boolean {
  if (!mayTherapistOpenCouple(viewer, link) || !link) return false;
  return link.consents.get(ownerUserId)?.includes(category) ?? false;
}

/** The partners whose records of this category the therapist may see, in the order given. */
export function partnersVisibleToTherapist<T extends { readonly userId: UserId }>(
  viewer: TherapistViewer | null,
  link: TherapistLink | null,
  members: readonly T[],
  category: ConsentCategory,
): T[] {
  return members.filter((member) => mayTherapistSee(viewer, link, member.userId, category));
}

/**
 * Recording a session, an observation, a note or an assignment is the therapist's own work with
 * the couple: it needs the link and at least one partner's consent to anything, so a couple
 * where both have revoked is closed to new records too.
 */
export function mayTherapistRecord(
  viewer: TherapistViewer | null,
  link: TherapistLink | null,
): boolean {
  if (!mayTherapistOpenCouple(viewer, link) || !link) return false;
  return [...link.consents.values()].some((categories) => categories.length > 0);
}
