/** How the couple describes their relationship; it changes the advice and exercises offered. */
export const RELATIONSHIP_TYPES = ['marriage', 'dating', 'long_distance', 'other'] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/**
 * Each partner's own role. `both` exists because mutual infidelity happens; `undisclosed` lets a
 * person join without naming it yet.
 */
export const PARTNER_ROLES = ['hurt', 'involved', 'both', 'undisclosed'] as const;
export type PartnerRole = (typeof PARTNER_ROLES)[number];

/** A recovery space holds at most the two partners. */
export const MAX_SPACE_MEMBERS = 2;
