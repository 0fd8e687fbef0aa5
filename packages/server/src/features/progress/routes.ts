import negotiate from '@fastify/accept-negotiator';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/deps.js';
import { problems } from '../../platform/http-schemas.js';
import { rememberOwnersShown } from '../privacy/access-recording.js';
import { requireAuth, resolveSessionWith } from '../sessions/authenticate.js';
import { DashboardCache, sessionAndStamp } from './dashboard-cache.js';
import { ProgressSchema } from './schemas.js';
import { progressFor } from './service.js';
import { toProgressWire } from './wire.js';

export function registerProgressRoutes(untyped: FastifyInstance, deps: AppDeps): void {
  const app = untyped.withTypeProvider<TypeBoxTypeProvider>();
  // The dashboard is the busiest page and the costliest to compute: each person's is kept until
  // something it shows changes (see dashboard-cache.ts), sent in a compact form (wire.ts), and
  // gzipped to browsers.
  const dashboards = new DashboardCache();
  app.get(
    '/api/v1/progress',
    {
      config: { resolvesSessionItself: true },
      schema: {
        operationId: 'getProgress',
        summary:
          'The dashboard: each metric per partner with trend, setbacks, the guide’s typical range and the perception gap',
        tags: ['progress'],
        response: { 200: ProgressSchema, ...problems(401, 404) },
      },
    },
    async (request, reply) => {
      // The session and the dashboard's stamp come from one statement (see sessionAndStamp);
      // the authentication hook leaves this route to it.
      const now = deps.now();
      const found = await resolveSessionWith(deps, request, now, (tokenHash) =>
        sessionAndStamp(deps.db, tokenHash, now),
      );
      const { userId } = requireAuth(request);
      const stamp = found?.stamp ?? null;
      const dashboard = await dashboards.read(userId, stamp, async () =>
        // The route's own response schema writes the JSON, exactly as an uncached answer; its
        // serializer returns text (the Buffer case is for custom serializers, not used here).
        String(reply.serialize(toProgressWire(await progressFor(deps, userId)))),
      );
      // The access log need not look the space's members up again.
      if (stamp) {
        rememberOwnersShown(request, {
          coupleId: stamp.space.coupleId,
          ownerIds: stamp.space.otherMemberIds,
        });
      }
      reply.header('content-type', 'application/json; charset=utf-8');
      reply.header('vary', 'accept-encoding');
      const encoding = negotiate(request.headers['accept-encoding'] ?? '', ['gzip', 'identity']);
      if (encoding === 'gzip') {
        reply.header('content-encoding', 'gzip');
        return reply.send(dashboard.gzip as never);
      }
      return reply.send(dashboard.json as never);
    },
  );
}
