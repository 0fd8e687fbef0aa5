import {
  COMMITMENT_FREQUENCIES,
  DomainError,
  isTimelineKind,
  KEPT_MARKS,
  parseLocalDate,
  TIMELINE_KINDS,
} from '@amend/core';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppDeps } from '../../platform/deps.js';
import {
  IsoDateTime,
  NoContent,
  problems,
  strictObject,
  Uuid,
} from '../../platform/http-schemas.js';
import { requireAuth } from '../sessions/authenticate.js';
import { Created, Person } from '../talking/schemas.js';
import * as commitments from './commitments.js';
import { timeline } from './timeline.js';

const CommitmentParams = strictObject({ commitmentId: Uuid });
const Mark = Type.Enum([...KEPT_MARKS]);
const NullableMark = Type.Union([Mark, Type.Null()]);
const CommitmentList = Type.Object({
  mayCommit: Type.Boolean(),
  today: Type.String({ format: 'date' }),
  commitments: Type.Array(
    Type.Object({
      id: Uuid,
      author: Person,
      what: Type.String(),
      howOften: Type.String(),
      madeOn: Type.String({ format: 'date' }),
      until: Type.String({ format: 'date' }),
      createdAt: IsoDateTime,
      acknowledgement: Type.Union([
        Type.Object({ note: Type.Union([Type.String(), Type.Null()]), at: IsoDateTime }),
        Type.Null(),
      ]),
      mayAcknowledge: Type.Boolean(),
      weeks: Type.Array(
        Type.Object({
          week: Type.Integer(),
          startsOn: Type.String({ format: 'date' }),
          endsOn: Type.String({ format: 'date' }),
          yourMark: NullableMark,
          partnerMark: NullableMark,
          outcome: Type.Enum(['kept', 'not_kept', 'unclear']),
          gap: Type.Boolean({ description: 'Your views differ: something to talk about' }),
        }),
      ),
      summary: Type.Object({
        weeks: Type.Integer(),
        kept: Type.Integer(),
        notKept: Type.Integer(),
        unclear: Type.Integer(),
        keptInARow: Type.Integer(),
      }),
    }),
  ),
});
const KindCounts = Type.Object(
  Object.fromEntries(TIMELINE_KINDS.map((kind) => [kind, Type.Integer()])),
);
const Timeline = Type.Object({
  counts: KindCounts,
  entries: Type.Array(
    Type.Object({
      kind: Type.Enum([...TIMELINE_KINDS]),
      event: Type.String(),
      recordId: Uuid,
      date: Type.String({ format: 'date' }),
      at: IsoDateTime,
      title: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
});

export function registerCommitmentRoutes(untyped: FastifyInstance, deps: AppDeps): void {
  const app = untyped.withTypeProvider<TypeBoxTypeProvider>();
  const userOf = (request: Parameters<typeof requireAuth>[0]) => requireAuth(request).userId;
  const tags = ['commitments'];

  app.get(
    '/api/v1/commitments',
    {
      schema: {
        operationId: 'listCommitments',
        summary: 'Every commitment with each week’s two views and the pattern they make',
        tags,
        response: { 200: CommitmentList, ...problems(401, 404) },
      },
    },
    async (request) => commitments.commitmentsOverview(deps, userOf(request)),
  );

  app.post(
    '/api/v1/commitments',
    {
      schema: {
        operationId: 'makeCommitment',
        summary: 'Make a concrete, checkable commitment: what, how often, until when',
        tags,
        body: strictObject({
          what: Type.String({ maxLength: 500 }),
          howOften: Type.Enum([...COMMITMENT_FREQUENCIES]),
          until: Type.String({ maxLength: 10, description: 'YYYY-MM-DD' }),
        }),
        response: { 201: Created, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await commitments.makeCommitment(deps, userOf(request), request.body)),
  );

  app.post(
    '/api/v1/commitments/:commitmentId/marks',
    {
      schema: {
        operationId: 'markCommitmentWeek',
        summary: 'Say, from your own view, whether a week’s commitment was kept',
        tags,
        params: CommitmentParams,
        body: strictObject({ week: Type.Integer({ minimum: 1, maximum: 60 }), mark: Mark }),
        response: { 204: NoContent, ...problems(400, 401, 404, 409) },
      },
    },
    async (request, reply) => {
      const { week, mark } = request.body;
      await commitments.markWeek(deps, userOf(request), request.params.commitmentId, week, mark);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/commitments/:commitmentId/acknowledgement',
    {
      schema: {
        operationId: 'acknowledgeCommitment',
        summary: 'Acknowledge your partner’s commitment (once)',
        tags,
        params: CommitmentParams,
        body: strictObject({ note: Type.Optional(Type.String({ maxLength: 1000 })) }),
        response: { 204: NoContent, ...problems(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await commitments.acknowledge(
        deps,
        userOf(request),
        request.params.commitmentId,
        request.body.note,
      );
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/timeline',
    {
      schema: {
        operationId: 'getTimeline',
        summary:
          'The road travelled: agreements, incidents, disclosures, answers, kept commitments',
        tags: ['timeline'],
        querystring: strictObject({
          kinds: Type.Optional(
            Type.String({
              maxLength: 200,
              description: `Comma-separated: ${TIMELINE_KINDS.join(', ')}`,
            }),
          ),
          from: Type.Optional(Type.String({ maxLength: 10, description: 'YYYY-MM-DD' })),
          to: Type.Optional(Type.String({ maxLength: 10, description: 'YYYY-MM-DD' })),
        }),
        response: { 200: Timeline, ...problems(400, 401, 404) },
      },
    },
    async (request) => {
      const { kinds, from, to } = request.query;
      const asked = kinds ? kinds.split(',').filter((kind) => kind !== '') : [];
      const fromDate = from ? parseLocalDate(from) : null;
      const toDate = to ? parseLocalDate(to) : null;
      if (!asked.every(isTimelineKind) || (from && !fromDate) || (to && !toDate)) {
        throw new DomainError('VALIDATION_FAILED', 'The filter needs another look.');
      }
      return timeline(deps, userOf(request), {
        kinds: asked.filter(isTimelineKind),
        from: fromDate ?? undefined,
        to: toDate ?? undefined,
      });
    },
  );
}
