import { type AGREEMENT_CATEGORIES, AGREEMENT_LIMITS, type HOLDING_MARKS } from '@amend/core';
import { Type } from 'typebox';
import { IsoDateTime, strictObject, Uuid } from '../../platform/http-schemas.js';

const Category = Type.Union(
  [
    Type.Literal('affair_partner_contact'),
    Type.Literal('devices_passwords'),
    Type.Literal('whereabouts_time'),
    Type.Literal('social_media'),
    Type.Literal('money'),
    Type.Literal('friendships_contact'),
    Type.Literal('time_together'),
    Type.Literal('other'),
  ] satisfies { const: (typeof AGREEMENT_CATEGORIES)[number] }[],
  { description: 'What the agreement is about' },
);

export const Mark = Type.Union([
  Type.Literal('held'),
  Type.Literal('not_held'),
  Type.Literal('not_sure'),
] satisfies { const: (typeof HOLDING_MARKS)[number] }[]);

/** The terms someone proposes; core checks them further (trimmed lengths, the review date). */
export const Terms = strictObject({
  title: Type.String({ maxLength: AGREEMENT_LIMITS.titleLength + 40 }),
  practice: Type.String({ maxLength: AGREEMENT_LIMITS.practiceLength + 100 }),
  category: Category,
  reviewOn: Type.String({ maxLength: 10, description: 'YYYY-MM-DD, from today on' }),
  sunsetSteps: Type.Optional(
    Type.Array(Type.String({ maxLength: AGREEMENT_LIMITS.sunsetStepLength + 40 }), {
      maxItems: AGREEMENT_LIMITS.sunsetSteps,
      description: 'Steps by which a transparency measure can be relaxed, in order',
    }),
  ),
});

const Person = Type.Union([
  Type.Object({ displayName: Type.String(), isYou: Type.Boolean() }),
  Type.Null(),
]);

const Version = Type.Object({
  version: Type.Integer(),
  changeKind: Type.String({ description: 'first, change or sunset_step' }),
  title: Type.String(),
  practice: Type.String(),
  category: Type.String(),
  reviewOn: Type.String({ format: 'date' }),
  sunsetSteps: Type.Array(Type.String()),
  stepsTaken: Type.Integer(),
  reason: Type.Union([Type.String(), Type.Null()]),
  proposedBy: Person,
  createdAt: IsoDateTime,
  acceptedAt: Type.Union([IsoDateTime, Type.Null()]),
  outcome: Type.String({
    description: 'waiting, in_force, replaced, declined, withdrawn, ended or lapsed',
  }),
});

export const AgreementSchema = Type.Object({
  id: Uuid,
  state: Type.String({
    description: 'proposed, in_force, change_proposed, ended, declined or withdrawn',
  }),
  current: Version,
  waiting: Type.Union([Version, Type.Null()]),
  versions: Type.Array(Version),
  history: Type.Array(
    Type.Object({
      type: Type.String(),
      version: Type.Union([Type.Integer(), Type.Null()]),
      by: Person,
      reason: Type.Union([Type.String(), Type.Null()]),
      at: IsoDateTime,
    }),
  ),
  youMay: Type.Object({
    accept: Type.Boolean(),
    decline: Type.Boolean(),
    withdraw: Type.Boolean(),
    proposeChange: Type.Boolean(),
    takeSunsetStep: Type.Boolean(),
    end: Type.Boolean(),
  }),
  createdAt: IsoDateTime,
});

const MaybeMark = Type.Union([
  Type.Literal('held'),
  Type.Literal('not_held'),
  Type.Literal('not_sure'),
  Type.Null(),
]);

export const HoldingWeekSchema = Type.Object({
  weekStart: Type.String({ format: 'date' }),
  editableUntil: Type.String({ format: 'date' }),
  hasPartner: Type.Boolean(),
  agreements: Type.Array(
    Type.Object({
      id: Uuid,
      title: Type.String(),
      yours: MaybeMark,
      partners: MaybeMark,
      comparison: Type.String({
        description: 'same, gap, partner_not_marked or you_not_marked; a gap is not a verdict',
      }),
    }),
  ),
});

/** The dashboard's "agreements held" card: each partner's own view, week by week. */
export const AgreementsHeldSchema = Type.Object({
  partners: Type.Array(
    Type.Object({
      memberId: Uuid,
      displayName: Type.String(),
      isYou: Type.Boolean(),
      weekly: Type.Array(
        Type.Object({
          weekStart: Type.String({ format: 'date' }),
          held: Type.Integer(),
          notHeld: Type.Integer(),
          notSure: Type.Integer(),
          shareHeld: Type.Union([Type.Number(), Type.Null()], {
            description: 'held / (held + not held); not sure is counted beside it',
          }),
        }),
      ),
    }),
  ),
  gapWeeks: Type.Array(Type.String({ format: 'date' }), {
    description: 'Weeks where the two views of the same agreement differed',
  }),
});
