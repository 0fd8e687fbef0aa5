import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { RegistrationResponseJSON } from '@simplewebauthn/server';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppDeps } from '../../platform/deps.js';
import { NoContent, problems } from '../../platform/http-schemas.js';
import { STRICT_LIMIT } from '../../platform/rate-limit.js';
import { originOf, requireAuth } from '../sessions/authenticate.js';
import { changeEmail, changePassword } from './account-settings.js';
import { finishPasskeyRegistration, removePasskey, startPasskeyRegistration } from './passkeys.js';
import { UserEnvelope } from './schemas.js';
import {
  ChangeEmailBody,
  ChangePasswordBody,
  NewPasskeyBody,
  PasskeyChallenge,
  PasskeyParams,
  PasskeySchema,
  PasswordOnlyBody,
  RecoveryCodes,
  SecurityOverviewSchema,
  TotpConfirmBody,
  TotpSetupSchema,
} from './security-schemas.js';
import { confirmTotpSetup, disableTotp, startTotpSetup } from './totp.js';
import { regenerateRecoveryCodes, securityOverview } from './two-factor.js';

/**
 * How the signed-in person signs in: authenticator app, recovery codes, passkeys, e-mail and
 * password. Every change needs the current password in the same request (see
 * reauthentication.ts); each route is rate limited like sign-in, because it checks a password.
 */
export function registerSecurityRoutes(untyped: FastifyInstance, deps: AppDeps): void {
  const app = untyped.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['security'];

  app.get(
    '/api/v1/me/security',
    {
      schema: {
        operationId: 'getSecurity',
        summary: 'Two-step sign-in settings and passkeys of the signed-in person',
        tags,
        response: { 200: SecurityOverviewSchema, ...problems(401) },
      },
    },
    async (request) => securityOverview(deps, requireAuth(request).userId),
  );

  app.post(
    '/api/v1/me/totp/setup',
    {
      schema: {
        operationId: 'startTotpSetup',
        summary: 'Start setting up an authenticator app (needs the current password)',
        tags,
        body: PasswordOnlyBody,
        response: { 200: TotpSetupSchema, ...problems(401, 403, 409) },
      },
      config: { rateLimit: STRICT_LIMIT },
    },
    async (request) =>
      startTotpSetup(deps, requireAuth(request).userId, request.body.password, originOf(request)),
  );

  app.post(
    '/api/v1/me/totp/confirm',
    {
      schema: {
        operationId: 'confirmTotpSetup',
        summary: 'Turn on authenticator codes with a code from the app; returns recovery codes',
        tags,
        body: TotpConfirmBody,
        response: { 200: RecoveryCodes, ...problems(401, 409, 410) },
      },
      config: { rateLimit: STRICT_LIMIT },
    },
    async (request) =>
      confirmTotpSetup(deps, requireAuth(request).userId, request.body.code, originOf(request)),
  );

  app.post(
    '/api/v1/me/totp/disable',
    {
      schema: {
        operationId: 'disableTotp',
        summary: 'Turn off authenticator codes (needs the current password)',
        tags,
        body: PasswordOnlyBody,
        response: { 204: NoContent, ...problems(401, 403, 409) },
      },
      config: { rateLimit: STRICT_LIMIT },
    },
    async (request, reply) => {
      await disableTotp(
        deps,
        requireAuth(request).userId,
        request.body.password,
        originOf(request),
      );
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/me/recovery-codes',
    {
      schema: {
        operationId: 'regenerateRecoveryCodes',
        summary: 'Replace every recovery code with ten new ones (needs the current password)',
        tags,
        body: PasswordOnlyBody,
        response: { 200: RecoveryCodes, ...problems(401, 403, 409) },
      },
      config: { rateLimit: STRICT_LIMIT },
    },
    async (request) => ({
      recoveryCodes: await regenerateRecoveryCodes(
        deps,
        requireAuth(request).userId,
        request.body.password,
        originOf(request),
      ),
    }),
  );

  app.post(
    '/api/v1/me/passkeys/options',
    {
      schema: {
        operationId: 'startPasskeyRegistration',
        summary: 'Options for adding a passkey (needs the current password)',
        tags,
        body: PasswordOnlyBody,
        response: { 200: PasskeyChallenge, ...problems(401, 403) },
      },
      config: { rateLimit: STRICT_LIMIT },
    },
    async (request) =>
      startPasskeyRegistration(
        deps,
        requireAuth(request).userId,
        request.body.password,
        originOf(request),
      ),
  );

  app.post(
    '/api/v1/me/passkeys',
    {
      schema: {
        operationId: 'addPasskey',
        summary: 'Add the passkey the browser created; returns recovery codes if it is the first',
        tags,
        body: NewPasskeyBody,
        response: {
          201: Type.Object({
            passkey: PasskeySchema,
            recoveryCodes: RecoveryCodes.properties.recoveryCodes,
          }),
          ...problems(401, 410),
        },
      },
      config: { rateLimit: STRICT_LIMIT },
    },
    async (request, reply) => {
      const added = await finishPasskeyRegistration(
        deps,
        requireAuth(request).userId,
        {
          challengeId: request.body.challengeId,
          name: request.body.name,
          credential: request.body.credential as RegistrationResponseJSON,
        },
        originOf(request),
      );
      return reply.status(201).send(added);
    },
  );

  app.post(
    '/api/v1/me/passkeys/:passkeyId/remove',
    {
      schema: {
        operationId: 'removePasskey',
        summary: 'Remove one of your passkeys (needs the current password)',
        tags,
        params: PasskeyParams,
        body: PasswordOnlyBody,
        response: { 204: NoContent, ...problems(401, 403, 404) },
      },
      config: { rateLimit: STRICT_LIMIT },
    },
    async (request, reply) => {
      await removePasskey(
        deps,
        requireAuth(request).userId,
        request.params.passkeyId,
        request.body.password,
        originOf(request),
      );
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/me/email',
    {
      schema: {
        operationId: 'changeEmail',
        summary: 'Change the sign-in e-mail address (needs the current password)',
        tags,
        body: ChangeEmailBody,
        response: { 200: UserEnvelope, ...problems(401, 403, 409) },
      },
      config: { rateLimit: STRICT_LIMIT },
    },
    async (request) => ({
      user: await changeEmail(deps, requireAuth(request).userId, request.body, originOf(request)),
    }),
  );

  app.post(
    '/api/v1/me/password',
    {
      schema: {
        operationId: 'changePassword',
        summary: 'Change the password (needs the current one); signs out every other device',
        tags,
        body: ChangePasswordBody,
        response: { 204: NoContent, ...problems(401, 403) },
      },
      config: { rateLimit: STRICT_LIMIT },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      await changePassword(deps, auth.userId, auth.sessionId, request.body, originOf(request));
      return reply.status(204).send(null);
    },
  );
}
