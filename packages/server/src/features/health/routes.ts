import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { Type } from 'typebox';
import { isFullyMigrated } from '../../db/migrations.js';
import type { AppDeps } from '../../platform/deps.js';
import { isJobQueueInstalled } from '../../platform/jobs.js';

const Status = Type.Object({ status: Type.String(), detail: Type.Optional(Type.String()) });

export function registerHealthRoutes(untyped: FastifyInstance, deps: AppDeps): void {
  const app = untyped.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/healthz',
    {
      schema: {
        operationId: 'getHealth',
        summary: 'The process is up',
        tags: ['operations'],
        response: { 200: Status },
      },
    },
    async () => ({ status: 'ok' }),
  );

  app.get(
    '/readyz',
    {
      schema: {
        operationId: 'getReadiness',
        summary:
          'The database is reachable, every migration is applied and the job queue is installed',
        tags: ['operations'],
        response: { 200: Status, 503: Status },
      },
    },
    async (request, reply) => {
      try {
        await sql`SELECT 1`.execute(deps.db);
        if (!(await isFullyMigrated(deps.db, deps.latestMigration))) {
          return reply.status(503).send({ status: 'unavailable', detail: 'migrations pending' });
        }
        if (!(await isJobQueueInstalled(deps.db))) {
          return reply
            .status(503)
            .send({ status: 'unavailable', detail: 'job queue not installed' });
        }
        return { status: 'ready' };
      } catch (error) {
        request.log.warn({ err: error }, 'readiness check failed');
        return reply.status(503).send({ status: 'unavailable', detail: 'database unreachable' });
      }
    },
  );
}
