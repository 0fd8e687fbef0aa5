import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test-support/database.js';
import { connectDatabase } from './database.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

/** The names of the statements prepared on the one connection a pool of one holds. */
async function preparedOn(db: TestDatabase['db']): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`SELECT name FROM pg_prepared_statements`.execute(db);
  return rows.map((row) => row.name).sort();
}

describe('prepared statements', () => {
  it('prepares only statements marked with their name, and reuses them with new values', async () => {
    const single = connectDatabase(database.url, 1);
    try {
      const marked = (n: number) =>
        sql<{ twice: number }>`/* prepared: test-twice */ SELECT ${n}::int * 2 AS twice`;
      expect((await marked(2).execute(single.db)).rows).toEqual([{ twice: 4 }]);
      expect((await marked(5).execute(single.db)).rows).toEqual([{ twice: 10 }]);
      await sql`SELECT 1`.execute(single.db);
      expect(await preparedOn(single.db)).toEqual(['test-twice']);
    } finally {
      await single.close();
    }
  });

  it('prepares nothing when switched off (a pooler that cannot keep them)', async () => {
    const unprepared = connectDatabase(database.url, 1, { preparedStatements: false });
    try {
      await sql`/* prepared: test-off */ SELECT 1 AS one`.execute(unprepared.db);
      expect(await preparedOn(unprepared.db)).toEqual([]);
    } finally {
      await unprepared.close();
    }
  });
});
