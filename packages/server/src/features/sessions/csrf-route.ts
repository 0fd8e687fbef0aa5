import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';

export function registerCsrfRoute(untyped: FastifyInstance): void {
  const app = untyped.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    '/api/v1/csrf-token',
    {
      schema: {
        operationId: 'getCsrfToken',
        summary: 'A token to send as x-csrf-token with every POST, PUT, PATCH and DELETE',
        tags: ['sessions'],
        response: { 200: Type.Object({ token: Type.String() }) },
      },
    },
    async (_request, reply) => ({ token: reply.generateCsrf() }),
  );
}
