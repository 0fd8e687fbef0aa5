import type { FastifyInstance } from 'fastify';
import { Kysely, PostgresDialect } from 'kysely';
import type pg from 'pg';
import { buildApp } from '../../packages/server/src/app.js';
import type { Database } from '../../packages/server/src/db/schema.js';
import type { AppDeps } from '../../packages/server/src/platform/deps.js';

/**
 * The query plans behind one request, and the check that its cost does not grow with the number
 * of couples. Statements are captured as bench/src/dashboard-explain.ts does (a second app on a
 * Kysely that logs every statement), then each read is run again under
 * EXPLAIN (ANALYZE, BUFFERS) inside a transaction that is rolled back.
 */

/** A sequential scan of a table holding more rows than this fails the check. */
export const SEQ_SCAN_ROW_LIMIT = 10_000;
/**
 * How much the buffers one request touches may grow from one size to the next. A B-tree gains a
 * level when its table grows about 100-fold, so each index descent may cost one more page; a
 * plan that reads other couples' rows grows with them (10× between sizes here) and fails.
 */
export const BUFFER_GROWTH_LIMIT = 1.5;

export interface CapturedStatement {
  readonly sql: string;
  readonly parameters: readonly unknown[];
}

export interface ExplainedStatement {
  readonly sql: string;
  readonly parameters: string;
  /** Shared buffers hit or read while executing (planning excluded). */
  readonly buffers: number;
  readonly executionMs: number;
  /** Every scan node: "Index Scan using checkins_pkey on checkins", "Seq Scan on users". */
  readonly scans: string[];
  /** Sequential scans of tables above SEQ_SCAN_ROW_LIMIT rows. */
  readonly largeSeqScans: string[];
  readonly planText: string;
}

export interface RequestPlans {
  readonly name: string;
  readonly statements: ExplainedStatement[];
  /** Writes the request made (not explained: EXPLAIN ANALYZE would run them). */
  readonly writes: string[];
  readonly buffers: number;
  readonly largeSeqScans: string[];
}

/**
 * Runs `requests` one after another against a fresh app (so nothing is kept yet) whose every
 * statement is recorded; returns each request's statements in the order they were sent.
 */
export async function captureStatements(
  deps: AppDeps,
  pool: pg.Pool,
  requests: readonly ((app: FastifyInstance) => Promise<void>)[],
): Promise<CapturedStatement[][]> {
  let statements: CapturedStatement[] = [];
  const recording = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    log: (event) => {
      statements.push({ sql: event.query.sql, parameters: event.query.parameters });
    },
  });
  const app = await buildApp({ ...deps, db: recording }, { logger: false });
  const perRequest: CapturedStatement[][] = [];
  try {
    for (const request of requests) {
      await request(app);
      perRequest.push(statements);
      statements = [];
    }
  } finally {
    await app.close();
  }
  return perRequest;
}

/** Answers `url` for `cookie` through `app`, or throws: a plan of an error page proves nothing. */
export async function injectOk(app: FastifyInstance, url: string, cookie: string): Promise<void> {
  const response = await app.inject({ method: 'GET', url, headers: { cookie } });
  if (response.statusCode !== 200) throw new Error(`${url} answered ${response.statusCode}`);
}

function isRead(sql: string): boolean {
  const text = sql.trim().toLowerCase();
  return (
    text.startsWith('select') ||
    (text.startsWith('with') && !/\b(insert|update|delete)\b/.test(text))
  );
}

function showParameter(value: unknown): string {
  if (Buffer.isBuffer(value)) return `\\x${value.toString('hex')}`;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value) && value.length > 4)
    return `[${value.length} values: ${value.slice(0, 2).join(', ')}, …]`;
  return JSON.stringify(value);
}

interface PlanNode {
  readonly 'Node Type': string;
  readonly 'Relation Name'?: string;
  readonly 'Index Name'?: string;
  readonly 'Shared Hit Blocks'?: number;
  readonly 'Shared Read Blocks'?: number;
  readonly Plans?: PlanNode[];
}

function scansOf(node: PlanNode, into: PlanNode[] = []): PlanNode[] {
  if (node['Relation Name'] !== undefined) into.push(node);
  for (const child of node.Plans ?? []) scansOf(child, into);
  return into;
}

async function explainOne(
  client: pg.PoolClient,
  statement: CapturedStatement,
  rowsOf: ReadonlyMap<string, number>,
): Promise<ExplainedStatement> {
  const parameters = statement.parameters as unknown[];
  await client.query('BEGIN');
  try {
    const json = await client.query(
      `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${statement.sql}`,
      parameters,
    );
    const text = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${statement.sql}`, parameters);
    const [result] = json.rows[0]['QUERY PLAN'] as [{ Plan: PlanNode; 'Execution Time': number }];
    const scans = scansOf(result.Plan);
    const describe = (node: PlanNode) =>
      node['Index Name']
        ? `${node['Node Type']} using ${node['Index Name']} on ${node['Relation Name']}`
        : `${node['Node Type']} on ${node['Relation Name']}`;
    return {
      sql: statement.sql,
      parameters: parameters.map(showParameter).join(', '),
      buffers: (result.Plan['Shared Hit Blocks'] ?? 0) + (result.Plan['Shared Read Blocks'] ?? 0),
      executionMs: result['Execution Time'],
      scans: scans.map(describe),
      largeSeqScans: scans
        .filter(
          (node) =>
            node['Node Type'] === 'Seq Scan' &&
            (rowsOf.get(node['Relation Name'] ?? '') ?? 0) > SEQ_SCAN_ROW_LIMIT,
        )
        .map(
          (node) =>
            `Seq Scan on ${node['Relation Name']} (${rowsOf.get(node['Relation Name'] ?? '')} rows)`,
        ),
      planText: (text.rows as { 'QUERY PLAN': string }[])
        .map((row) => row['QUERY PLAN'])
        .join('\n'),
    };
  } finally {
    await client.query('ROLLBACK');
  }
}

/** Explains every read of one request and sums what it touched. */
export async function explainRequest(
  pool: pg.Pool,
  name: string,
  captured: readonly CapturedStatement[],
): Promise<RequestPlans> {
  const client = await pool.connect();
  try {
    const tables = await client.query<{ relname: string; reltuples: number }>(
      `SELECT relname, reltuples::float8 AS reltuples FROM pg_class
       WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace`,
    );
    const rowsOf = new Map(tables.rows.map((row) => [row.relname, Math.round(row.reltuples)]));
    const statements: ExplainedStatement[] = [];
    const writes: string[] = [];
    // By their text: reads run side by side arrive in any order, and the same order at every
    // size lets the checked-in files be compared line by line.
    const ordered = [...captured].sort((a, b) => a.sql.localeCompare(b.sql));
    for (const statement of ordered) {
      if (isRead(statement.sql)) statements.push(await explainOne(client, statement, rowsOf));
      else writes.push(statement.sql.replace(/\s+/g, ' ').slice(0, 100));
    }
    return {
      name,
      statements,
      writes,
      buffers: statements.reduce((sum, statement) => sum + statement.buffers, 0),
      largeSeqScans: statements.flatMap((statement) => statement.largeSeqScans),
    };
  } finally {
    client.release();
  }
}

/** The checked-in file: what was measured, then each statement with its parameters and plan. */
export function planFile(plans: RequestPlans, heading: readonly string[]): string {
  const lines = [
    ...heading.map((line) => `# ${line}`),
    `# Shared buffers touched by the request's reads (hit + read, planning excluded): ${plans.buffers}`,
    `# Sequential scans of tables over ${SEQ_SCAN_ROW_LIMIT.toLocaleString('en')} rows: ${
      plans.largeSeqScans.length === 0 ? 'none' : plans.largeSeqScans.join('; ')
    }`,
    ...plans.writes.map((write) => `# Also wrote (not explained): ${write}…`),
    '',
  ];
  plans.statements.forEach((statement, index) => {
    lines.push(
      `## Statement ${index + 1} of ${plans.statements.length}: ${statement.buffers} buffers`,
      statement.sql.trim(),
      `-- parameters: ${statement.parameters}`,
      statement.planText,
      '',
    );
  });
  return `${lines.join('\n')}\n`;
}

export interface Verdict {
  readonly pass: boolean;
  readonly reasons: string[];
}

/**
 * PASS when no plan sequentially scans a large table and no request touches more than
 * BUFFER_GROWTH_LIMIT times the buffers it touched at the previous size.
 */
export function verdictFor(
  current: readonly RequestPlans[],
  previous: readonly RequestPlans[] | null,
): Verdict {
  const reasons: string[] = [];
  for (const plans of current) {
    for (const scan of plans.largeSeqScans) reasons.push(`${plans.name}: ${scan}`);
    const before = previous?.find((candidate) => candidate.name === plans.name);
    if (before && plans.buffers > before.buffers * BUFFER_GROWTH_LIMIT) {
      reasons.push(
        `${plans.name}: ${plans.buffers} buffers, ${(plans.buffers / before.buffers).toFixed(2)}× the ${before.buffers} of the previous size (limit ${BUFFER_GROWTH_LIMIT}×)`,
      );
    }
  }
  return { pass: reasons.length === 0, reasons };
}
