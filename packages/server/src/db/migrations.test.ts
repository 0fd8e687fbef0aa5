import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test-support/database.js';
import { isFullyMigrated, migrate, readMigrations } from './migrations.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

describe('migrations', () => {
  it('are numbered without gaps and applied in order', async () => {
    const migrations = await readMigrations();
    expect(migrations.map((migration) => migration.version)).toEqual(
      migrations.map((_, index) => index + 1),
    );
    expect(await isFullyMigrated(database.db, migrations.length)).toBe(true);
  });

  it('running them again applies nothing', async () => {
    expect((await migrate(database.db)).applied).toEqual([]);
  });

  it('refuse to run when an applied migration was edited afterwards', async () => {
    const migrations = await readMigrations();
    const edited = migrations.map((migration, index) =>
      index === 0 ? { ...migration, checksum: 'edited' } : migration,
    );
    await expect(migrate(database.db, edited)).rejects.toThrow(/changed after it was applied/);
  });

  it('report not ready while a known migration is missing', async () => {
    expect(await isFullyMigrated(database.db, 999)).toBe(false);
  });
});
