import { DomainError } from '@amend/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps, RequestOrigin } from '../../platform/deps.js';
import { hashToken } from '../../platform/tokens.js';
import { readSessionToken } from './cookie.js';
import { type AuthenticatedSession, keepSessionAlive, resumeSession } from './service.js';
import type { SessionRow } from './store.js';

declare module 'fastify' {
  interface FastifyRequest {
    /**
     * The signed-in person, or null. Set for every /api request before its handler runs, except
     * on routes that resolve the session themselves (below), which set it in their handler.
     */
    auth: AuthenticatedSession | null;
  }
  interface FastifyContextConfig {
    /**
     * The handler finds the session in the same statement as the rest of what it needs, saving
     * a round trip on the busiest read and write (the dashboard, changing a check-in); it must
     * set `request.auth` itself.
     */
    resolvesSessionItself?: boolean;
  }
}

export function registerAuthentication(app: FastifyInstance, deps: AppDeps): void {
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    if (request.routeOptions.config.resolvesSessionItself) return;
    const token = readSessionToken(request);
    request.auth = token ? await resumeSession(deps, token) : null;
  });
}

/**
 * For a route that resolves its session itself (`resolvesSessionItself`): runs `find`, one
 * statement that finds the live session for the request's token together with whatever else the
 * route reads or writes, then slides the session's expiry and sets `request.auth`, as the hook
 * does for every other route. Null, and `request.auth` null, when no live session came with it.
 */
export async function resolveSessionWith<Found extends { readonly session: SessionRow }>(
  deps: AppDeps,
  request: FastifyRequest,
  now: Date,
  find: (tokenHash: Buffer) => Promise<Found | null>,
): Promise<Found | null> {
  const token = readSessionToken(request);
  const found = token ? await find(hashToken(token)) : null;
  request.auth = found ? await keepSessionAlive(deps, found.session, now) : null;
  return found;
}

/** The 401 every route answers when no live session comes with the request. */
export function notSignedIn(): DomainError {
  return new DomainError('UNAUTHENTICATED', 'Please sign in to continue.');
}

/** For handlers that need a signed-in person; everyone else gets 401 with a clear message. */
export function requireAuth(request: FastifyRequest): AuthenticatedSession {
  if (!request.auth) throw notSignedIn();
  return request.auth;
}

export function originOf(request: FastifyRequest): RequestOrigin {
  const userAgent = request.headers['user-agent'];
  return {
    ipAddress: request.ip ?? null,
    userAgent: typeof userAgent === 'string' ? userAgent : null,
  };
}
