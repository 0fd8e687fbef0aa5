import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/deps.js';
import { problems } from '../../platform/http-schemas.js';
import { notSignedIn, requireAuth, resolveSessionWith } from '../sessions/authenticate.js';
import {
  CheckinBody,
  CheckinChangeBody,
  CheckinEnvelope,
  CheckinIdParams,
  CheckinOverviewSchema,
} from './schemas.js';
import * as checkins from './service.js';

export function registerCheckinRoutes(untyped: FastifyInstance, deps: AppDeps): void {
  const app = untyped.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/v1/checkins',
    {
      schema: {
        operationId: 'listCheckins',
        summary: 'Your check-ins, this week’s if any, and what your partner shares of theirs',
        tags: ['checkins'],
        response: { 200: CheckinOverviewSchema, ...problems(401, 404) },
      },
    },
    async (request) => checkins.checkinOverview(deps, requireAuth(request).userId),
  );

  app.post(
    '/api/v1/checkins',
    {
      schema: {
        operationId: 'createCheckin',
        summary: 'Record this week’s check-in (one per person per week, in your time zone)',
        description:
          'Retrying with the same idempotencyKey returns the check-in already recorded (200).',
        tags: ['checkins'],
        body: CheckinBody,
        response: { 200: CheckinEnvelope, 201: CheckinEnvelope, ...problems(401, 404, 409) },
      },
    },
    async (request, reply) => {
      const { idempotencyKey, ...input } = request.body;
      const result = await checkins.recordCheckin(
        deps,
        requireAuth(request).userId,
        input,
        idempotencyKey ?? null,
      );
      return reply.status(result.created ? 201 : 200).send({ checkin: result.checkin });
    },
  );

  app.put(
    '/api/v1/checkins/:checkinId',
    {
      // One statement finds the session and makes the change (checkins/service.ts attemptChange);
      // the authentication hook leaves this route to it.
      config: { resolvesSessionItself: true },
      schema: {
        operationId: 'changeCheckin',
        summary: 'Change this week’s check-in; earlier weeks are kept as they were',
        tags: ['checkins'],
        params: CheckinIdParams,
        body: CheckinChangeBody,
        response: { 200: CheckinEnvelope, ...problems(401, 404, 409) },
      },
    },
    async (request) => {
      const now = deps.now();
      const { checkinId } = request.params;
      const attempt = await resolveSessionWith(deps, request, now, (tokenHash) =>
        checkins.attemptChange(deps, tokenHash, checkinId, request.body, now),
      );
      if (!attempt) throw notSignedIn();
      return { checkin: await checkins.settleChange(deps, attempt, checkinId, request.body, now) };
    },
  );
}
