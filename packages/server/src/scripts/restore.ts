import { existsSync } from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { BackupError } from '../db/backup.js';
import { connectForRestore, restoreFromFile, writeInstanceFiles } from '../db/maintenance.js';
import { ConfigError, loadConfig } from '../platform/config.js';

/**
 * `npm run restore FILE`: puts a backup made by `npm run backup` into an empty database: a new
 * data directory (AMEND_DATA_DIR) or an empty DATABASE_URL. It refuses anything else.
 */
try {
  const file = process.argv[2];
  if (!file || !existsSync(file)) {
    throw new BackupError(
      file
        ? `There is no file ${file}.`
        : 'Say which backup to restore: npm run restore amend-backup-….gz',
    );
  }
  const config = loadConfig();
  const connection = await connectForRestore(config);
  try {
    const report = await restoreFromFile(
      connection.database,
      path.resolve(file),
      pino({ level: 'warn' }),
    );
    const restoredFiles = await writeInstanceFiles(config, report.header.instanceFiles);
    console.error(
      [
        `Restored ${report.rows} rows in ${report.tables} tables, backed up ${report.header.createdAt},`,
        `  into ${connection.description}.`,
        ...restoredFiles.map((written) => `  Also restored ${written}.`),
        '  Start Amend with the same settings (npm start).',
      ].join('\n'),
    );
  } finally {
    await connection.close();
  }
} catch (error) {
  if (error instanceof BackupError || error instanceof ConfigError) {
    console.error(`\n${error.message}\n`);
  } else {
    console.error('The restore failed:', error);
  }
  process.exit(1);
}
