import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

// A DATE column is a calendar day, not an instant: keep it as 'YYYY-MM-DD' text instead of
// letting the driver turn it into a midnight in the server's own time zone.
const PG_DATE_OID = 1082;
pg.types.setTypeParser(PG_DATE_OID, (value) => value);

export type AmendDb = Kysely<Database>;

const CONNECT_TIMEOUT_MS = 5_000;

export interface DatabaseHandle {
  readonly db: AmendDb;
  readonly pool: pg.Pool;
  close(): Promise<void>;
}

export function connectDatabase(connectionString: string, maxConnections = 10): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString,
    max: maxConnections,
    // Fail fast when the database is down or every connection is busy: a request answers 503
    // within seconds instead of hanging until the client gives up.
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  // An idle client's error (the server restarting, a network blip) must not crash the process;
  // the next query gets a fresh connection.
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    pool,
    async close() {
      await db.destroy();
      // Kysely ends the pool only if it ran a query itself; code that used the pool directly
      // (backups, the job queue) would otherwise keep idle connections, and the process, alive.
      if (!pool.ended) await pool.end();
    },
  };
}
