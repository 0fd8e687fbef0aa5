import { Type } from 'typebox';
import { IsoDateTime, strictObject } from '../../platform/http-schemas.js';

const Slug = Type.String({ minLength: 1, maxLength: 100, pattern: '^[a-z0-9-]+$' });
export const StageParams = strictObject({ stageId: Slug });
export const ExerciseParams = strictObject({ exerciseId: Slug });
export const ArticleParams = strictObject({ slug: Slug });

export const Visibility = Type.Union(
  [Type.Literal('private'), Type.Literal('partner'), Type.Literal('therapist')],
  {
    description:
      'private: only you; partner: you and your partner; therapist: you and your therapist once the therapist portal exists (your partner does not see it)',
  },
);

/** Field id → text (text and choice fields) or a list of short texts (list fields). */
const ValuesIn = Type.Record(
  Type.String({ maxLength: 100 }),
  Type.Union([
    Type.String({ maxLength: 20000 }),
    Type.Array(Type.String({ maxLength: 1000 }), { maxItems: 50 }),
  ]),
  { maxProperties: 50 },
);
const ValuesOut = Type.Record(
  Type.String(),
  Type.Union([Type.String(), Type.Array(Type.String())]),
);

export const DraftBody = strictObject({ values: ValuesIn });
export const AnswerBody = strictObject({ values: ValuesIn, visibility: Visibility });
export const VisibilityBody = strictObject({ visibility: Visibility });

/** Content text as a closed set of blocks (never HTML); see packages/core/src/program/types.ts. */
const Inline = Type.Object({
  type: Type.String({ description: 'text, emphasis, strong or link' }),
  text: Type.Optional(Type.String()),
  href: Type.Optional(Type.String()),
  children: Type.Optional(Type.Array(Type.Unknown())),
});
const RichText = Type.Array(
  Type.Object({
    type: Type.String({ description: 'paragraph, heading or list' }),
    ordered: Type.Optional(Type.Boolean()),
    children: Type.Optional(Type.Array(Inline)),
    items: Type.Optional(Type.Array(Type.Array(Inline))),
  }),
);

const Field = Type.Object({
  id: Type.String(),
  kind: Type.String({ description: 'text, list or choice' }),
  label: Type.String(),
  hint: Type.Union([Type.String(), Type.Null()]),
  optional: Type.Boolean(),
  showIf: Type.Union([Type.Object({ field: Type.String(), equals: Type.String() }), Type.Null()]),
  maxLength: Type.Optional(Type.Integer()),
  maxItems: Type.Optional(Type.Integer()),
  itemMaxLength: Type.Optional(Type.Integer()),
  options: Type.Optional(Type.Array(Type.Object({ id: Type.String(), label: Type.String() }))),
});

const Status = Type.String({ description: 'not_started, in_progress or done' });
const Day = Type.Union([Type.String({ format: 'date' }), Type.Null()]);
const StageLink = Type.Union([
  Type.Object({ id: Type.String(), title: Type.String() }),
  Type.Null(),
]);

export const ProgramSchema = Type.Object({
  role: Type.String(),
  relationshipType: Type.String(),
  current: Type.Union([Type.String(), Type.Null()]),
  doneCount: Type.Integer(),
  stages: Type.Array(
    Type.Object({
      id: Type.String(),
      number: Type.Integer(),
      title: Type.String(),
      purpose: Type.String(),
      status: Status,
      startedOn: Day,
      doneOn: Day,
      exercisesDone: Type.Integer(),
      exercisesOffered: Type.Integer(),
    }),
  ),
  next: Type.Union([
    Type.Object({
      stageId: Type.String(),
      title: Type.String(),
      ready: Type.Boolean(),
      suggestedFrom: Type.String({ format: 'date' }),
      daysToWait: Type.Integer(),
      pacedBy: Type.Union([
        Type.Object({
          stageId: Type.String(),
          title: Type.String(),
          minimumDays: Type.Integer(),
          reason: Type.String(),
        }),
        Type.Null(),
      ]),
    }),
    Type.Null(),
  ]),
  partner: Type.Union([
    Type.Object({
      displayName: Type.String(),
      current: Type.Union([Type.String(), Type.Null()]),
      doneCount: Type.Integer(),
      stages: Type.Array(Type.Object({ stageId: Type.String(), status: Status })),
      sharedCompleted: Type.Array(
        Type.Object({
          stageId: Type.String(),
          exerciseId: Type.String(),
          title: Type.String(),
          on: Type.String({ format: 'date' }),
        }),
      ),
    }),
    Type.Null(),
  ]),
});

export const StageSchema = Type.Object({
  stage: Type.Object({
    id: Type.String(),
    number: Type.Integer(),
    title: Type.String(),
    purpose: Type.String(),
    minimumDays: Type.Integer(),
    pacingReason: Type.Union([Type.String(), Type.Null()]),
    reading: RichText,
    notes: Type.Array(Type.Object({ key: Type.String(), body: RichText })),
    learn: Type.Array(
      Type.Object({ slug: Type.String(), title: Type.String(), summary: Type.String() }),
    ),
    previous: StageLink,
    next: StageLink,
  }),
  status: Status,
  startedOn: Day,
  doneOn: Day,
  exercises: Type.Array(
    Type.Object({
      id: Type.String(),
      title: Type.String(),
      summary: Type.String(),
      audience: Type.String(),
      defaultVisibility: Visibility,
      respondsTo: Type.Union([Type.String(), Type.Null()]),
      respondsToTitle: Type.Union([Type.String(), Type.Null()]),
      instructions: RichText,
      fields: Type.Array(Field),
      visibility: Visibility,
      draft: Type.Union([Type.Object({ values: ValuesOut, savedAt: IsoDateTime }), Type.Null()]),
      versions: Type.Array(
        Type.Object({ version: Type.Integer(), values: ValuesOut, savedAt: IsoDateTime }),
      ),
    }),
  ),
  partner: Type.Union([
    Type.Object({
      displayName: Type.String(),
      shared: Type.Array(
        Type.Object({
          exerciseId: Type.String(),
          title: Type.String(),
          fields: Type.Array(Field),
          values: ValuesOut,
          version: Type.Integer(),
          savedAt: IsoDateTime,
        }),
      ),
    }),
    Type.Null(),
  ]),
});

export const TodaySchema = Type.Object({
  suggestion: Type.Union([
    Type.Object({
      source: Type.String({
        description: 'checkin, question, exercise, questionnaire, review or program',
      }),
      kind: Type.String(),
      title: Type.Union([Type.String(), Type.Null()]),
      stageId: Type.Optional(Type.String()),
      exerciseId: Type.Optional(Type.String()),
      instrumentId: Type.Optional(Type.String()),
      questionId: Type.Optional(Type.String({ description: 'for question_waiting' })),
      agreementId: Type.Optional(Type.String({ description: 'for review_near' })),
      reviewOn: Type.Optional(
        Type.String({ format: 'date', description: 'for review_near: the review date in force' }),
      ),
    }),
    Type.Null(),
  ]),
});

export const ArticleListSchema = Type.Object({
  articles: Type.Array(
    Type.Object({ slug: Type.String(), title: Type.String(), summary: Type.String() }),
  ),
});

export const ArticleSchema = Type.Object({
  slug: Type.String(),
  title: Type.String(),
  summary: Type.String(),
  body: RichText,
  stages: Type.Array(Type.Object({ id: Type.String(), title: Type.String() })),
});

/** Core's content is deeply readonly; the schemas' static types are mutable. Same shape, checked. */
export type Writable<T> = T extends string | number | boolean | null
  ? T
  : T extends readonly (infer U)[]
    ? Writable<U>[]
    : T extends object
      ? { -readonly [K in keyof T]: Writable<T[K]> }
      : T;

export function asResponse<T>(value: T): Writable<T> {
  return value as Writable<T>;
}
