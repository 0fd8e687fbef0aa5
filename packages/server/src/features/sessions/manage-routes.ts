import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/deps.js';
import { NoContent, problems } from '../../platform/http-schemas.js';
import { recordAuditEvent } from '../audit/store.js';
import { originOf, requireAuth } from './authenticate.js';
import { clearSessionCookie } from './cookie.js';
import { EndedCount, SessionList, SessionParams } from './schemas.js';
import { endOtherSessions, endOwnSession, listSessions } from './service.js';

/**
 * The person's own sessions: see where they are signed in, end any one, or all but this one.
 * Ending a session deletes it, so that device's next request is signed out. No password is asked
 * for: ending sessions only ever takes access away.
 */
export function registerSessionManagementRoutes(untyped: FastifyInstance, deps: AppDeps): void {
  const app = untyped.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['sessions'];

  app.get(
    '/api/v1/sessions',
    {
      schema: {
        operationId: 'listSessions',
        summary: 'Where you are signed in; the session of this request comes first',
        tags,
        response: { 200: SessionList, ...problems(401) },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      return { sessions: await listSessions(deps, auth.userId, auth.sessionId) };
    },
  );

  app.delete(
    '/api/v1/sessions/others',
    {
      schema: {
        operationId: 'endOtherSessions',
        summary: 'Sign out everywhere except this device',
        tags,
        response: { 200: EndedCount, ...problems(401) },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const ended = await endOtherSessions(deps, auth.userId, auth.sessionId);
      await recordAuditEvent(
        deps.db,
        {
          action: 'session.others_revoked',
          actorUserId: auth.userId,
          subjectUserId: auth.userId,
          origin: originOf(request),
          details: { ended },
        },
        deps.now(),
      );
      return { ended };
    },
  );

  app.delete(
    '/api/v1/sessions/:sessionId',
    {
      schema: {
        operationId: 'endSession',
        summary: 'End one of your sessions; that device is signed out at its next request',
        tags,
        params: SessionParams,
        response: { 204: NoContent, ...problems(401, 404) },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      await endOwnSession(deps, auth.userId, request.params.sessionId);
      await recordAuditEvent(
        deps.db,
        {
          action: 'session.revoked',
          actorUserId: auth.userId,
          subjectUserId: auth.userId,
          origin: originOf(request),
          details: { sessionId: request.params.sessionId },
        },
        deps.now(),
      );
      if (request.params.sessionId === auth.sessionId) clearSessionCookie(reply, deps.config);
      return reply.status(204).send(null);
    },
  );
}
