import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppDeps } from '../../platform/deps.js';
import { problems, strictObject, Uuid } from '../../platform/http-schemas.js';
import { requireAuth } from '../sessions/authenticate.js';
import * as therapy from './service.js';

const SessionList = Type.Object({
  sessions: Type.Array(
    Type.Object({
      id: Uuid,
      heldOn: Type.String({ format: 'date' }),
      kind: Type.String({ description: 'couple or individual' }),
      attendees: Type.Array(Type.Object({ memberId: Uuid, displayName: Type.String() })),
      verification: Type.String({
        description: 'self_reported (by a partner) or verified (by the therapist)',
      }),
      recordedByYou: Type.Boolean(),
    }),
  ),
});

export function registerTherapySessionRoutes(untyped: FastifyInstance, deps: AppDeps): void {
  const app = untyped.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/v1/therapy-sessions',
    {
      schema: {
        operationId: 'listTherapySessions',
        summary: 'Therapy sessions recorded in your space, newest first',
        tags: ['therapy sessions'],
        response: { 200: SessionList, ...problems(401, 404) },
      },
    },
    async (request) => ({
      sessions: await therapy.listSessions(deps, requireAuth(request).userId),
    }),
  );

  app.post(
    '/api/v1/therapy-sessions',
    {
      schema: {
        operationId: 'recordTherapySession',
        summary: 'Record a therapy session you attended (self-reported)',
        tags: ['therapy sessions'],
        body: strictObject({
          heldOn: Type.String({ maxLength: 10, description: 'YYYY-MM-DD, not in the future' }),
          kind: Type.Union([Type.Literal('couple'), Type.Literal('individual')]),
          attendees: Type.Array(Uuid, { minItems: 1, maxItems: 2 }),
          idempotencyKey: Type.Optional(Type.String({ format: 'uuid' })),
        }),
        response: {
          200: Type.Object({ id: Uuid }),
          201: Type.Object({ id: Uuid }),
          ...problems(401, 404),
        },
      },
    },
    async (request, reply) => {
      const { idempotencyKey, ...input } = request.body;
      const result = await therapy.recordSession(
        deps,
        requireAuth(request).userId,
        input,
        idempotencyKey ?? null,
      );
      return reply.status(result.created ? 201 : 200).send({ id: result.id });
    },
  );
}
