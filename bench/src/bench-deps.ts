import path from 'node:path';
import type { AmendDb } from '../../packages/server/src/db/database.js';
import { loadConfig } from '../../packages/server/src/platform/config.js';
import type { AppDeps } from '../../packages/server/src/platform/deps.js';
import { createOutboxMailer } from '../../packages/server/src/platform/mail.js';
import { createPasswordHasher } from '../../packages/server/src/platform/passwords.js';

/**
 * The app's dependencies as every benchmark builds them: quiet logs, e-mail kept as files in the
 * benchmark's temporary folder, the real clock and a fixed cookie secret.
 */
export function benchAppDeps(
  db: AmendDb,
  dataDir: string,
  options: {
    /** More settings, as environment variables would give them. */
    readonly env?: Readonly<Record<string, string>>;
    /** Password hashes at once; the configured default (cores − 1) when not given. */
    readonly hashesAtOnce?: number;
    /** What /readyz compares with; 99 where no benchmark asks for readiness. */
    readonly latestMigration?: number;
  } = {},
): AppDeps {
  const config = loadConfig({ AMEND_DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...options.env });
  return {
    config,
    db,
    mailer: createOutboxMailer(path.join(dataDir, 'outbox'), config.mailFrom),
    hasher: createPasswordHasher(options.hashesAtOnce ?? config.maxConcurrentHashes),
    now: () => new Date(),
    latestMigration: options.latestMigration ?? 99,
    cookieSecret: 'bench-cookie-secret-long-enough-for-signing',
  };
}
