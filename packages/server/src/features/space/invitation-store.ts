import type { AmendDb } from '../../db/database.js';

export interface InvitationRow {
  readonly coupleId: string;
  readonly id: string;
  readonly invitedBy: string | null;
  readonly createdAt: Date;
  readonly expiresAt: Date;
  readonly revokedAt: Date | null;
  readonly acceptedAt: Date | null;
  readonly declinedAt: Date | null;
}

const COLUMNS = [
  'couple_id',
  'id',
  'invited_by',
  'created_at',
  'expires_at',
  'revoked_at',
  'accepted_at',
  'declined_at',
] as const;

function toInvitation(row: {
  couple_id: string;
  id: string;
  invited_by: string | null;
  created_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
  accepted_at: Date | null;
  declined_at: Date | null;
}): InvitationRow {
  return {
    coupleId: row.couple_id,
    id: row.id,
    invitedBy: row.invited_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    acceptedAt: row.accepted_at,
    declinedAt: row.declined_at,
  };
}

export async function insertInvitation(
  db: AmendDb,
  invitation: {
    coupleId: string;
    id: string;
    invitedBy: string;
    tokenHash: Buffer;
    codeHash: Buffer;
    createdAt: Date;
    expiresAt: Date;
  },
): Promise<void> {
  await db
    .insertInto('invitations')
    .values({
      couple_id: invitation.coupleId,
      id: invitation.id,
      invited_by: invitation.invitedBy,
      token_hash: invitation.tokenHash,
      code_hash: invitation.codeHash,
      created_at: invitation.createdAt,
      expires_at: invitation.expiresAt,
      revoked_at: null,
      accepted_at: null,
      accepted_by: null,
      declined_at: null,
    })
    .execute();
}

/** Closes every open invitation of a space: used when a new one replaces it or the space ends. */
export async function revokeOpenInvitations(
  db: AmendDb,
  coupleId: string,
  at: Date,
): Promise<void> {
  await db
    .updateTable('invitations')
    .set({ revoked_at: at })
    .where('couple_id', '=', coupleId)
    .where('revoked_at', 'is', null)
    .where('accepted_at', 'is', null)
    .where('declined_at', 'is', null)
    .execute();
}

export async function revokeInvitation(
  db: AmendDb,
  coupleId: string,
  id: string,
  at: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set({ revoked_at: at })
    .where('couple_id', '=', coupleId)
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .where('accepted_at', 'is', null)
    .where('declined_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function findOpenInvitation(
  db: AmendDb,
  coupleId: string,
  now: Date,
): Promise<InvitationRow | null> {
  const row = await db
    .selectFrom('invitations')
    .select(COLUMNS)
    .where('couple_id', '=', coupleId)
    .where('revoked_at', 'is', null)
    .where('accepted_at', 'is', null)
    .where('declined_at', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  return row ? toInvitation(row) : null;
}

export async function findInvitationBySecret(
  db: AmendDb,
  secret: { tokenHash: Buffer } | { codeHash: Buffer },
): Promise<InvitationRow | null> {
  let query = db.selectFrom('invitations').select(COLUMNS);
  query =
    'tokenHash' in secret
      ? query.where('token_hash', '=', secret.tokenHash)
      : query.where('code_hash', '=', secret.codeHash);
  const row = await query.orderBy('created_at', 'desc').executeTakeFirst();
  return row ? toInvitation(row) : null;
}

/** Closes the invitation if it is still open; false if someone else got there first. */
export async function closeInvitation(
  db: AmendDb,
  coupleId: string,
  id: string,
  outcome: { acceptedBy: string; at: Date } | { declinedAt: Date },
): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set(
      'acceptedBy' in outcome
        ? { accepted_at: outcome.at, accepted_by: outcome.acceptedBy }
        : { declined_at: outcome.declinedAt },
    )
    .where('couple_id', '=', coupleId)
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .where('accepted_at', 'is', null)
    .where('declined_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function inviterName(db: AmendDb, userId: string | null): Promise<string | null> {
  if (!userId) return null;
  const row = await db
    .selectFrom('users')
    .select('display_name')
    .where('id', '=', userId)
    .executeTakeFirst();
  return row?.display_name ?? null;
}
