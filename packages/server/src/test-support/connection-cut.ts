import pg from 'pg';

/**
 * The database going away in the middle of a change, made real: a trigger holds every insert into
 * a table (or its transaction's COMMIT) until the test terminates that connection from another
 * one, as a crash, a restart or a fail-over would. The app, Kysely, the driver and the pool see a
 * genuinely broken connection; nothing of ours is replaced. The helper uses a connection of its
 * own, so it never picks up the broken one from the app's pool.
 */
export interface Stall {
  /** Waits until a held statement is waiting, cuts its connection, and waits until it is gone. */
  cut(): Promise<void>;
  /** Takes the trigger away again. */
  remove(): Promise<void>;
}

const HOLD_SECONDS = 30;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function holdInserts(
  databaseUrl: string,
  table: string,
  until: 'statement' | 'commit',
): Promise<Stall> {
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  const trigger = admin.escapeIdentifier(`amend_test_hold_${table}`);
  const target = admin.escapeIdentifier(table);
  await admin.query(`
    CREATE OR REPLACE FUNCTION amend_test_hold() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN PERFORM pg_sleep(${HOLD_SECONDS}); RETURN NEW; END $$`);
  await admin.query(
    until === 'statement'
      ? `CREATE TRIGGER ${trigger} BEFORE INSERT ON ${target}
         FOR EACH ROW EXECUTE FUNCTION amend_test_hold()`
      : // A deferred constraint trigger runs inside COMMIT itself.
        `CREATE CONSTRAINT TRIGGER ${trigger} AFTER INSERT ON ${target}
         DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION amend_test_hold()`,
  );
  let removed = false;
  return {
    async cut() {
      const deadline = Date.now() + 10_000;
      let pid: number | null = null;
      while (pid === null) {
        if (Date.now() > deadline) throw new Error(`Nothing was held on ${table} within 10 s`);
        const { rows } = await admin.query<{ pid: number }>(`
          SELECT pid FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event = 'PgSleep'`);
        pid = rows[0]?.pid ?? null;
        if (pid === null) await sleep(20);
        else await admin.query('SELECT pg_terminate_backend($1)', [pid]);
      }
      await goneAndNoticed(admin, pid);
    },
    async remove() {
      if (removed) return;
      removed = true;
      await admin.query(`DROP TRIGGER IF EXISTS ${trigger} ON ${target}`);
      await admin.end();
    },
  };
}

/** Cuts one connection, named by its backend's pid, wherever its client is at the moment. */
export async function cutConnection(databaseUrl: string, pid: number): Promise<void> {
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  try {
    await admin.query('SELECT pg_terminate_backend($1)', [pid]);
    await goneAndNoticed(admin, pid);
  } finally {
    await admin.end();
  }
}

/** Gone on the server; then a moment more for the driver to see its socket close. */
async function goneAndNoticed(admin: pg.Client, pid: number): Promise<void> {
  while ((await admin.query('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [pid])).rowCount) {
    await sleep(20);
  }
  await sleep(50);
}
