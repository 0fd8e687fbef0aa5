import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/deps.js';
import { NoContent, problems } from '../../platform/http-schemas.js';
import { requireAuth } from '../sessions/authenticate.js';
import * as discretion from './discretion.js';
import {
  PreferencesBody,
  PreferencesSchema,
  ResourceBody,
  ResourceEnvelope,
  ResourceListSchema,
  ResourceParams,
  SafetyScreenQuestionsSchema,
  ScreenEnvelope,
  ScreenHistorySchema,
  ScreenParams,
  SharingBody,
  TakeScreenBody,
} from './schemas.js';
import * as safety from './service.js';

const PRIVATE = 'Only you can see this; your partner is never told it exists.';

export function registerSafetyRoutes(untyped: FastifyInstance, deps: AppDeps): void {
  const app = untyped.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/v1/safety/screen',
    {
      schema: {
        operationId: 'getSafetyScreen',
        summary: 'The private safety check’s questions',
        tags: ['safety'],
        response: { 200: SafetyScreenQuestionsSchema, ...problems(401) },
      },
    },
    async (request) => {
      requireAuth(request);
      return { screen: safety.safetyScreenQuestions() };
    },
  );

  app.get(
    '/api/v1/safety/screens',
    {
      schema: {
        operationId: 'listSafetyScreens',
        summary: 'Your own safety checks, newest first, each scored by the engine in core',
        description: PRIVATE,
        tags: ['safety'],
        response: { 200: ScreenHistorySchema, ...problems(401) },
      },
    },
    async (request) => safety.screenHistory(deps, requireAuth(request).userId),
  );

  app.post(
    '/api/v1/safety/screens',
    {
      schema: {
        operationId: 'takeSafetyScreen',
        summary: 'Take the safety check; any question may be skipped',
        description: `${PRIVATE} A retried request with the same idempotency key is saved once.`,
        tags: ['safety'],
        body: TakeScreenBody,
        response: { 200: ScreenEnvelope, 201: ScreenEnvelope, ...problems(401) },
      },
    },
    async (request, reply) => {
      const result = await safety.takeScreen(
        deps,
        requireAuth(request).userId,
        request.body.answers,
        request.body.idempotencyKey ?? null,
      );
      return reply.status(result.created ? 201 : 200).send({ screen: result.screen });
    },
  );

  app.put(
    '/api/v1/safety/screens/:screenId/sharing',
    {
      schema: {
        operationId: 'setSafetyScreenSharing',
        summary: 'Choose whether a therapist you have linked may see this result (off by default)',
        tags: ['safety'],
        params: ScreenParams,
        body: SharingBody,
        response: { 200: ScreenEnvelope, ...problems(401, 404) },
      },
    },
    async (request) => ({
      screen: await safety.setScreenSharing(
        deps,
        requireAuth(request).userId,
        request.params.screenId,
        request.body.sharedWithTherapist,
      ),
    }),
  );

  app.delete(
    '/api/v1/safety/screens/:screenId',
    {
      schema: {
        operationId: 'deleteSafetyScreen',
        summary: 'Delete one of your safety checks for good',
        tags: ['safety'],
        params: ScreenParams,
        response: { 204: NoContent, ...problems(401, 404) },
      },
    },
    async (request, reply) => {
      await safety.deleteScreen(deps, requireAuth(request).userId, request.params.screenId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/safety/resources',
    {
      schema: {
        operationId: 'listSafetyResources',
        summary: 'The help contacts you added for yourself',
        description: PRIVATE,
        tags: ['safety'],
        response: { 200: ResourceListSchema, ...problems(401) },
      },
    },
    async (request) => ({
      resources: await safety.listResources(deps, requireAuth(request).userId),
    }),
  );

  app.post(
    '/api/v1/safety/resources',
    {
      schema: {
        operationId: 'addSafetyResource',
        summary: 'Add a help contact close to home: a local service, a friend, a doctor',
        tags: ['safety'],
        body: ResourceBody,
        response: { 201: ResourceEnvelope, ...problems(401) },
      },
    },
    async (request, reply) => {
      const resource = await safety.addResource(deps, requireAuth(request).userId, request.body);
      return reply.status(201).send({ resource });
    },
  );

  app.put(
    '/api/v1/safety/resources/:resourceId',
    {
      schema: {
        operationId: 'updateSafetyResource',
        summary: 'Change one of your help contacts',
        tags: ['safety'],
        params: ResourceParams,
        body: ResourceBody,
        response: { 200: ResourceEnvelope, ...problems(401, 404) },
      },
    },
    async (request) => ({
      resource: await safety.updateResource(
        deps,
        requireAuth(request).userId,
        request.params.resourceId,
        request.body,
      ),
    }),
  );

  app.delete(
    '/api/v1/safety/resources/:resourceId',
    {
      schema: {
        operationId: 'deleteSafetyResource',
        summary: 'Remove one of your help contacts',
        tags: ['safety'],
        params: ResourceParams,
        response: { 204: NoContent, ...problems(401, 404) },
      },
    },
    async (request, reply) => {
      await safety.deleteResource(deps, requireAuth(request).userId, request.params.resourceId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/me/preferences',
    {
      schema: {
        operationId: 'getPreferences',
        summary: 'Your own settings, such as discreet mode',
        tags: ['accounts'],
        response: { 200: PreferencesSchema, ...problems(401) },
      },
    },
    async (request) => ({
      preferences: await discretion.preferences(deps, requireAuth(request).userId),
    }),
  );

  app.put(
    '/api/v1/me/preferences',
    {
      schema: {
        operationId: 'updatePreferences',
        summary: 'Change your settings; discreet mode also changes the wording of e-mails to you',
        tags: ['accounts'],
        body: PreferencesBody,
        response: { 200: PreferencesSchema, ...problems(401) },
      },
    },
    async (request) => ({
      preferences: await discretion.updatePreferences(
        deps,
        requireAuth(request).userId,
        request.body,
      ),
    }),
  );
}
