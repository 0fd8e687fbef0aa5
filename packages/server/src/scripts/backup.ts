import path from 'node:path';
import { BackupError } from '../db/backup.js';
import { backupToFile, connectForBackup, readInstanceFiles } from '../db/maintenance.js';
import { ConfigError, loadConfig } from '../platform/config.js';

/**
 * `npm run backup [FILE]`: a consistent copy of Amend's database (embedded or DATABASE_URL),
 * taken while Amend keeps running. FILE defaults to amend-backup-<date and time>.gz here.
 */
try {
  const config = loadConfig();
  const stamp = new Date().toISOString().slice(0, 16).replace(':', '-');
  const file = path.resolve(process.argv[2] ?? `amend-backup-${stamp}.gz`);
  const connection = await connectForBackup(config);
  try {
    const summary = await backupToFile(connection.database, file, await readInstanceFiles(config));
    console.error(
      `Backed up ${summary.rows} rows in ${summary.tables} tables from ${connection.description}\n` +
        `  to ${file}\n` +
        '  It holds everything, including the key for authenticator codes: keep it as safe as the database.',
    );
  } finally {
    await connection.close();
  }
} catch (error) {
  if (error instanceof BackupError || error instanceof ConfigError) {
    console.error(`\n${error.message}\n`);
  } else {
    console.error('The backup failed:', error);
  }
  process.exit(1);
}
