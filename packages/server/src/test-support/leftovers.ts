import { sql } from 'kysely';
import type { TestContext } from './context.js';

/**
 * Every place in the database where one of `needles` still sits: uuid and uuid[] columns are
 * compared with the ids, text, json and array columns are searched for the words, bytea columns
 * for the words' bytes. The tables and columns come from information_schema, so a table added
 * later is searched without anyone remembering to add it here.
 */
export async function whereTheyRemain(
  ctx: TestContext,
  ids: readonly string[],
  words: readonly string[],
): Promise<string[]> {
  const columns = await sql<{ table: string; column: string; type: string; element: string }>`
    SELECT c.table_name AS table, c.column_name AS column, c.data_type AS type,
           c.udt_name AS element
    FROM information_schema.columns c
    JOIN information_schema.tables t
      ON t.table_schema = c.table_schema AND t.table_name = c.table_name
    WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'`.execute(
    ctx.database.db,
  );
  const found: string[] = [];
  for (const { table, column, type, element } of columns.rows) {
    const ref = sql`${sql.table(table)}.${sql.ref(column)}`;
    let condition: ReturnType<typeof sql> | null = null;
    if (type === 'uuid') {
      condition = sql`${ref} = ANY(${ids}::uuid[])`;
    } else if (type === 'ARRAY' && element === '_uuid') {
      condition = sql`${ref} && ${ids}::uuid[]`;
    } else if (type === 'bytea') {
      condition = sql`EXISTS (SELECT 1 FROM unnest(${words}::text[]) w
        WHERE position(convert_to(w, 'UTF8') IN ${ref}) > 0)`;
    } else if (['text', 'character varying', 'json', 'jsonb', 'ARRAY'].includes(type)) {
      condition = sql`EXISTS (SELECT 1 FROM unnest(${[...words, ...ids]}::text[]) w
        WHERE strpos(lower(${ref}::text), lower(w)) > 0)`;
    }
    if (!condition) continue;
    const result = await sql<{ count: string }>`
      SELECT count(*) AS count FROM ${sql.table(table)} WHERE ${condition}`.execute(
      ctx.database.db,
    );
    const count = Number(result.rows[0]?.count ?? 0);
    if (count > 0) found.push(`${table}.${column}: ${count}`);
  }
  return found;
}
