import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/deps.js';
import { NoContent, problems } from '../../platform/http-schemas.js';
import { STRICT_LIMIT } from '../../platform/rate-limit.js';
import { originOf, requireAuth } from '../sessions/authenticate.js';
import { clearSessionCookie } from '../sessions/cookie.js';
import { accessLogPage } from './access-log.js';
import { deleteAccount } from './deletion.js';
import { exportEverything } from './export.js';
import { AccessLogEnvelope, AccessLogQuery, DeleteAccountBody, ZipDownload } from './schemas.js';

export function registerPrivacyRoutes(untyped: FastifyInstance, deps: AppDeps): void {
  const app = untyped.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/v1/me/access-log',
    {
      schema: {
        operationId: 'getAccessLog',
        summary: 'Who has seen or changed your data, and every sign-in, newest first',
        description:
          'Only events about you. A partner is named; another person’s device is not shown. Pages of 50: pass nextCursor as before.',
        tags: ['privacy'],
        querystring: AccessLogQuery,
        response: { 200: AccessLogEnvelope, ...problems(401) },
      },
    },
    async (request) => accessLogPage(deps, requireAuth(request).userId, request.query.before),
  );

  app.get(
    '/api/v1/me/export',
    {
      schema: {
        operationId: 'exportMyData',
        summary: 'Everything you own, in one ZIP: data.json, CSV files and a PDF summary',
        tags: ['privacy'],
        response: {
          200: { content: { 'application/zip': { schema: ZipDownload } } },
          ...problems(401),
        },
      },
      // Building the file takes real work; a few downloads a quarter hour is plenty.
      config: { rateLimit: STRICT_LIMIT },
    },
    async (request, reply) => {
      const { fileName, zip } = await exportEverything(
        deps,
        requireAuth(request).userId,
        originOf(request),
      );
      return reply
        .header('content-type', 'application/zip')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .header('cache-control', 'no-store')
        .send(Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength));
    },
  );

  app.delete(
    '/api/v1/me',
    {
      schema: {
        operationId: 'deleteMyAccount',
        summary: 'Delete your account and everything in it, for good',
        description:
          'Needs your current password. Your shared records leave your space, every row of yours is removed, all your sessions end, and the audit trail keeps only an anonymous note that an account was deleted.',
        tags: ['privacy'],
        body: DeleteAccountBody,
        response: { 204: NoContent, ...problems(401, 403) },
      },
      config: { rateLimit: STRICT_LIMIT },
    },
    async (request, reply) => {
      const { userId } = requireAuth(request);
      const { goodbyeSent } = await deleteAccount(
        deps,
        userId,
        request.body.password,
        originOf(request),
      );
      if (!goodbyeSent) request.log.warn('The goodbye e-mail after an account deletion failed.');
      clearSessionCookie(reply, deps.config);
      return reply.status(204).send(null);
    },
  );
}
