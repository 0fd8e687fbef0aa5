import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/deps.js';
import { NoContent, problems } from '../../platform/http-schemas.js';
import { requireAuth } from '../sessions/authenticate.js';
import * as prompts from './prompts.js';
import {
  AppreciationBody,
  Created,
  HappenedBody,
  PlanBody,
  PlanParams,
  PromptMarkBody,
  PromptMarkParams,
  PromptsOverview,
  ShareTriggerBody,
  TimeOutBody,
  TimeOutCreated,
  TimeOutParams,
  TimeOutsOverview,
  TogetherOverview,
  TriggerBody,
  TriggerParams,
  TriggerResponseBody,
  TriggersOverview,
} from './schemas.js';
import * as timeOuts from './time-outs.js';
import * as together from './together.js';
import * as triggers from './triggers.js';

const tags = ['talking'];

/** Conversation prompts, time-outs, triggers, appreciation and time together. */
export function registerReconnectingRoutes(untyped: FastifyInstance, deps: AppDeps): void {
  const app = untyped.withTypeProvider<TypeBoxTypeProvider>();
  const userOf = (request: Parameters<typeof requireAuth>[0]) => requireAuth(request).userId;

  app.get(
    '/api/v1/prompts',
    {
      schema: {
        operationId: 'listPrompts',
        summary: 'Conversation cards for your stage, role and relationship, with your marks',
        tags,
        response: { 200: PromptsOverview, ...problems(401, 404) },
      },
    },
    async (request) => prompts.promptsOverview(deps, userOf(request)),
  );

  app.put(
    '/api/v1/prompts/:promptId/marks/:kind',
    {
      schema: {
        operationId: 'markPrompt',
        summary: 'Set or take back your "favourite" or "we talked about this" mark on a card',
        tags,
        params: PromptMarkParams,
        body: PromptMarkBody,
        response: { 204: NoContent, ...problems(401, 404) },
      },
    },
    async (request, reply) => {
      const { promptId, kind } = request.params;
      await prompts.markPrompt(deps, userOf(request), promptId, kind, request.body.set);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/time-outs',
    {
      schema: {
        operationId: 'listTimeOuts',
        summary: 'Pauses running now (for both of you), recent ones and how many there were',
        tags,
        response: { 200: TimeOutsOverview, ...problems(401, 404) },
      },
    },
    async (request) => timeOuts.timeOutsOverview(deps, userOf(request)),
  );

  app.post(
    '/api/v1/time-outs',
    {
      schema: {
        operationId: 'callTimeOut',
        summary: '"I need a pause": your partner sees it with the time you will come back',
        tags,
        body: TimeOutBody,
        response: { 201: TimeOutCreated, ...problems(401, 404) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await timeOuts.callTimeOut(deps, userOf(request), request.body)),
  );

  app.post(
    '/api/v1/time-outs/:timeOutId/end',
    {
      schema: {
        operationId: 'endTimeOut',
        summary: 'Say you are ready to come back (only the person who asked for the pause)',
        tags,
        params: TimeOutParams,
        response: { 204: NoContent, ...problems(401, 404) },
      },
    },
    async (request, reply) => {
      await timeOuts.endTimeOut(deps, userOf(request), request.params.timeOutId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/triggers',
    {
      schema: {
        operationId: 'listTriggers',
        summary: 'Your trigger moments, and the ones your partner shared with you',
        tags,
        response: { 200: TriggersOverview, ...problems(401, 404) },
      },
    },
    async (request) => triggers.triggersOverview(deps, userOf(request)),
  );

  app.post(
    '/api/v1/triggers',
    {
      schema: {
        operationId: 'logTrigger',
        summary: 'Log a trigger moment: private unless you share it',
        tags,
        body: TriggerBody,
        response: { 201: Created, ...problems(401, 404) },
      },
    },
    async (request, reply) => {
      const { idempotencyKey, ...input } = request.body;
      const created = await triggers.logTrigger(
        deps,
        userOf(request),
        input,
        idempotencyKey ?? null,
      );
      return reply.status(201).send(created);
    },
  );

  app.post(
    '/api/v1/triggers/:triggerId/share',
    {
      schema: {
        operationId: 'shareTrigger',
        summary: 'Share one of your trigger moments with your partner, saying what you need',
        tags,
        params: TriggerParams,
        body: ShareTriggerBody,
        response: { 204: NoContent, ...problems(401, 404) },
      },
    },
    async (request, reply) => {
      await triggers.shareTrigger(
        deps,
        userOf(request),
        request.params.triggerId,
        request.body.need,
      );
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/triggers/:triggerId/responses',
    {
      schema: {
        operationId: 'respondToTrigger',
        summary: 'Answer a trigger moment your partner shared with you',
        tags,
        params: TriggerParams,
        body: TriggerResponseBody,
        response: { 201: Created, ...problems(401, 404) },
      },
    },
    async (request, reply) => {
      const created = await triggers.respondToTrigger(
        deps,
        userOf(request),
        request.params.triggerId,
        request.body.text,
      );
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/api/v1/together',
    {
      schema: {
        operationId: 'listTogether',
        summary: 'Appreciations sent between you, and time together planned and done',
        tags,
        response: { 200: TogetherOverview, ...problems(401, 404) },
      },
    },
    async (request) => together.togetherOverview(deps, userOf(request)),
  );

  app.post(
    '/api/v1/together/appreciations',
    {
      schema: {
        operationId: 'sendAppreciation',
        summary: 'Send your partner a short appreciation',
        description:
          'Retrying with the same idempotencyKey answers the appreciation already sent, without a second one (or a second update to your partner).',
        tags,
        body: AppreciationBody,
        response: { 201: Created, ...problems(401, 404) },
      },
    },
    async (request, reply) => {
      const { text, idempotencyKey } = request.body;
      const created = await together.sendAppreciation(
        deps,
        userOf(request),
        text,
        idempotencyKey ?? null,
      );
      return reply.status(201).send(created);
    },
  );

  app.post(
    '/api/v1/together/plans',
    {
      schema: {
        operationId: 'planTimeTogether',
        summary: 'Plan time together: a walk, a call, a date',
        description:
          'Retrying with the same idempotencyKey answers the plan already made, without a second one.',
        tags,
        body: PlanBody,
        response: { 201: Created, ...problems(401, 404) },
      },
    },
    async (request, reply) => {
      const { idempotencyKey, ...input } = request.body;
      const created = await together.planTimeTogether(
        deps,
        userOf(request),
        input,
        idempotencyKey ?? null,
      );
      return reply.status(201).send(created);
    },
  );

  app.post(
    '/api/v1/together/plans/:planId/happened',
    {
      schema: {
        operationId: 'markTimeTogetherHappened',
        summary: 'Mark planned time together as done, on the day it happened',
        tags,
        params: PlanParams,
        body: HappenedBody,
        response: { 204: NoContent, ...problems(401, 404) },
      },
    },
    async (request, reply) => {
      await together.markTogetherHappened(
        deps,
        userOf(request),
        request.params.planId,
        request.body.happenedOn,
      );
      return reply.status(204).send(null);
    },
  );
}
