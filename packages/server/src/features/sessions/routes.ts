import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AuthenticationResponseJSON } from '@simplewebauthn/server';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../platform/deps.js';
import { NoContent, problems, strictObject } from '../../platform/http-schemas.js';
import { STRICT_LIMIT } from '../../platform/rate-limit.js';
import { UserEnvelope } from '../accounts/schemas.js';
import { PasskeyChallenge } from '../accounts/security-schemas.js';
import { recordAuditEvent } from '../audit/store.js';
import { originOf } from './authenticate.js';
import { clearSessionCookie, setSessionCookie } from './cookie.js';
import { readDeviceToken, setDeviceCookie } from './known-devices.js';
import {
  PasskeySignInBody,
  PendingTokenBody,
  SecondFactorBody,
  SecondFactorNeeded,
  SignInBody,
} from './schemas.js';
import { endSession } from './service.js';
import {
  completeSecondFactor,
  type SignInOutcome,
  signInWithPasskey,
  signInWithPassword,
  startPasskeySignIn,
  startSecondFactorPasskey,
} from './sign-in.js';

/** Answers a sign-in step: a session (200) or "a second step is needed" (202). */
async function answer(
  deps: AppDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  outcome: SignInOutcome,
) {
  if (outcome.kind === 'second_factor') {
    return reply.status(202).send({
      secondFactor: {
        token: outcome.token,
        methods: outcome.methods,
        expiresAt: outcome.expiresAt.toISOString(),
      },
    });
  }
  // Any session the browser held before is replaced, never reused (no session fixation).
  if (request.auth) await endSession(deps, request.auth.sessionId);
  setSessionCookie(reply, deps.config, outcome.session.token, outcome.session.expiresAt);
  if (outcome.newDeviceToken) setDeviceCookie(reply, deps, outcome.newDeviceToken);
  return reply.status(200).send({ user: outcome.user });
}

export function registerSessionRoutes(untyped: FastifyInstance, deps: AppDeps): void {
  const app = untyped.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['sessions'];

  app.post(
    '/api/v1/sessions',
    {
      schema: {
        operationId: 'signIn',
        summary: 'Sign in with e-mail and password',
        description:
          'Answers 200 with a session, or 202 when two-step sign-in is on: finish with POST /api/v1/sessions/second-factor. Repeated wrong passwords bring growing waits (429 with Retry-After), never a permanent lock.',
        tags,
        body: SignInBody,
        response: { 200: UserEnvelope, 202: SecondFactorNeeded, ...problems(401) },
      },
      config: { rateLimit: STRICT_LIMIT },
    },
    async (request, reply) =>
      answer(
        deps,
        request,
        reply,
        await signInWithPassword(deps, request.body, originOf(request), readDeviceToken(request)),
      ),
  );

  app.post(
    '/api/v1/sessions/second-factor',
    {
      schema: {
        operationId: 'completeSecondFactor',
        summary: 'Finish signing in with a code from an app, a recovery code or a passkey',
        tags,
        body: SecondFactorBody,
        response: { 200: UserEnvelope, ...problems(401, 410) },
      },
      config: { rateLimit: STRICT_LIMIT },
    },
    async (request, reply) => {
      const { token, code, passkey } = request.body;
      const outcome = await completeSecondFactor(
        deps,
        {
          token,
          code,
          passkey: passkey && {
            challengeId: passkey.challengeId,
            credential: passkey.credential as AuthenticationResponseJSON,
          },
        },
        originOf(request),
        readDeviceToken(request),
      );
      return answer(deps, request, reply, outcome);
    },
  );

  app.post(
    '/api/v1/sessions/second-factor/passkey-options',
    {
      schema: {
        operationId: 'startSecondFactorPasskey',
        summary: 'Options for confirming a sign-in with one of your passkeys',
        tags,
        body: PendingTokenBody,
        response: { 200: PasskeyChallenge, ...problems(401) },
      },
      config: { rateLimit: STRICT_LIMIT },
    },
    async (request) => startSecondFactorPasskey(deps, request.body.token),
  );

  app.post(
    '/api/v1/sessions/passkey-options',
    {
      schema: {
        operationId: 'startPasskeySignIn',
        summary: 'Options for signing in with a passkey alone',
        tags,
        body: strictObject({}),
        response: { 200: PasskeyChallenge, ...problems() },
      },
      config: { rateLimit: STRICT_LIMIT },
    },
    async () => startPasskeySignIn(deps),
  );

  app.post(
    '/api/v1/sessions/passkey',
    {
      schema: {
        operationId: 'signInWithPasskey',
        summary: 'Sign in with a passkey that verified you (PIN, fingerprint or face)',
        tags,
        body: PasskeySignInBody,
        response: { 200: UserEnvelope, ...problems(401, 410) },
      },
      config: { rateLimit: STRICT_LIMIT },
    },
    async (request, reply) => {
      const outcome = await signInWithPasskey(
        deps,
        {
          challengeId: request.body.challengeId,
          credential: request.body.credential as AuthenticationResponseJSON,
        },
        originOf(request),
        readDeviceToken(request),
      );
      return answer(deps, request, reply, outcome);
    },
  );

  app.delete(
    '/api/v1/sessions/current',
    {
      schema: {
        operationId: 'signOut',
        summary: 'Sign out of this device',
        tags,
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
