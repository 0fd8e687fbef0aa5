import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/deps.js';
import { NoContent, problems } from '../../platform/http-schemas.js';
import { STRICT_LIMIT } from '../../platform/rate-limit.js';
import { originOf, requireAuth } from '../sessions/authenticate.js';
import { setSessionCookie } from '../sessions/cookie.js';
import { setDeviceCookie } from '../sessions/known-devices.js';
import {
  Accepted,
  PasswordResetCompleteBody,
  PasswordResetRequestBody,
  SignUpBody,
  UserEnvelope,
} from './schemas.js';
import * as accounts from './service.js';

export function registerAccountRoutes(untyped: FastifyInstance, deps: AppDeps): void {
  const app = untyped.withTypeProvider<TypeBoxTypeProvider>();

  app.post(
    '/api/v1/accounts',
    {
      schema: {
        operationId: 'signUp',
        summary: 'Create an account and sign in',
        tags: ['accounts'],
        body: SignUpBody,
        response: { 201: UserEnvelope, ...problems(409) },
      },
      config: { rateLimit: STRICT_LIMIT },
    },
    async (request, reply) => {
      const origin = originOf(request);
      // The browser an account was made in is known to it: signing in here later sends no
      // "new sign-in" e-mail.
      const { user, session, deviceToken } = await accounts.signUpAndSignIn(
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
    '/api/v1/me',
    {
      schema: {
        operationId: 'getMe',
        summary: 'The signed-in person',
        tags: ['accounts'],
        response: { 200: UserEnvelope, ...problems(401) },
      },
    },
    async (request) => ({ user: await accounts.currentUser(deps, requireAuth(request).userId) }),
  );

  app.post(
    '/api/v1/password-resets',
    {
      schema: {
        operationId: 'requestPasswordReset',
        summary: 'E-mail a one-hour password reset link, if the account exists',
        description: 'Always answers 202, so it cannot be used to learn who has an account.',
        tags: ['accounts'],
        body: PasswordResetRequestBody,
        response: { 202: Accepted, ...problems() },
      },
      config: { rateLimit: STRICT_LIMIT },
    },
    async (request, reply) => {
      await accounts.requestPasswordReset(deps, request.body.email, originOf(request));
      return reply.status(202).send({});
    },
  );

  app.post(
    '/api/v1/password-resets/complete',
    {
      schema: {
        operationId: 'completePasswordReset',
        summary: 'Set a new password with the link from the e-mail; signs out every device',
        tags: ['accounts'],
        body: PasswordResetCompleteBody,
        response: { 204: NoContent, ...problems() },
      },
      config: { rateLimit: STRICT_LIMIT },
    },
    async (request, reply) => {
      await accounts.completePasswordReset(
        deps,
        request.body.token,
        request.body.password,
        originOf(request),
      );
      return reply.status(204).send(null);
    },
  );
}
