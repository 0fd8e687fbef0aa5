import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
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

const ProgressSchema = Type.Object({
  weeksInRecovery: Type.Integer(),
  metrics: Type.Object({
    trust: RatingMetric,
    closeness: RatingMetric,
    communication: RatingMetric,
  }),
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
