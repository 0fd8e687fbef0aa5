import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';

/**
 * The OpenAPI 3.1 document is generated from the route schemas (GET /api/openapi.json), browsable
 * at /api/docs, and checked in as packages/server/openapi.json so a change to the API shows up in
 * review; a test fails when the checked-in copy drifts.
 */
export async function registerOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Amend API',
        version,
        description:
          'The HTTP API behind Amend. Errors are RFC 9457 problem+json with a stable `code`. ' +
          'Every POST, PUT, PATCH and DELETE needs the token from GET /api/v1/csrf-token in an x-csrf-token header.',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'amend_session' } },
      },
      tags: [
        { name: 'accounts', description: 'Sign-up, the signed-in person, password reset' },
        { name: 'sessions', description: 'Sign-in, sign-out, CSRF token' },
        { name: 'space', description: 'Your recovery space' },
        { name: 'invitations', description: 'Inviting and joining a partner' },
        { name: 'checkins', description: 'Weekly check-ins' },
        { name: 'progress', description: 'The six metrics, computed' },
        { name: 'questionnaires', description: 'Trust, intimacy and forgiveness questionnaires' },
        { name: 'incidents', description: 'Relapse: incidents, corrections and context' },
        { name: 'therapy sessions', description: 'Therapy attendance' },
        {
          name: 'instruments',
          description:
            'Importing FHIR questionnaires: the shared catalogue (administrators) and therapists’ own',
        },
        {
          name: 'privacy',
          description: 'Your data: who has seen it, a copy of all of it, deleting the account',
        },
        {
          name: 'reminders',
          description:
            'Reminders, push notifications, failing deliveries, the private calendar link',
        },
        {
          name: 'coach',
          description: 'The communication coach: looks at a draft, keeps nothing',
        },
        { name: 'operations', description: 'Health and readiness' },
      ],
    },
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, index) =>
        typeof json.$id === 'string' ? json.$id : `def-${index}`,
    },
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    uiConfig: { docExpansion: 'list', deepLinking: false },
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
