/**
 * Whether an error means the database cannot be reached right now (stopped, restarting, failing
 * over, refusing connections), as opposed to a bug or a bad query. Such requests answer 503.
 */
const NETWORK_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** SQLSTATEs PostgreSQL sends while shutting down, starting, or refusing connections. */
const UNAVAILABLE_SQLSTATES = new Set([
  '57P01', // admin_shutdown: the server is stopping
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: starting up or in recovery
  '53300', // too_many_connections
]);

/** node-postgres reports a dropped or never-made connection by message only. */
const DRIVER_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
  'Client was closed and is not queryable',
];

export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (NETWORK_ERROR_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code)) return true;
    // Class 08: connection exceptions.
    if (/^08[0-9A-Z]{3}$/.test(code)) return true;
  }
  if (error instanceof AggregateError) return error.errors.some(isDatabaseUnavailable);
  if (DRIVER_MESSAGES.some((message) => error.message.includes(message))) return true;
  return error.cause !== undefined && isDatabaseUnavailable(error.cause);
}

/**
 * Errors that broke a connection while a change may have been committing (see
 * db/database.ts): PostgreSQL may have stored it just before the connection went, or not, and
 * nobody can tell until the database is back. Kept apart from the error objects themselves so
 * that every other reader of them (the job queue, logs) sees them exactly as the driver made them.
 */
const writesInDoubt = new WeakSet<object>();

export function markWriteInDoubt(error: unknown): void {
  if (typeof error === 'object' && error !== null) writesInDoubt.add(error);
}

/** Whether this error (or one it wraps) may have come after a change was stored. */
export function isWriteInDoubt(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  if (writesInDoubt.has(error)) return true;
  const cause = (error as { cause?: unknown }).cause;
  return cause !== undefined && cause !== error && isWriteInDoubt(cause);
}
