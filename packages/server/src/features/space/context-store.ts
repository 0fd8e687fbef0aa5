import type { AmendDb } from '../../db/database.js';

/** One active member of the space a person is in, with what every read of that space needs. */
export interface SpaceMemberRow {
  readonly coupleId: string;
  readonly spaceCreatedAt: Date;
  readonly memberId: string;
  readonly userId: string;
  readonly displayName: string;
  readonly role: string;
  readonly timeZone: string;
}

/**
 * The active members of the space this person is active in (themselves included), oldest member
 * first, each with the space's start and their own time zone; empty when they are in no space.
 * One statement instead of the membership, the space, the members and the person one after
 * another: the dashboard needs all four on every request.
 */
export async function listMembersOfSpaceOf(db: AmendDb, userId: string): Promise<SpaceMemberRow[]> {
  const rows = await db
    .selectFrom('couple_members as own')
    .innerJoin('couples as c', 'c.id', 'own.couple_id')
    .innerJoin('couple_members as m', (join) =>
      join.onRef('m.couple_id', '=', 'own.couple_id').on('m.left_at', 'is', null),
    )
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select([
      'own.couple_id',
      'c.created_at',
      'm.id',
      'm.user_id',
      'u.display_name',
      'm.role',
      'u.time_zone',
    ])
    .where('own.user_id', '=', userId)
    .where('own.left_at', 'is', null)
    .orderBy('m.joined_at')
    .execute();
  return rows.map((row) => ({
    coupleId: row.couple_id,
    spaceCreatedAt: row.created_at,
    memberId: row.id,
    userId: row.user_id,
    displayName: row.display_name,
    role: row.role,
    timeZone: row.time_zone,
  }));
}
