import Fastify, { type FastifyInstance } from 'fastify';
import { registerAccountRoutes } from './features/accounts/routes.js';
import { UserSchema } from './features/accounts/schemas.js';
import { registerSecurityRoutes } from './features/accounts/security-routes.js';
import { registerAgreementRoutes } from './features/agreements/routes.js';
import { registerCheckinRoutes } from './features/checkins/routes.js';
import { CheckinSchema } from './features/checkins/schemas.js';
import { registerCoachRoutes } from './features/coach/routes.js';
import { registerHealthRoutes } from './features/health/routes.js';
import { registerCommitmentRoutes } from './features/honesty/commitment-routes.js';
import { registerDisclosureRoutes } from './features/honesty/disclosure-routes.js';
import { registerQuestionRoutes } from './features/honesty/question-routes.js';
import { registerTherapistOpenRoutes } from './features/honesty/therapist-open-routes.js';
import { registerIncidentRoutes } from './features/incidents/routes.js';
import { registerInstrumentRoutes } from './features/instruments/routes.js';
import { registerTherapistInstrumentRoutes } from './features/instruments/therapist-routes.js';
import { registerJournalRoutes } from './features/journal/routes.js';
import { registerNotificationRoutes } from './features/notifications/routes.js';
import { registerAccessRecording } from './features/privacy/access-recording.js';
import { registerPrivacyRoutes } from './features/privacy/routes.js';
import { registerProgramRoutes } from './features/program/routes.js';
import { registerProgressRoutes } from './features/progress/routes.js';
import { registerQuestionnaireRoutes } from './features/questionnaires/routes.js';
import { ScoredResponseSchema } from './features/questionnaires/schemas.js';
import { registerReminderRoutes } from './features/reminders/routes.js';
import { registerSafetyRoutes } from './features/safety/routes.js';
import { registerAuthentication } from './features/sessions/authenticate.js';
import { registerCsrfRoute } from './features/sessions/csrf-route.js';
import { registerSessionManagementRoutes } from './features/sessions/manage-routes.js';
import { registerSessionRoutes } from './features/sessions/routes.js';
import { registerTherapySessionRoutes } from './features/sessions-attended/routes.js';
import { registerSpaceRoutes } from './features/space/routes.js';
import { SpaceSchema } from './features/space/schemas.js';
import { registerConversationRoutes } from './features/talking/conversation-routes.js';
import { registerReconnectingRoutes } from './features/talking/reconnecting-routes.js';
import { registerAppointmentRoutes } from './features/therapists/appointment-routes.js';
import { registerTherapistCoupleRoutes } from './features/therapists/couple-routes.js';
import { registerTherapistLinkRoutes } from './features/therapists/link-routes.js';
import { registerTherapistReportRoutes } from './features/therapists/report-routes.js';
import type { AppDeps } from './platform/deps.js';
import { registerErrorHandling } from './platform/errors.js';
import { ProblemSchema } from './platform/http-schemas.js';
import { registerInputHardening } from './platform/input-hardening.js';
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
  /** Where log lines go instead of standard output (tests read them back). */
  readonly logStream?: NodeJS.WritableStream;
}

/**
 * Builds the whole HTTP application from its dependencies. Request flow: authenticate (hook) →
 * validate (schema) → authorize (core/policy in the service) → service → store → response schema.
 */
export async function buildApp(
  deps: AppDeps,
  options: BuildAppOptions = {},
): Promise<FastifyInstance> {
  const configured = loggerOptions(deps.config);
  const logger =
    options.logger === false
      ? false
      : options.logStream && typeof configured === 'object'
        ? { ...configured, stream: options.logStream }
        : (configured ?? true);
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
  registerInputHardening(app);
  app.addSchema(ProblemSchema);
  app.addSchema(UserSchema);
  app.addSchema(SpaceSchema);
  app.addSchema(CheckinSchema);
  app.addSchema(ScoredResponseSchema);
  await registerOpenApi(app, API_VERSION);
  await registerSecurity(app, deps.config, deps.cookieSecret);
  await registerRateLimits(app, deps.db, deps.config.strictAttemptsPerWindow);
  registerAuthentication(app, deps);
  // Before the routes, so that every one of them passes the access log's hook.
  registerAccessRecording(app, deps);

  registerHealthRoutes(app, deps);
  registerCsrfRoute(app);
  registerAccountRoutes(app, deps);
  registerSessionRoutes(app, deps);
  registerSessionManagementRoutes(app, deps);
  registerSecurityRoutes(app, deps);
  registerSpaceRoutes(app, deps);
  registerCheckinRoutes(app, deps);
  registerProgressRoutes(app, deps);
  registerProgramRoutes(app, deps);
  registerQuestionnaireRoutes(app, deps);
  registerIncidentRoutes(app, deps);
  registerQuestionRoutes(app, deps);
  registerDisclosureRoutes(app, deps);
  registerCommitmentRoutes(app, deps);
  registerAgreementRoutes(app, deps);
  registerTherapySessionRoutes(app, deps);
  registerInstrumentRoutes(app, deps);
  registerTherapistInstrumentRoutes(app, deps);
  registerSafetyRoutes(app, deps);
  registerJournalRoutes(app, deps);
  registerPrivacyRoutes(app, deps);
  registerNotificationRoutes(app, deps);
  registerReminderRoutes(app, deps);
  registerConversationRoutes(app, deps);
  registerReconnectingRoutes(app, deps);
  registerCoachRoutes(app);
  registerTherapistLinkRoutes(app, deps);
  registerTherapistCoupleRoutes(app, deps);
  registerAppointmentRoutes(app, deps);
  registerTherapistReportRoutes(app, deps);
  registerTherapistOpenRoutes(app, deps);

  if (options.serveWebApp) {
    const served = await registerWebApp(app);
    if (!served) app.log.warn('The web app is not built (packages/web/dist); run "npm run build".');
  }
  return app;
}
