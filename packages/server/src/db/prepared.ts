import type pg from 'pg';

/**
 * Statements run on every request of the busiest routes are prepared once per connection and
 * then only bound and executed: PostgreSQL parses, analyses and (once it settles on a generic
 * plan) plans them once, instead of on every request. Planning the dashboard's session-and-stamp
 * join took three times as long as running it (0.17 ms against 0.05 ms).
 *
 * A statement opts in by starting with a block comment naming it, `prepared: <name>` between
 * the comment's delimiters (sessionAndStamp in features/progress/dashboard-cache.ts is one), written
 * in its SQL text: a template value would become a parameter, not text.
 *
 * Only marked statements are prepared, so the number of prepared statements per connection is
 * bounded by the code, whatever SQL the query builder generates elsewhere. Each name must always
 * carry the same text (the driver refuses otherwise), which a literal template guarantees.
 */
const MARKER = '/* prepared: ';
const MARKER_END = ' */';

/** Sends this connection's marked statements as named (prepared) ones; see above. */
export function prepareMarkedStatements(client: pg.PoolClient): void {
  const query = client.query.bind(client) as unknown as (...args: unknown[]) => unknown;
  client.query = ((text: unknown, ...rest: unknown[]) => {
    if (typeof text === 'string' && text.startsWith(MARKER)) {
      const end = text.indexOf(MARKER_END, MARKER.length);
      if (end > 0) {
        const name = text.slice(MARKER.length, end);
        const [values, callback] = rest;
        const config: pg.QueryConfig = { name, text, values: (values ?? []) as unknown[] };
        return query(config, callback);
      }
    }
    return query(text, ...rest);
  }) as typeof client.query;
}
