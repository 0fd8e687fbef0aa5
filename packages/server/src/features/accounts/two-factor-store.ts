import { sql } from 'kysely';
import type { AmendDb } from '../../db/database.js';

export interface TotpRow {
  readonly secretEncrypted: string;
  readonly createdAt: Date;
  readonly enabledAt: Date | null;
}

export async function findTotp(db: AmendDb, userId: string): Promise<TotpRow | null> {
  const row = await db
    .selectFrom('totp_authenticators')
    .select(['secret_encrypted', 'created_at', 'enabled_at'])
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row
    ? {
        secretEncrypted: row.secret_encrypted,
        createdAt: row.created_at,
        enabledAt: row.enabled_at,
      }
    : null;
}

/** Starts (or restarts) a setup; an authenticator already turned on is left alone. */
export async function savePendingTotp(
  db: AmendDb,
  userId: string,
  secretEncrypted: string,
  at: Date,
): Promise<boolean> {
  const saved = await db
    .insertInto('totp_authenticators')
    .values({ user_id: userId, secret_encrypted: secretEncrypted, created_at: at })
    .onConflict((conflict) =>
      conflict
        .column('user_id')
        .doUpdateSet({ secret_encrypted: secretEncrypted, created_at: at, last_used_step: null })
        .where('totp_authenticators.enabled_at', 'is', null),
    )
    .returning('user_id')
    .executeTakeFirst();
  return saved !== undefined;
}

export async function enableTotp(
  db: AmendDb,
  userId: string,
  at: Date,
  usedStep: number,
): Promise<boolean> {
  const enabled = await db
    .updateTable('totp_authenticators')
    .set({ enabled_at: at, last_used_step: usedStep })
    .where('user_id', '=', userId)
    .where('enabled_at', 'is', null)
    .returning('user_id')
    .executeTakeFirst();
  return enabled !== undefined;
}

/**
 * Records the time step of an accepted code, in one statement that refuses a step already used
 * (or an older one), so the same code cannot sign in twice, even in two requests at once.
 */
export async function claimTotpStep(db: AmendDb, userId: string, step: number): Promise<boolean> {
  const claimed = await db
    .updateTable('totp_authenticators')
    .set({ last_used_step: step })
    .where('user_id', '=', userId)
    .where('enabled_at', 'is not', null)
    .where(sql<boolean>`(last_used_step IS NULL OR last_used_step < ${step})`)
    .returning('user_id')
    .executeTakeFirst();
  return claimed !== undefined;
}

export async function deleteTotp(db: AmendDb, userId: string): Promise<void> {
  await db.deleteFrom('totp_authenticators').where('user_id', '=', userId).execute();
}

export async function replaceRecoveryCodes(
  db: AmendDb,
  userId: string,
  codes: readonly { id: string; codeHash: Buffer }[],
  at: Date,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
    if (codes.length === 0) return;
    await trx
      .insertInto('recovery_codes')
      .values(
        codes.map((code) => ({
          id: code.id,
          user_id: userId,
          code_hash: code.codeHash,
          created_at: at,
          used_at: null,
        })),
      )
      .execute();
  });
}

export async function countUnusedRecoveryCodes(db: AmendDb, userId: string): Promise<number> {
  const row = await db
    .selectFrom('recovery_codes')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Marks an unused code as used, in one statement, so it works exactly once. */
export async function consumeRecoveryCode(
  db: AmendDb,
  userId: string,
  codeHash: Buffer,
  at: Date,
): Promise<boolean> {
  const used = await db
    .updateTable('recovery_codes')
    .set({ used_at: at })
    .where('user_id', '=', userId)
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return used !== undefined;
}
