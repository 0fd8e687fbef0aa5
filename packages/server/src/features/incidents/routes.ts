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
import * as incidents from './service.js';

const Kind = Type.Union(
  [
    Type.Literal('contact'),
    Type.Literal('new_affair'),
    Type.Literal('lie'),
    Type.Literal('broken_agreement'),
  ],
  {
    description:
      'renewed contact with the affair partner, a new affair, a lie about the affair, a broken agreement',
  },
);
const Disclosure = Type.Union([Type.Literal('proactive'), Type.Literal('discovered')]);
const facts = {
  kind: Kind,
  disclosure: Disclosure,
  occurredOn: Type.String({ maxLength: 10, description: 'YYYY-MM-DD, not in the future' }),
  description: Type.Optional(Type.String({ maxLength: 4000 })),
};
const Person = Type.Union([
  Type.Object({ displayName: Type.String(), isYou: Type.Boolean() }),
  Type.Null(),
]);
const Version = Type.Object({
  version: Type.Integer(),
  kind: Type.String(),
  disclosure: Type.String(),
  occurredOn: Type.String({ format: 'date' }),
  description: Type.Union([Type.String(), Type.Null()]),
  reason: Type.Union([Type.String(), Type.Null()]),
  createdAt: IsoDateTime,
});
const IncidentList = Type.Object({
  incidents: Type.Array(
    Type.Object({
      id: Uuid,
      reportedBy: Person,
      about: Person,
      current: Version,
      history: Type.Array(Version),
      notes: Type.Array(Type.Object({ id: Uuid, text: Type.String(), createdAt: IsoDateTime })),
      createdAt: IsoDateTime,
    }),
  ),
});
const IncidentParams = strictObject({ incidentId: Uuid });

export function registerIncidentRoutes(untyped: FastifyInstance, deps: AppDeps): void {
  const app = untyped.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/v1/incidents',
    {
      schema: {
        operationId: 'listIncidents',
        summary: 'Every incident in your space, with its corrections and added context',
        tags: ['incidents'],
        response: { 200: IncidentList, ...problems(401, 404) },
      },
    },
    async (request) => ({
      incidents: await incidents.listIncidents(deps, requireAuth(request).userId),
    }),
  );

  app.post(
    '/api/v1/incidents',
    {
      schema: {
        operationId: 'reportIncident',
        summary: 'Report an incident about yourself or your partner; both of you will see it',
        tags: ['incidents'],
        body: strictObject({
          ...facts,
          about: Type.Union([Type.Literal('self'), Type.Literal('partner')]),
        }),
        response: { 201: Type.Object({ id: Uuid }), ...problems(401, 404) },
      },
    },
    async (request, reply) => {
      const { about, ...input } = request.body;
      const id = await incidents.reportIncident(deps, requireAuth(request).userId, about, input);
      return reply.status(201).send({ id });
    },
  );

  app.post(
    '/api/v1/incidents/:incidentId/corrections',
    {
      schema: {
        operationId: 'correctIncident',
        summary: 'Correct an incident you reported: a new version, with the earlier ones kept',
        tags: ['incidents'],
        params: IncidentParams,
        body: strictObject({ ...facts, reason: Type.String({ minLength: 1, maxLength: 1000 }) }),
        response: { 204: NoContent, ...problems(401, 404) },
      },
    },
    async (request, reply) => {
      const { reason, ...input } = request.body;
      await incidents.correctIncident(
        deps,
        requireAuth(request).userId,
        request.params.incidentId,
        input,
        reason,
      );
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/incidents/:incidentId/notes',
    {
      schema: {
        operationId: 'addIncidentContext',
        summary: 'Add context to an incident you reported',
        tags: ['incidents'],
        params: IncidentParams,
        body: strictObject({ text: Type.String({ minLength: 1, maxLength: 4000 }) }),
        response: { 204: NoContent, ...problems(401, 404) },
      },
    },
    async (request, reply) => {
      await incidents.addContext(
        deps,
        requireAuth(request).userId,
        request.params.incidentId,
        request.body.text,
      );
      return reply.status(204).send(null);
    },
  );
}
