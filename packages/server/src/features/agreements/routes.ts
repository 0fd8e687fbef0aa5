import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppDeps } from '../../platform/deps.js';
import { NoContent, problems, strictObject, Uuid } from '../../platform/http-schemas.js';
import { requireAuth } from '../sessions/authenticate.js';
import { holdingThisWeek, saveHolding } from './holding.js';
import { AgreementSchema, HoldingWeekSchema, Mark, Terms } from './schemas.js';
import { getAgreement, listAgreements, proposeAgreement, takeStep } from './service.js';

const AgreementParams = strictObject({ agreementId: Uuid });
const VersionNumber = Type.Integer({ minimum: 1, maximum: 100_000 });
const Reason = Type.String({ minLength: 1, maxLength: 1000 });

export function registerAgreementRoutes(untyped: FastifyInstance, deps: AppDeps): void {
  const app = untyped.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/v1/agreements',
    {
      schema: {
        operationId: 'listAgreements',
        summary: 'Every agreement in your space, with every version and what happened to it',
        tags: ['agreements'],
        response: {
          200: Type.Object({ agreements: Type.Array(AgreementSchema) }),
          ...problems(401, 404),
        },
      },
    },
    async (request) => ({ agreements: await listAgreements(deps, requireAuth(request).userId) }),
  );

  app.post(
    '/api/v1/agreements',
    {
      schema: {
        operationId: 'proposeAgreement',
        summary: 'Propose an agreement; it is in force once your partner accepts it',
        tags: ['agreements'],
        body: Terms,
        response: { 201: Type.Object({ id: Uuid }), ...problems(401, 404) },
      },
    },
    async (request, reply) => {
      const id = await proposeAgreement(deps, requireAuth(request).userId, request.body);
      return reply.status(201).send({ id });
    },
  );

  app.get(
    '/api/v1/agreements/:agreementId',
    {
      schema: {
        operationId: 'getAgreement',
        summary: 'One agreement, with every version side by side and its history',
        tags: ['agreements'],
        params: AgreementParams,
        response: { 200: Type.Object({ agreement: AgreementSchema }), ...problems(401, 404) },
      },
    },
    async (request) => ({
      agreement: await getAgreement(deps, requireAuth(request).userId, request.params.agreementId),
    }),
  );

  app.post(
    '/api/v1/agreements/:agreementId/answers',
    {
      schema: {
        operationId: 'answerAgreementProposal',
        summary:
          'Accept or decline the version your partner proposed, or withdraw the one you proposed',
        tags: ['agreements'],
        params: AgreementParams,
        body: strictObject({
          version: VersionNumber,
          answer: Type.Union([
            Type.Literal('accept'),
            Type.Literal('decline'),
            Type.Literal('withdraw'),
          ]),
          reason: Type.Optional(Reason),
        }),
        response: { 204: NoContent, ...problems(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { version, answer, reason } = request.body;
      await takeStep(deps, requireAuth(request).userId, request.params.agreementId, {
        type: answer,
        version,
        ...(reason === undefined ? {} : { reason }),
      });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/agreements/:agreementId/changes',
    {
      schema: {
        operationId: 'proposeAgreementChange',
        summary:
          'Propose new terms for an agreement in force; the version in force stays until your partner accepts',
        tags: ['agreements'],
        params: AgreementParams,
        body: strictObject({
          basedOnVersion: VersionNumber,
          terms: Terms,
          reason: Type.Optional(Reason),
        }),
        response: { 204: NoContent, ...problems(401, 404, 409) },
      },
    },
    async (request, reply) => {
      const { basedOnVersion, terms, reason } = request.body;
      await takeStep(deps, requireAuth(request).userId, request.params.agreementId, {
        type: 'propose_change',
        basedOn: basedOnVersion,
        terms,
        reason: reason?.trim() || null,
      });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/agreements/:agreementId/sunset-steps',
    {
      schema: {
        operationId: 'proposeSunsetStep',
        summary: 'Propose taking the next step of the sunset path; it is taken once both accept',
        tags: ['agreements'],
        params: AgreementParams,
        body: strictObject({ basedOnVersion: VersionNumber, reason: Type.Optional(Reason) }),
        response: { 204: NoContent, ...problems(401, 404, 409) },
      },
    },
    async (request, reply) => {
      const { basedOnVersion, reason } = request.body;
      await takeStep(deps, requireAuth(request).userId, request.params.agreementId, {
        type: 'propose_change',
        basedOn: basedOnVersion,
        terms: 'next_sunset_step',
        reason: reason?.trim() || null,
      });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/agreements/:agreementId/end',
    {
      schema: {
        operationId: 'endAgreement',
        summary: 'End an agreement, saying why; either of you can',
        tags: ['agreements'],
        params: AgreementParams,
        body: strictObject({ reason: Reason }),
        response: { 204: NoContent, ...problems(401, 404, 409) },
      },
    },
    async (request, reply) => {
      await takeStep(deps, requireAuth(request).userId, request.params.agreementId, {
        type: 'end',
        reason: request.body.reason.trim(),
      });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/agreement-holding',
    {
      schema: {
        operationId: 'getAgreementHolding',
        summary: 'This week\'s "did it hold?": your view and your partner\'s of each agreement',
        tags: ['agreements'],
        response: { 200: HoldingWeekSchema, ...problems(401, 404) },
      },
    },
    async (request) => holdingThisWeek(deps, requireAuth(request).userId),
  );

  app.put(
    '/api/v1/agreement-holding',
    {
      schema: {
        operationId: 'saveAgreementHolding',
        summary: 'Mark, for this week, whether each agreement held in your view',
        tags: ['agreements'],
        body: strictObject({
          marks: Type.Array(strictObject({ agreementId: Uuid, mark: Mark }), {
            minItems: 1,
            maxItems: 200,
          }),
        }),
        response: { 200: HoldingWeekSchema, ...problems(401, 404) },
      },
    },
    async (request) => saveHolding(deps, requireAuth(request).userId, request.body.marks),
  );
}
