import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';
import type { Config } from './config.js';
import { newSecretToken } from './tokens.js';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** AMEND_COOKIE_SECRET when given; otherwise one generated on first start and kept in the data dir. */
export async function resolveCookieSecret(config: Config): Promise<string> {
  if (config.cookieSecret) return config.cookieSecret;
  const file = path.join(config.dataDir, 'cookie-secret');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  await mkdir(config.dataDir, { recursive: true });
  const secret = newSecretToken();
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/**
 * Security headers with a strict Content-Security-Policy (no inline scripts or styles), cookies,
 * and CSRF protection: every state-changing API request must carry the token from
 * GET /api/v1/csrf-token in an x-csrf-token header, tied to a signed, SameSite=Strict cookie.
 */
export async function registerSecurity(
  app: FastifyInstance,
  config: Config,
  cookieSecret: string,
): Promise<void> {
  const secure = config.publicUrl.protocol === 'https:';
  // Helmet's own middleware, built once: @fastify/helmet builds it again on every request, which
  // cost more than the rest of a kept dashboard's handling.
  const applySecurityHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        // The journal derives its key with Argon2id compiled to WebAssembly (hash-wasm);
        // 'wasm-unsafe-eval' lets WebAssembly compile without allowing eval() of JavaScript.
        scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        manifestSrc: ["'self'"],
        workerSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(secure ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    // Sensitive pages must not be reachable through a referrer either.
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: secure ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onRequest', (request, reply, done) => {
    // Helmet throws on a misconfiguration instead of passing an error on (since 8.1).
    applySecurityHeaders(request.raw, reply.raw, () => done());
  });
  await app.register(fastifyCookie, { secret: cookieSecret });
  await app.register(fastifyCsrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: 'amend_csrf',
    cookieOpts: { path: '/', sameSite: 'strict', httpOnly: true, signed: true, secure },
    getToken: (request) => {
      const header = request.headers['x-csrf-token'];
      return typeof header === 'string' ? header : '';
    },
  });
  app.addHook('onRequest', (request, reply, done) => {
    if (UNSAFE_METHODS.has(request.method) && request.url.startsWith('/api/')) {
      app.csrfProtection(request, reply, done);
      return;
    }
    done();
  });
  // Nothing from the API or the app shell should sit in a shared cache or the back-forward cache.
  // A callback hook, not an async one: it runs on every response and has nothing to wait for.
  app.addHook('onSend', (request, reply, payload, done) => {
    if (request.url.startsWith('/api/v1/')) reply.header('cache-control', 'no-store');
    done(null, payload);
  });
}
