import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../app.js';
import { connectDatabase } from '../db/database.js';
import { manifestOf, readMigrations } from '../db/migrations.js';
import { loadConfig } from '../platform/config.js';
import { createOutboxMailer } from '../platform/mail.js';
import { createPasswordHasher } from '../platform/passwords.js';

/**
 * Regenerates the checked-in artifacts that CI compares: packages/server/openapi.json and
 * packages/server/migrations/manifest.json. Run with `npm run generate`.
 */
export const OPENAPI_FILE = fileURLToPath(new URL('../../openapi.json', import.meta.url));
export const MANIFEST_FILE = fileURLToPath(
  new URL('../../migrations/manifest.json', import.meta.url),
);

export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

async function main(): Promise<void> {
  const config = loadConfig({ LOG_LEVEL: 'silent' });
  // The spec comes from route schemas alone; this pool is never used, so nothing connects.
  const database = connectDatabase('postgres://unused@127.0.0.1:1/unused');
  const app = await buildApp(
    {
      config,
      db: database.db,
      mailer: createOutboxMailer('/dev/null', config.mailFrom),
      hasher: createPasswordHasher(1),
      now: () => new Date(),
      latestMigration: 0,
      cookieSecret: 'x'.repeat(32),
    },
    { logger: false },
  );
  await app.ready();
  await writeFile(OPENAPI_FILE, stableJson(app.swagger()));
  await writeFile(MANIFEST_FILE, stableJson(manifestOf(await readMigrations())));
  await app.close();
  await database.close();
  console.log(`Wrote ${OPENAPI_FILE} and ${MANIFEST_FILE}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await main();
}
