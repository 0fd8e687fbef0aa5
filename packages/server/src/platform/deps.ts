import type { AmendDb } from '../db/database.js';
import type { Config } from './config.js';
import type { Mailer } from './mail.js';
import type { PasswordHasher } from './passwords.js';

/** What every feature is built from; tests pass real ones (a real database, a real SMTP server). */
export interface AppDeps {
  readonly config: Config;
  readonly db: AmendDb;
  readonly mailer: Mailer;
  readonly hasher: PasswordHasher;
  /** Injected so tests can move time (invitation and session expiry) without waiting. */
  readonly now: () => Date;
  /** The migration version this build needs before it reports ready. */
  readonly latestMigration: number;
  /** Signs the CSRF cookie. */
  readonly cookieSecret: string;
}

/** Who made the request, as far as the server knows; audit events record it. */
export interface RequestOrigin {
  readonly ipAddress: string | null;
  readonly userAgent: string | null;
}
