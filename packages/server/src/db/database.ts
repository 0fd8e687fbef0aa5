import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { isDatabaseUnavailable, markWriteInDoubt } from '../platform/database-errors.js';
import { prepareMarkedStatements } from './prepared.js';
import type { Database } from './schema.js';

// A DATE column is a calendar day, not an instant: keep it as 'YYYY-MM-DD' text instead of
// letting the driver turn it into a midnight in the server's own time zone.
const PG_DATE_OID = 1082;
pg.types.setTypeParser(PG_DATE_OID, (value) => value);

export type AmendDb = Kysely<Database>;

const CONNECT_TIMEOUT_MS = 5_000;
/** Connections per app server (docs/scaling.md); the benchmarks' baselines use the same. */
export const DEFAULT_MAX_CONNECTIONS = 10;

const COMMIT = /^\s*(?:commit|end)\b/i;
const ROLLBACK = /^\s*(?:rollback|abort)\b/i;
/** Words only a statement that changes something contains; graphile-worker's add_job writes too. */
const MAY_WRITE = /\b(?:insert|update|delete|merge|copy|add_job|remove_job)\b/i;

function statementText(query: unknown): string | null {
  if (typeof query === 'string') return query;
  const text = (query as { text?: unknown } | null)?.text;
  return typeof text === 'string' ? text : null;
}

/**
 * A connection that notices when the database goes away while a change may be committing: a
 * COMMIT, or a change sent outside a transaction (which commits by itself). PostgreSQL may have
 * stored it just before the connection broke, or not; such an error is marked (isWriteInDoubt),
 * so the request is not answered "nothing was saved". Kysely answers a failed COMMIT with a
 * ROLLBACK and throws the ROLLBACK's error instead, so that one carries the mark too. A query
 * that succeeds costs one more promise and nothing else; the statement is only looked at when
 * it fails.
 */
class CommitAwareClient extends pg.Client {
  private commitInDoubt = false;

  constructor(config?: string | pg.ClientConfig) {
    super(config);
    // A connection that breaks while in use is reported by the query that fails; its 'error'
    // event, with nobody listening, would end the whole process.
    this.on('error', () => {});
  }

  // biome-ignore lint/suspicious/noExplicitAny: pg's query has many overloads; every one passes through unchanged.
  override query(...args: any[]): any {
    const transactionStatus = this.getTransactionStatus();
    const rollbackAfterDoubt = this.commitInDoubt;
    this.commitInDoubt = false;
    const result = (pg.Client.prototype.query as (...queryArgs: unknown[]) => unknown).apply(
      this,
      args,
    );
    if (!(result instanceof Promise)) return result;
    return result.catch((error: unknown) => {
      const text = statementText(args[0]);
      if (text === null) throw error;
      if (rollbackAfterDoubt && ROLLBACK.test(text)) {
        markWriteInDoubt(error);
      } else if (isDatabaseUnavailable(error)) {
        if (transactionStatus === 'T' && COMMIT.test(text)) {
          markWriteInDoubt(error);
          this.commitInDoubt = true;
        } else if (transactionStatus === 'I' && MAY_WRITE.test(text)) {
          markWriteInDoubt(error);
        }
      }
      throw error;
    });
  }
}

export interface DatabaseHandle {
  readonly db: AmendDb;
  readonly pool: pg.Pool;
  close(): Promise<void>;
}

export function connectDatabase(
  connectionString: string,
  maxConnections = DEFAULT_MAX_CONNECTIONS,
  options: { readonly preparedStatements?: boolean } = {},
): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString,
    max: maxConnections,
    // Fail fast when the database is down or every connection is busy: a request answers 503
    // within seconds instead of hanging until the client gives up.
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    Client: CommitAwareClient,
  });
  // An idle client's error (the server restarting, a network blip) must not crash the process;
  // the next query gets a fresh connection.
  pool.on('error', () => {});
  // Every client already ignores its own 'error' event (CommitAwareClient): graphile-worker adds
  // such a listener only to pools without a 'connect' listener, which this one has.
  if (options.preparedStatements ?? true) pool.on('connect', prepareMarkedStatements);
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
