import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppDeps } from '../../platform/deps.js';
import { IsoDateTime, problems, strictObject, Uuid } from '../../platform/http-schemas.js';
import { STRICT_LIMIT } from '../../platform/rate-limit.js';
import { UserEnvelope } from '../accounts/schemas.js';
import { originOf, requireAuth } from '../sessions/authenticate.js';
import { setSessionCookie } from '../sessions/cookie.js';
import { setDeviceCookie } from '../sessions/known-devices.js';
import { signUpTherapistAndSignIn, therapistProfile } from './account-service.js';
import { setConsent, yourTherapists } from './consent-service.js';
import { acceptTherapistCode, createTherapistCode } from './invitation-service.js';
import {
  ConsentCategorySchema,
  TherapistProfile,
  TherapistSignUpBody,
  YourTherapists,
} from './schemas.js';

/** Therapist accounts, a couple's code for their therapist, and each partner's consent. */
export function registerTherapistLinkRoutes(untyped: FastifyInstance, deps: AppDeps): void {
  const app = untyped.withTypeProvider<TypeBoxTypeProvider>();

  app.post(
    '/api/v1/therapist-accounts',
    {
      schema: {
        operationId: 'signUpTherapist',
        summary: 'Create a therapist account (with your professional details) and sign in',
        tags: ['therapist portal'],
        body: TherapistSignUpBody,
        response: { 201: UserEnvelope, ...problems(409) },
      },
      config: { rateLimit: STRICT_LIMIT },
    },
    async (request, reply) => {
      const origin = originOf(request);
      const { user, session, deviceToken } = await signUpTherapistAndSignIn(
        deps,
        request.body,
        origin,
      );
      setSessionCookie(reply, deps.config, session.token, session.expiresAt);
      setDeviceCookie(reply, deps, deviceToken);
      return reply.status(201).send({ user });
    },
  );

  app.get(
    '/api/v1/therapist/profile',
    {
      schema: {
        operationId: 'getTherapistProfile',
        summary: 'Your professional details, as the couples you work with see them',
        tags: ['therapist portal'],
        response: { 200: Type.Object({ profile: TherapistProfile }), ...problems(401, 404) },
      },
    },
    async (request) => ({ profile: await therapistProfile(deps, requireAuth(request).userId) }),
  );

  app.post(
    '/api/v1/therapist/couples',
    {
      schema: {
        operationId: 'acceptTherapistCode',
        summary: 'Enter the code a couple gave you; they join your caseload',
        description: 'You see nothing of theirs until each partner chooses what to share.',
        tags: ['therapist portal'],
        body: strictObject({ code: Type.String({ minLength: 1, maxLength: 32 }) }),
        response: { 201: Type.Object({ coupleId: Uuid }), ...problems(401, 404) },
      },
      config: { rateLimit: STRICT_LIMIT },
    },
    async (request, reply) => {
      const linked = await acceptTherapistCode(
        deps,
        requireAuth(request).userId,
        request.body.code,
        originOf(request),
      );
      return reply.status(201).send(linked);
    },
  );

  app.post(
    '/api/v1/space/therapist-invitations',
    {
      schema: {
        operationId: 'createTherapistCode',
        summary: 'A short code to give your therapist, valid for seven days',
        description:
          'A new code replaces the open one. Your therapist sees nothing until you consent.',
        tags: ['therapist portal'],
        response: {
          201: Type.Object({ code: Type.String(), expiresAt: IsoDateTime }),
          ...problems(401, 404),
        },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createTherapistCode(deps, requireAuth(request).userId, originOf(request))),
  );

  app.get(
    '/api/v1/space/therapists',
    {
      schema: {
        operationId: 'listYourTherapists',
        summary: 'The therapists your space works with, and what you let each of them see',
        tags: ['therapist portal'],
        response: { 200: YourTherapists, ...problems(401, 404) },
      },
    },
    async (request) => ({ therapists: await yourTherapists(deps, requireAuth(request).userId) }),
  );

  app.put(
    '/api/v1/space/therapists/:therapistId/consent',
    {
      schema: {
        operationId: 'setTherapistConsent',
        summary: 'Choose what this therapist may see of yours; an empty list revokes',
        description:
          'Takes effect at once. Journals, triggers and safety screens are never shared.',
        tags: ['therapist portal'],
        params: strictObject({ therapistId: Uuid }),
        body: strictObject({
          categories: Type.Array(ConsentCategorySchema, { maxItems: 5, uniqueItems: true }),
        }),
        response: {
          200: Type.Object({ categories: Type.Array(ConsentCategorySchema) }),
          ...problems(401, 404),
        },
      },
    },
    async (request) => ({
      categories: await setConsent(
        deps,
        requireAuth(request).userId,
        request.params.therapistId,
        request.body.categories,
        originOf(request),
      ),
    }),
  );
}
