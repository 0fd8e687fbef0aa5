import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppDeps } from '../../platform/deps.js';
import { Email, NoContent, problems, strictObject } from '../../platform/http-schemas.js';
import { STRICT_LIMIT } from '../../platform/rate-limit.js';
import { UserEnvelope } from '../accounts/schemas.js';
import { verifyCredentials } from '../accounts/service.js';
import { recordAuditEvent } from '../audit/store.js';
import { originOf } from './authenticate.js';
import { clearSessionCookie, setSessionCookie } from './cookie.js';
import { endSession, startSession } from './service.js';

const SignInBody = strictObject({ email: Email, password: Type.String({ maxLength: 1024 }) });

export function registerSessionRoutes(untyped: FastifyInstance, deps: AppDeps): void {
  const app = untyped.withTypeProvider<TypeBoxTypeProvider>();

  app.post(
    '/api/v1/sessions',
    {
      schema: {
        operationId: 'signIn',
        summary: 'Sign in with e-mail and password',
        tags: ['sessions'],
        body: SignInBody,
        response: { 200: UserEnvelope, ...problems(401) },
      },
      config: { rateLimit: STRICT_LIMIT },
    },
    async (request, reply) => {
      const origin = originOf(request);
      const user = await verifyCredentials(deps, request.body.email, request.body.password, origin);
      // Any session the browser held before is replaced, never reused (no session fixation).
      if (request.auth) await endSession(deps, request.auth.sessionId);
      const session = await startSession(deps, user.id, origin);
      setSessionCookie(reply, deps.config, session.token, session.expiresAt);
      return { user };
    },
  );

  app.delete(
    '/api/v1/sessions/current',
    {
      schema: {
        operationId: 'signOut',
        summary: 'Sign out of this device',
        tags: ['sessions'],
        response: { 204: NoContent, ...problems() },
      },
    },
    async (request, reply) => {
      if (request.auth) {
        await endSession(deps, request.auth.sessionId);
        await recordAuditEvent(
          deps.db,
          {
            action: 'account.signed_out',
            actorUserId: request.auth.userId,
            subjectUserId: request.auth.userId,
            origin: originOf(request),
          },
          deps.now(),
        );
      }
      clearSessionCookie(reply, deps.config);
      return reply.status(204).send(null);
    },
  );
}
