import Fastify, { type FastifyInstance } from 'fastify';
import { registerAccountRoutes } from './features/accounts/routes.js';
import { UserSchema } from './features/accounts/schemas.js';
import { registerCheckinRoutes } from './features/checkins/routes.js';
import { CheckinSchema } from './features/checkins/schemas.js';
import { registerHealthRoutes } from './features/health/routes.js';
import { registerIncidentRoutes } from './features/incidents/routes.js';
import { registerProgressRoutes } from './features/progress/routes.js';
import { registerQuestionnaireRoutes } from './features/questionnaires/routes.js';
import { ScoredResponseSchema } from './features/questionnaires/schemas.js';
import { registerAuthentication } from './features/sessions/authenticate.js';
import { registerCsrfRoute } from './features/sessions/csrf-route.js';
import { registerSessionRoutes } from './features/sessions/routes.js';
import { registerTherapySessionRoutes } from './features/sessions-attended/routes.js';
import { registerSpaceRoutes } from './features/space/routes.js';
import { SpaceSchema } from './features/space/schemas.js';
import type { AppDeps } from './platform/deps.js';
import { registerErrorHandling } from './platform/errors.js';
import { ProblemSchema } from './platform/http-schemas.js';
import { loggerOptions } from './platform/logger.js';
import { registerOpenApi } from './platform/openapi.js';
import { registerRateLimits } from './platform/rate-limit.js';
import { registerSecurity } from './platform/security.js';
import { registerWebApp } from './platform/web-static.js';

export const API_VERSION = '0.1.0';
/** JSON bodies above this are refused with 413; nothing in the API needs more. */
export const BODY_LIMIT_BYTES = 64 * 1024;

declare module 'fastify' {
  interface FastifyInstance {
    /** "METHOD /path" for every route registered, in registration order. */
    registeredRoutes: readonly string[];
  }
}

export interface BuildAppOptions {
  /** Serve packages/web/dist as well (production); API tests leave it off. */
  readonly serveWebApp?: boolean;
  readonly logger?: boolean;
}

/**
 * Builds the whole HTTP application from its dependencies. Request flow: authenticate (hook) →
 * validate (schema) → authorize (core/policy in the service) → service → store → response schema.
 */
export async function buildApp(
  deps: AppDeps,
  options: BuildAppOptions = {},
): Promise<FastifyInstance> {
  const logger = options.logger === false ? false : (loggerOptions(deps.config) ?? true);
  const app: FastifyInstance = Fastify({
    logger,
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: deps.config.trustProxy,
    ajv: {
      // Unknown fields and wrong types are errors, never silently dropped or converted.
      customOptions: { removeAdditional: false, coerceTypes: false, allErrors: true },
    },
  });
  // Every route the app serves, so tests can prove each one is in the authorization matrix.
  const registeredRoutes: string[] = [];
  app.decorate('registeredRoutes', registeredRoutes);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') registeredRoutes.push(`${method} ${route.url}`);
    }
  });
  registerErrorHandling(app);
  app.addSchema(ProblemSchema);
  app.addSchema(UserSchema);
  app.addSchema(SpaceSchema);
  app.addSchema(CheckinSchema);
  app.addSchema(ScoredResponseSchema);
  await registerOpenApi(app, API_VERSION);
  await registerSecurity(app, deps.config, deps.cookieSecret);
  await registerRateLimits(app, deps.db);
  registerAuthentication(app, deps);

  registerHealthRoutes(app, deps);
  registerCsrfRoute(app);
  registerAccountRoutes(app, deps);
  registerSessionRoutes(app, deps);
  registerSpaceRoutes(app, deps);
  registerCheckinRoutes(app, deps);
  registerProgressRoutes(app, deps);
  registerQuestionnaireRoutes(app, deps);
  registerIncidentRoutes(app, deps);
  registerTherapySessionRoutes(app, deps);

  if (options.serveWebApp) {
    const served = await registerWebApp(app);
    if (!served) app.log.warn('The web app is not built (packages/web/dist); run "npm run build".');
  }
  return app;
}
