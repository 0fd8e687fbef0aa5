import { Type } from 'typebox';
import { IsoDateTime, strictObject, Uuid } from '../../platform/http-schemas.js';

const AnswerValue = Type.Union([Type.String({ maxLength: 100 }), Type.Number()]);
/** Item id → the chosen option's code, or a number for numeric items. */
const Answers = Type.Record(Type.String({ maxLength: 100 }), AnswerValue, { maxProperties: 200 });

export const InstrumentParams = strictObject({ instrumentId: Type.String({ maxLength: 100 }) });
export const ResponseParams = strictObject({ responseId: Uuid });

/** A FHIR resource passed through as it is: its shape is FHIR's, not Amend's. */
export const FhirResourceSchema = Type.Object(
  { resourceType: Type.String() },
  { additionalProperties: true, description: 'A FHIR R4 resource' },
);

export const DraftBody = strictObject({ answers: Answers });
export const CompleteBody = strictObject({
  answers: Answers,
  idempotencyKey: Type.Optional(Type.String({ format: 'uuid' })),
});

const ReliableChange = Type.Union([
  Type.Object({
    rc: Type.Number(),
    classification: Type.String({
      description: 'reliable_improvement, reliable_deterioration or no_reliable_change',
    }),
  }),
  Type.Null(),
]);

export const ScoredResponseSchema = Type.Object(
  {
    id: Uuid,
    completedAt: IsoDateTime,
    total: Type.Union([Type.Number(), Type.Null()]),
    facets: Type.Record(Type.String(), Type.Union([Type.Number(), Type.Null()])),
    band: Type.Union([Type.String(), Type.Null()]),
    baseline: Type.Boolean({
      description: 'The first completed response: what later ones are compared with',
    }),
    changeSinceBaseline: ReliableChange,
  },
  { $id: 'ScoredResponse' },
);

export const QuestionnaireListSchema = Type.Object({
  questionnaires: Type.Array(
    Type.Object({
      id: Type.String(),
      title: Type.String(),
      description: Type.String(),
      licenceNote: Type.String(),
      validated: Type.Boolean(),
      itemCount: Type.Integer(),
      due: Type.Boolean(),
      lastCompletedAt: Type.Union([IsoDateTime, Type.Null()]),
      draft: Type.Union([Type.Object({ answeredCount: Type.Integer() }), Type.Null()]),
      assignment: Type.Union([
        Type.Object(
          { therapist: Type.String(), schedule: Type.String() },
          { description: 'your therapist asked you to answer it: once, weekly or monthly' },
        ),
        Type.Null(),
      ]),
    }),
  ),
});

export const QuestionnaireSchema = Type.Object({
  questionnaire: Type.Object({
    id: Type.String(),
    title: Type.String(),
    description: Type.String(),
    licenceNote: Type.String(),
    validated: Type.Boolean(),
    items: Type.Array(
      Type.Object({
        id: Type.String(),
        text: Type.String(),
        kind: Type.String({ description: 'choice, integer or decimal' }),
        options: Type.Optional(
          Type.Array(Type.Object({ code: Type.String(), display: Type.String() })),
        ),
        min: Type.Optional(Type.Number()),
        max: Type.Optional(Type.Number()),
        facet: Type.Optional(Type.String()),
      }),
    ),
    facets: Type.Array(Type.Object({ id: Type.String(), title: Type.String() })),
    bands: Type.Array(
      Type.Object({
        key: Type.String(),
        label: Type.String(),
        min: Type.Number(),
        max: Type.Number(),
      }),
    ),
    scale: Type.Object({ min: Type.Number(), max: Type.Number() }),
  }),
  draftAnswers: Answers,
  responses: Type.Array(Type.Ref('ScoredResponse')),
});

export const DraftSavedSchema = Type.Object({
  answeredCount: Type.Integer(),
  itemCount: Type.Integer(),
});
export const CompletedSchema = Type.Object({ response: Type.Ref('ScoredResponse') });
