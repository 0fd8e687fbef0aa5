export const RELATIONSHIP_TYPES = ['marriage', 'dating', 'long_distance', 'other'] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export const ROLES = ['hurt', 'involved', 'both', 'undisclosed'] as const;
export type Role = (typeof ROLES)[number];

export interface Member {
  id: string;
  displayName: string;
  role: Role;
  isYou: boolean;
  joinedAt: string;
}

export interface PendingInvitation {
  id: string;
  createdAt: string;
  expiresAt: string;
}

/** A couple's recovery space. Every number in it is computed by the server. */
export interface Space {
  id: string;
  relationshipType: RelationshipType;
  /** A calendar date, "YYYY-MM-DD". */
  cameToLightOn: string;
  createdAt: string;
  daysSinceBegan: number;
  daysSinceCameToLight: number;
  members: Member[];
  pendingInvitation: PendingInvitation | null;
  /** Keys for the "What comes next" card; unknown keys (from newer servers) are skipped. */
  nextSteps: string[];
}

/** A space holds at most the two partners. */
export const SPACE_CAPACITY = 2;
