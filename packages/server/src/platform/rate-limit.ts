import { DomainError } from '@amend/core';
import fastifyRateLimit, {
  type FastifyRateLimitOptions,
  type FastifyRateLimitStore,
  type RateLimitOptions,
} from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { AmendDb } from '../db/database.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Tries per address per quarter hour on the strictly limited routes (AMEND_STRICT_ATTEMPTS). */
    strictAttemptsPerWindow: number;
  }
}

/**
 * Sign-in, sign-up, password reset and invitation acceptance: a few tries per address per
 * quarter hour (10 unless AMEND_STRICT_ATTEMPTS says otherwise: a clinic where many people share
 * one address, or a test run signing up dozens of people from loopback, needs more).
 */
export const STRICT_LIMIT: RateLimitOptions = {
  max: (request) => request.server.strictAttemptsPerWindow,
  timeWindow: 15 * 60_000,
};

type IncrCallback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/**
 * Counters live in PostgreSQL so every app server behind a load balancer shares them and a
 * restart does not reset them. One upsert per limited request: a fixed window per key.
 */
function postgresStore(db: AmendDb) {
  class PostgresRateLimitStore implements FastifyRateLimitStore {
    constructor(
      _options: FastifyRateLimitOptions,
      private readonly prefix = '',
    ) {}

    incr(key: string, callback: IncrCallback, timeWindow: number): void {
      const fullKey = `${this.prefix}${key}`;
      sql<{ hits: number; ttl_ms: number }>`
        INSERT INTO rate_limit_counters AS c (key, hits, window_ends_at)
        VALUES (${fullKey}, 1, clock_timestamp() + ${timeWindow} * interval '1 millisecond')
        ON CONFLICT (key) DO UPDATE SET
          hits = CASE WHEN c.window_ends_at <= clock_timestamp() THEN 1 ELSE c.hits + 1 END,
          window_ends_at = CASE WHEN c.window_ends_at <= clock_timestamp()
            THEN EXCLUDED.window_ends_at ELSE c.window_ends_at END
        RETURNING hits, ceil(extract(epoch FROM (window_ends_at - clock_timestamp())) * 1000)::int AS ttl_ms`
        .execute(db)
        .then((result) => {
          const row = result.rows[0];
          callback(null, { current: row?.hits ?? 1, ttl: Math.max(0, row?.ttl_ms ?? timeWindow) });
        }, callback);
    }

    /**
     * One counter per route: the plugin passes the merged limit settings with the route under
     * `routeInfo` (its type declaration says route options; the code passes this shape).
     */
    child(settings: unknown): FastifyRateLimitStore {
      const route = (settings as { routeInfo?: { method?: string | string[]; url?: string } })
        .routeInfo;
      if (!route?.url || !route.method) {
        throw new Error('rate-limit store: the route of a per-route limit is unknown');
      }
      const method = [route.method].flat().join(',');
      return new PostgresRateLimitStore({}, `${method} ${route.url} `);
    }
  }
  return PostgresRateLimitStore;
}

export async function registerRateLimits(
  app: FastifyInstance,
  db: AmendDb,
  strictAttemptsPerWindow: number,
): Promise<void> {
  app.decorate('strictAttemptsPerWindow', strictAttemptsPerWindow);
  await app.register(fastifyRateLimit, {
    global: false,
    store: postgresStore(db),
    errorResponseBuilder: (_request, context) =>
      new DomainError(
        'RATE_LIMITED',
        `Too many attempts. Please wait ${context.after} and try again.`,
      ),
  });
}

/** Windows that ended more than a day ago are dead weight; cleared at start-up. */
export async function pruneRateLimitCounters(db: AmendDb): Promise<void> {
  await sql`DELETE FROM rate_limit_counters WHERE window_ends_at < now() - interval '1 day'`.execute(
    db,
  );
}
