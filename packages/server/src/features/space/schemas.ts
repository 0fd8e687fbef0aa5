import type { PartnerRole, RelationshipType } from '@amend/core';
import { type Static, Type } from 'typebox';
import { IsoDateTime, strictObject, Uuid } from '../../platform/http-schemas.js';

export const RelationshipTypeSchema = Type.Union(
  [
    Type.Literal('marriage'),
    Type.Literal('dating'),
    Type.Literal('long_distance'),
    Type.Literal('other'),
  ],
  { description: 'marriage (or civil partnership), dating (or cohabiting), long_distance, other' },
);
export const PartnerRoleSchema = Type.Union(
  [
    Type.Literal('hurt'),
    Type.Literal('involved'),
    Type.Literal('both'),
    Type.Literal('undisclosed'),
  ],
  { description: 'hurt, involved, both, or undisclosed (prefer not to say)' },
);

export const SpaceSchema = Type.Object(
  {
    id: Uuid,
    relationshipType: RelationshipTypeSchema,
    cameToLightOn: Type.String({ format: 'date' }),
    createdAt: IsoDateTime,
    daysSinceBegan: Type.Integer({
      description: 'Day 1 is the day the space was created, in your time zone',
    }),
    daysSinceCameToLight: Type.Integer(),
    members: Type.Array(
      Type.Object({
        id: Uuid,
        displayName: Type.String(),
        role: PartnerRoleSchema,
        isYou: Type.Boolean(),
        joinedAt: IsoDateTime,
      }),
    ),
    pendingInvitation: Type.Union([
      Type.Object({ id: Uuid, createdAt: IsoDateTime, expiresAt: IsoDateTime }),
      Type.Null(),
    ]),
    nextSteps: Type.Array(Type.String(), {
      description: 'Keys of what comes next, most useful first',
    }),
  },
  { $id: 'Space' },
);

export const SpaceEnvelope = Type.Object({ space: Type.Ref('Space') });
export const MaybeSpaceEnvelope = Type.Object({
  space: Type.Union([Type.Ref('Space'), Type.Null()]),
});

export const CreateSpaceBody = strictObject({
  relationshipType: RelationshipTypeSchema,
  role: PartnerRoleSchema,
  cameToLightOn: Type.String({
    maxLength: 10,
    description: 'YYYY-MM-DD: the day the infidelity came to light',
  }),
});

export const CreatedInvitationEnvelope = Type.Object({
  invitation: Type.Object({
    id: Uuid,
    code: Type.String({ description: 'Short code of 8 characters such as 7KQ2-M9XD, shown once' }),
    link: Type.String({ description: 'One-time link, shown once' }),
    expiresAt: IsoDateTime,
  }),
});

export const InvitationIdParams = strictObject({ invitationId: Uuid });

const Token = Type.String({ minLength: 1, maxLength: 128 });
const Code = Type.String({ minLength: 1, maxLength: 20 });

/** An invitation is named by its link token or its short code, never both. */
export const InvitationSecretBody = Type.Union([
  strictObject({ token: Token }),
  strictObject({ code: Code }),
]);

export const AcceptInvitationBody = Type.Union([
  strictObject({ token: Token, role: PartnerRoleSchema }),
  strictObject({ code: Code, role: PartnerRoleSchema }),
]);

export const InvitationPreviewEnvelope = Type.Object({
  invitation: Type.Object({
    inviterName: Type.String(),
    relationshipType: RelationshipTypeSchema,
    expiresAt: IsoDateTime,
  }),
});

// The schemas above must list exactly the values core knows; these fail to compile otherwise.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const relationshipTypesMatch: Same<Static<typeof RelationshipTypeSchema>, RelationshipType> = true;
const partnerRolesMatch: Same<Static<typeof PartnerRoleSchema>, PartnerRole> = true;
void relationshipTypesMatch;
void partnerRolesMatch;
