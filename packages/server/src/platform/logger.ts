import type { FastifyRequest, FastifyServerOptions } from 'fastify';
import type { Config } from './config.js';

/**
 * Structured logs without secrets or personal data: cookies, CSRF tokens, passwords, e-mail
 * addresses and display names never reach a log line.
 */
export const REDACTED_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.token',
  '*.code',
  '*.email',
  '*.displayName',
  'connectionString',
];

export function loggerOptions(config: Pick<Config, 'logLevel'>): FastifyServerOptions['logger'] {
  return {
    level: config.logLevel,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: {
      // Paths can hold invitation and reset tokens (/join/<token>); log the route shape only.
      req(request: FastifyRequest) {
        return {
          id: request.id,
          method: request.method,
          route: request.routeOptions?.url ?? request.url?.split('?')[0],
        };
      },
    },
  };
}
