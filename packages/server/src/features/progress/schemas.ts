import { type TSchema, Type } from 'typebox';
import { AgreementsHeldSchema } from '../agreements/schemas.js';

// GET /api/v1/progress as it goes over the wire (see wire.ts): each weekly series is an array
// of numbers aligned to one list of consecutive weeks, given once by its first Monday and length.

const Range = Type.Object({ low: Type.Number(), high: Type.Number() });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Series = (description: string) =>
  Type.Array(Nullable(Type.Number()), { description: `${description}; null where none` });

const RatingMetric = Type.Object({
  scale: Type.Object({ min: Type.Number(), max: Type.Number() }),
  unit: Type.String(),
  partners: Type.Array(
    Type.Object({
      memberId: Type.String({ format: 'uuid' }),
      displayName: Type.String(),
      isYou: Type.Boolean(),
      values: Series('The partner’s value for each week of the axis'),
      first: Nullable(Type.Number()),
      latest: Nullable(Type.Number()),
      weeks: Type.Integer({ description: 'How many weeks have a value' }),
      trend: Type.Object({
        direction: Type.String({ description: 'rising, steady, falling or not_enough_data' }),
        slopePerWeek: Nullable(Type.Number()),
      }),
      setbacks: Type.Array(
        Type.Object({
          week: Type.Integer({ description: 'Index into the weeks; its value is in values' }),
          expected: Type.Number(),
          drop: Type.Number(),
        }),
      ),
    }),
  ),
  band: Nullable(
    Type.Object(
      {
        low: Series('Low edge for each week'),
        high: Series('High edge for each week'),
      },
      {
        description:
          'What the program guide calls typical for each week of recovery (not a norm), to two decimals; null when it has no figure',
      },
    ),
  ),
  gap: Nullable(
    Series(
      'The perception gap, you minus your partner, for each week both rated (null with no partner)',
    ),
  ),
  benchmark: Type.Object({
    timeframeMonths: Type.Object({ min: Type.Number(), max: Type.Number() }),
    typicalStart: Nullable(Range),
    typicalEnd: Nullable(Range),
    sourceNote: Type.String(),
  }),
});

const Relapse = Type.Object({
  total: Type.Integer(),
  proactive: Type.Integer({ description: 'Told before being asked' }),
  discovered: Type.Integer(),
  last12Weeks: Type.Integer(),
  weeksSinceLast: Nullable(Type.Integer()),
  byKind: Type.Object({
    contact: Type.Integer(),
    new_affair: Type.Integer(),
    lie: Type.Integer(),
    broken_agreement: Type.Integer(),
  }),
  benchmark: Type.Object({ share: Nullable(Range), sourceNote: Type.String() }),
});

const Attendance = Type.Object({
  total: Type.Integer(),
  verified: Type.Integer({ description: 'Recorded by the therapist' }),
  firstWeek: Nullable(
    Type.String({
      format: 'date',
      description: 'Monday of the week the space began; week i is 7 × i days later',
    }),
  ),
  cumulative: Type.Array(Type.Integer(), { description: 'Sessions so far, week by week' }),
  bandLow: Series('What the guide calls typical by each week, low edge, to two decimals'),
  bandHigh: Series('What the guide calls typical by each week, high edge, to two decimals'),
  benchmark: Type.Object({ typicalEnd: Nullable(Range), sourceNote: Type.String() }),
});

const QuestionnaireProgress = Type.Object({
  id: Type.String(),
  title: Type.String(),
  scale: Type.Object({ min: Type.Number(), max: Type.Number() }),
  responses: Type.Object(
    {
      completedAt: Type.Array(Type.String({ format: 'date-time' })),
      total: Type.Array(Nullable(Type.Number())),
      band: Type.Array(Nullable(Type.String()), { description: 'The band’s label' }),
    },
    { description: 'Oldest first: one entry per response in each array' },
  ),
  latest: Nullable(Type.Ref('ScoredResponse')),
});

export const ProgressSchema = Type.Object({
  weeksInRecovery: Type.Integer(),
  firstWeek: Nullable(
    Type.String({
      format: 'date',
      description: 'Monday of the metrics’ first week; week i is 7 × i days later',
    }),
  ),
  weekCount: Type.Integer({ description: 'How many weeks every metric series has' }),
  metrics: Type.Object({
    trust: RatingMetric,
    closeness: RatingMetric,
    communication: RatingMetric,
  }),
  relapse: Relapse,
  attendance: Attendance,
  questionnaires: Type.Array(QuestionnaireProgress, { description: 'Your own scores only' }),
  agreementsHeld: AgreementsHeldSchema,
  signs: Type.Array(
    Type.Object({
      key: Type.String(),
      status: Type.String({ description: 'showing, not_yet or not_enough_data' }),
      evidence: Type.Record(Type.String(), Type.Number()),
    }),
  ),
});
