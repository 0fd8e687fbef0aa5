import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { type TSchema, Type } from 'typebox';
import type { AppDeps } from '../../platform/deps.js';
import { problems } from '../../platform/http-schemas.js';
import { requireAuth } from '../sessions/authenticate.js';
import { progressFor } from './service.js';

const Range = Type.Object({ low: Type.Number(), high: Type.Number() });
const Weekly = Type.Object({ weekStart: Type.String({ format: 'date' }), value: Type.Number() });

const RatingMetric = Type.Object({
  id: Type.String(),
  scale: Type.Object({ min: Type.Number(), max: Type.Number() }),
  unit: Type.String(),
  partners: Type.Array(
    Type.Object({
      memberId: Type.String({ format: 'uuid' }),
      displayName: Type.String(),
      isYou: Type.Boolean(),
      weekly: Type.Array(Weekly),
      first: Type.Union([Type.Number(), Type.Null()]),
      latest: Type.Union([Type.Number(), Type.Null()]),
      weeks: Type.Integer(),
      trend: Type.Object({
        direction: Type.String({ description: 'rising, steady, falling or not_enough_data' }),
        slopePerWeek: Type.Union([Type.Number(), Type.Null()]),
      }),
      setbacks: Type.Array(
        Type.Object({
          weekStart: Type.String({ format: 'date' }),
          value: Type.Number(),
          expected: Type.Number(),
          drop: Type.Number(),
        }),
      ),
    }),
  ),
  band: Type.Array(
    Type.Object({
      weekStart: Type.String({ format: 'date' }),
      low: Type.Number(),
      high: Type.Number(),
    }),
    {
      description: 'What the program guide calls typical for each week of recovery (not a norm)',
    },
  ),
  gap: Type.Array(
    Type.Object({
      weekStart: Type.String({ format: 'date' }),
      a: Type.Number(),
      b: Type.Number(),
      gap: Type.Number(),
    }),
    { description: 'Weeks both partners rated: a is you, b your partner, gap = a − b' },
  ),
  benchmark: Type.Object({
    timeframeMonths: Type.Object({ min: Type.Number(), max: Type.Number() }),
    typicalStart: Type.Union([Range, Type.Null()]),
    typicalEnd: Type.Union([Range, Type.Null()]),
    sourceNote: Type.String(),
  }),
});

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

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
  weekly: Type.Array(
    Type.Object({
      weekStart: Type.String({ format: 'date' }),
      cumulative: Type.Integer(),
      band: Nullable(Range),
    }),
  ),
  benchmark: Type.Object({ typicalEnd: Nullable(Range), sourceNote: Type.String() }),
});

const QuestionnaireProgress = Type.Object({
  id: Type.String(),
  title: Type.String(),
  scale: Type.Object({ min: Type.Number(), max: Type.Number() }),
  responses: Type.Array(
    Type.Object({
      completedAt: Type.String({ format: 'date-time' }),
      total: Nullable(Type.Number()),
      band: Nullable(Type.String()),
    }),
  ),
  latest: Type.Union([Type.Ref('ScoredResponse'), Type.Null()]),
});

const ProgressSchema = Type.Object({
  weeksInRecovery: Type.Integer(),
  metrics: Type.Object({
    trust: RatingMetric,
    closeness: RatingMetric,
    communication: RatingMetric,
  }),
  relapse: Relapse,
  attendance: Attendance,
  questionnaires: Type.Array(QuestionnaireProgress, { description: 'Your own scores only' }),
  signs: Type.Array(
    Type.Object({
      key: Type.String(),
      status: Type.String({ description: 'showing, not_yet or not_enough_data' }),
      evidence: Type.Record(Type.String(), Type.Number()),
    }),
  ),
});

export function registerProgressRoutes(untyped: FastifyInstance, deps: AppDeps): void {
  const app = untyped.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    '/api/v1/progress',
    {
      schema: {
        operationId: 'getProgress',
        summary:
          'The dashboard: each metric per partner with trend, setbacks, the guide’s typical range and the perception gap',
        tags: ['progress'],
        response: { 200: ProgressSchema, ...problems(401, 404) },
      },
    },
    async (request) => progressFor(deps, requireAuth(request).userId),
  );
}
