import { Type } from 'typebox';
import { IsoDateTime, strictObject, Uuid } from '../../platform/http-schemas.js';

const Mood = Type.Union([
  Type.Literal('very_low'),
  Type.Literal('low'),
  Type.Literal('okay'),
  Type.Literal('good'),
  Type.Literal('very_good'),
]);
const Visibility = Type.Union([Type.Literal('private'), Type.Literal('partner')]);

const values = {
  trust: Type.Integer({
    minimum: 1,
    maximum: 10,
    description: 'How much you trust your partner this week, 1–10',
  }),
  closeness: Type.Integer({ minimum: 1, maximum: 10, description: 'How close you feel, 1–10' }),
  honestConversations: Type.Integer({
    minimum: 0,
    maximum: 50,
    description: 'Honest, open conversations this week',
  }),
  mood: Mood,
  note: Type.Optional(Type.String({ maxLength: 2000 })),
  noteVisibility: Visibility,
};

export const CheckinBody = strictObject({
  ...values,
  idempotencyKey: Type.Optional(
    Type.String({ format: 'uuid', description: 'Send the same key when retrying' }),
  ),
});
export const CheckinChangeBody = strictObject(values);
export const CheckinIdParams = strictObject({ checkinId: Uuid });

export const CheckinSchema = Type.Object(
  {
    id: Uuid,
    weekStart: Type.String({ format: 'date' }),
    editableUntil: Type.String({ format: 'date' }),
    editable: Type.Boolean(),
    trust: Type.Integer(),
    closeness: Type.Integer(),
    honestConversations: Type.Integer(),
    mood: Mood,
    note: Type.Union([Type.String(), Type.Null()]),
    noteVisibility: Visibility,
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  },
  { $id: 'CheckIn' },
);

export const CheckinEnvelope = Type.Object({ checkin: Type.Ref('CheckIn') });

export const CheckinOverviewSchema = Type.Object({
  currentWeek: Type.String({
    format: 'date',
    description: 'Monday of your current week, in your time zone',
  }),
  honestConversationsFromLog: Type.Union([Type.Integer(), Type.Null()], {
    description:
      'Conversations logged this week that you both rated honest, to prefill the form; null when none was logged',
  }),
  thisWeek: Type.Union([Type.Ref('CheckIn'), Type.Null()]),
  mine: Type.Array(Type.Ref('CheckIn')),
  partner: Type.Array(
    Type.Object({
      weekStart: Type.String({ format: 'date' }),
      trust: Type.Integer(),
      closeness: Type.Integer(),
      honestConversations: Type.Integer(),
      note: Type.Union([Type.String(), Type.Null()], {
        description: 'Only when your partner shared it',
      }),
    }),
  ),
});
