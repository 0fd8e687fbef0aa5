import { Type } from 'typebox';
import { IsoDateTime, strictObject, Uuid } from '../../platform/http-schemas.js';

/** Question id → the chosen answer's code ("yes" or "no"). */
const Answers = Type.Record(Type.String({ maxLength: 100 }), Type.String({ maxLength: 100 }), {
  maxProperties: 50,
});

export const ScreenParams = strictObject({ screenId: Uuid });
export const ResourceParams = strictObject({ resourceId: Uuid });

export const SafetyScreenQuestionsSchema = Type.Object({
  screen: Type.Object({
    id: Type.String(),
    version: Type.String(),
    title: Type.String(),
    description: Type.String(),
    licenceNote: Type.String(),
    items: Type.Array(
      Type.Object({
        id: Type.String(),
        text: Type.String(),
        options: Type.Array(Type.Object({ code: Type.String(), display: Type.String() })),
      }),
    ),
  }),
});

export const TakeScreenBody = strictObject({
  answers: Answers,
  idempotencyKey: Type.Optional(Type.String({ format: 'uuid' })),
});

export const SharingBody = strictObject({
  sharedWithTherapist: Type.Boolean({
    description:
      'Whether a therapist you have linked and consented to may see this result. Off unless you turn it on.',
  }),
});

const SafetyScreenResult = Type.Object({
  id: Uuid,
  takenAt: IsoDateTime,
  status: Type.Union(
    [Type.Literal('concern'), Type.Literal('no-concern'), Type.Literal('incomplete')],
    {
      description:
        'concern: at least one yes; no-concern: every answer no; incomplete: some skipped, none yes',
    },
  ),
  selfHarm: Type.Boolean({ description: 'Thoughts of self-harm were reported' }),
  pauseJointExercises: Type.Boolean(),
  answeredCount: Type.Integer(),
  questionCount: Type.Integer(),
  sharedWithTherapist: Type.Boolean(),
});

export const ScreenEnvelope = Type.Object({ screen: SafetyScreenResult });
export const ScreenHistorySchema = Type.Object({
  latest: Type.Union([SafetyScreenResult, Type.Null()]),
  screens: Type.Array(SafetyScreenResult, { description: 'Newest first' }),
});

const resourceFields = {
  name: Type.String({ minLength: 1, maxLength: 120 }),
  contact: Type.String({
    minLength: 1,
    maxLength: 200,
    description: 'A phone number, a web address or any other way to reach them',
  }),
  note: Type.Optional(Type.Union([Type.String({ maxLength: 500 }), Type.Null()])),
};
export const ResourceBody = strictObject(resourceFields);

const SafetyResource = Type.Object({
  id: Uuid,
  name: Type.String(),
  contact: Type.String(),
  note: Type.Union([Type.String(), Type.Null()]),
  updatedAt: IsoDateTime,
});
export const ResourceEnvelope = Type.Object({ resource: SafetyResource });
export const ResourceListSchema = Type.Object({ resources: Type.Array(SafetyResource) });

export const PreferencesSchema = Type.Object({
  preferences: Type.Object({
    discreetMode: Type.Boolean({
      description:
        'A neutral name and icon in the browser, and neutral wording in every e-mail sent to you',
    }),
  }),
});
export const PreferencesBody = strictObject({ discreetMode: Type.Boolean() });
