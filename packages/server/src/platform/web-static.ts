import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DomainError } from '@amend/core';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** The built web app, from both src/platform (tests) and dist/platform (the built server). */
export const WEB_DIST_DIR = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

/**
 * Serves the single-page app: real files as they are (hashed assets cached for a year), and
 * index.html for any other page path so that deep links such as /join/<token> work.
 */
export async function registerWebApp(app: FastifyInstance, dir = WEB_DIST_DIR): Promise<boolean> {
  if (!existsSync(`${dir}/index.html`)) return false;
  await app.register(fastifyStatic, {
    root: dir,
    wildcard: false,
    index: false,
    setHeaders(reply, filePath) {
      const immutable = filePath.includes('/assets/');
      reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    if (request.url.startsWith('/api/'))
      throw new DomainError('NOT_FOUND', 'There is nothing at this address.');
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html');
  });
  app.get('/', { schema: { hide: true } }, async (_request, reply) => {
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html');
  });
  return true;
}
