import type { AccountKind } from '@amend/core';
import type { AmendDb } from '../../db/database.js';

export interface UserRow {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly timeZone: string;
  readonly passwordHash: string;
  readonly accountKind: AccountKind;
}

const USER_COLUMNS = [
  'id',
  'email',
  'display_name',
  'time_zone',
  'password_hash',
  'account_kind',
] as const;

function toUser(row: {
  id: string;
  email: string;
  display_name: string;
  time_zone: string;
  password_hash: string;
  account_kind: string;
}): UserRow {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    timeZone: row.time_zone,
    passwordHash: row.password_hash,
    accountKind: row.account_kind === 'therapist' ? 'therapist' : 'person',
  };
}

export interface NewUser {
  readonly id: string;
  readonly email: string;
  readonly emailNormalized: string;
  readonly displayName: string;
  readonly passwordHash: string;
  readonly timeZone: string;
  readonly createdAt: Date;
  readonly accountKind: AccountKind;
}

/** Returns false when the e-mail address is already taken (the unique index decides). */
export async function insertUser(db: AmendDb, user: NewUser): Promise<boolean> {
  const inserted = await db
    .insertInto('users')
    .values({
      id: user.id,
      email: user.email,
      email_normalized: user.emailNormalized,
      display_name: user.displayName,
      password_hash: user.passwordHash,
      time_zone: user.timeZone,
      account_kind: user.accountKind,
      created_at: user.createdAt,
      updated_at: user.createdAt,
    })
    .onConflict((conflict) => conflict.column('email_normalized').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function findUserByEmail(
  db: AmendDb,
  emailNormalized: string,
): Promise<UserRow | null> {
  const row = await db
    .selectFrom('users')
    .select(USER_COLUMNS)
    .where('email_normalized', '=', emailNormalized)
    .executeTakeFirst();
  return row ? toUser(row) : null;
}

export async function findUserById(db: AmendDb, id: string): Promise<UserRow | null> {
  const row = await db
    .selectFrom('users')
    .select(USER_COLUMNS)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toUser(row) : null;
}

export async function updatePasswordHash(
  db: AmendDb,
  userId: string,
  passwordHash: string,
  at: Date,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ password_hash: passwordHash, updated_at: at })
    .where('id', '=', userId)
    .execute();
}

/** Returns false when another account already has the address. */
export async function updateEmail(
  db: AmendDb,
  userId: string,
  email: string,
  emailNormalized: string,
  at: Date,
): Promise<boolean> {
  try {
    await db
      .updateTable('users')
      .set({ email, email_normalized: emailNormalized, updated_at: at })
      .where('id', '=', userId)
      .execute();
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === '23505') return false;
    throw error;
  }
}

export async function insertPasswordReset(
  db: AmendDb,
  reset: { id: string; userId: string; tokenHash: Buffer; createdAt: Date; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('password_resets')
    .values({
      id: reset.id,
      user_id: reset.userId,
      token_hash: reset.tokenHash,
      created_at: reset.createdAt,
      expires_at: reset.expiresAt,
      used_at: null,
    })
    .execute();
}

/**
 * Marks a still-valid reset as used and returns its user, in one statement, so the same link
 * can never be used twice even by two requests at once.
 */
export async function consumePasswordReset(
  db: AmendDb,
  tokenHash: Buffer,
  now: Date,
): Promise<string | null> {
  const row = await db
    .updateTable('password_resets')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning('user_id')
    .executeTakeFirst();
  return row?.user_id ?? null;
}
