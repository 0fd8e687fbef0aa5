import { availableParallelism } from 'node:os';
import path from 'node:path';

/** Everything the server reads from its environment, validated once at start. */
export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  /** Set: use this PostgreSQL. Unset: start the embedded one in dataDir. */
  readonly databaseUrl: string | null;
  /** Where people reach Amend; used in e-mailed links and to decide whether cookies are Secure. */
  readonly publicUrl: URL;
  /** Unset: e-mails are written to `<dataDir>/outbox` instead of being sent. */
  readonly smtpUrl: string | null;
  readonly mailFrom: string;
  /** Signs the CSRF cookie. Generated and kept in the data directory when not given. */
  readonly cookieSecret: string | null;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  readonly trustProxy: boolean;
  /** Argon2id hashes allowed at once; the rest wait, so a sign-in storm cannot starve the CPU. */
  readonly maxConcurrentHashes: number;
  /** Tries per address per quarter hour on sign-in, sign-up, reset and invitation routes. */
  readonly strictAttemptsPerWindow: number;
  /** Normalised e-mail addresses of the people who may manage the instrument catalogue. */
  readonly adminEmails: readonly string[];
  /**
   * Where jobs (reminders, e-mail and push delivery) run: in this process (the default), or only
   * in a separate `npm run worker` process, so web servers and the worker scale apart.
   */
  readonly worker: 'in-process' | 'separate';
  /**
   * Prepare the busiest statements once per database connection (db/prepared.ts). Off only
   * behind a pooler that cannot keep prepared statements: PgBouncer in transaction mode before
   * 1.21, or without `max_prepared_statements`.
   */
  readonly preparedStatements: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Amend cannot start because of its configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

type Env = Readonly<Record<string, string | undefined>>;

function integerIn(
  env: Env,
  name: string,
  fallback: number,
  min: number,
  max: number,
  problems: string[],
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max}; it is "${raw}".`);
    return fallback;
  }
  return value;
}

function urlWithProtocol(
  env: Env,
  name: string,
  protocols: string[],
  problems: string[],
): URL | null {
  const raw = env[name];
  if (raw === undefined || raw === '') return null;
  try {
    const url = new URL(raw);
    if (!protocols.includes(url.protocol)) {
      problems.push(
        `${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')}; it is "${url.protocol}//…".`,
      );
      return null;
    }
    return url;
  } catch {
    problems.push(`${name} is not a valid URL.`);
    return null;
  }
}

export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const port = integerIn(env, 'PORT', 3000, 0, 65_535, problems);
  const host = env.HOST?.trim() || '127.0.0.1';
  const dataDir = path.resolve(env.AMEND_DATA_DIR?.trim() || './data');
  const database = urlWithProtocol(env, 'DATABASE_URL', ['postgres:', 'postgresql:'], problems);
  const smtp = urlWithProtocol(env, 'SMTP_URL', ['smtp:', 'smtps:'], problems);
  const publicUrl =
    urlWithProtocol(env, 'PUBLIC_URL', ['http:', 'https:'], problems) ??
    new URL(`http://localhost:${port === 0 ? 3000 : port}`);
  const cookieSecret = env.AMEND_COOKIE_SECRET?.trim() || null;
  if (cookieSecret !== null && cookieSecret.length < 32) {
    problems.push('AMEND_COOKIE_SECRET must be at least 32 characters long.');
  }
  const logLevelRaw = env.LOG_LEVEL?.trim() || 'info';
  const logLevel = LOG_LEVELS.find((level) => level === logLevelRaw);
  if (!logLevel)
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}; it is "${logLevelRaw}".`);
  const trustProxyRaw = env.TRUST_PROXY?.trim() || 'false';
  if (!['true', 'false'].includes(trustProxyRaw))
    problems.push('TRUST_PROXY must be true or false.');
  // One core is left for everything else, so a storm of sign-ins cannot starve the other
  // routes (bench/src/signin-storm.ts: on 2 cores, two hashes at once let the dashboard's p99
  // reach 106 ms during 20 sign-ins a second, one at a time kept it at 91 ms).
  const maxConcurrentHashes = integerIn(
    env,
    'AMEND_MAX_CONCURRENT_HASHES',
    Math.max(1, availableParallelism() - 1),
    1,
    64,
    problems,
  );
  const strictAttemptsPerWindow = integerIn(env, 'AMEND_STRICT_ATTEMPTS', 10, 1, 10_000, problems);
  const mailFrom = env.MAIL_FROM?.trim() || `Amend <no-reply@${publicUrl.hostname}>`;

  const adminEmails = (env.AMEND_ADMIN_EMAILS ?? '')
    .split(',')
    .map((email) => email.trim().toLowerCase())
    .filter((email) => email !== '');
  for (const email of adminEmails) {
    if (!/^[^@\s]+@[^@\s]+$/.test(email))
      problems.push(
        `AMEND_ADMIN_EMAILS must be e-mail addresses separated by commas; "${email}" is not one.`,
      );
  }

  const workerRaw = env.AMEND_WORKER?.trim() || 'in-process';
  if (workerRaw !== 'in-process' && workerRaw !== 'separate') {
    problems.push(`AMEND_WORKER must be in-process or separate; it is "${workerRaw}".`);
  }

  const preparedRaw = env.AMEND_PREPARED_STATEMENTS?.trim() || 'true';
  if (!['true', 'false'].includes(preparedRaw))
    problems.push('AMEND_PREPARED_STATEMENTS must be true or false.');

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port,
    host,
    dataDir,
    databaseUrl: database?.toString() ?? null,
    publicUrl,
    smtpUrl: smtp?.toString() ?? null,
    mailFrom,
    cookieSecret,
    logLevel: logLevel ?? 'info',
    trustProxy: trustProxyRaw === 'true',
    maxConcurrentHashes,
    strictAttemptsPerWindow,
    adminEmails,
    worker: workerRaw === 'separate' ? 'separate' : 'in-process',
    preparedStatements: preparedRaw === 'true',
  };
}
