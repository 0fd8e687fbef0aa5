import type { AmendDb } from '../../db/database.js';

/** Either the pool or a transaction: space writes that must hold together take a transaction. */
type Executor = AmendDb;

export interface Membership {
  readonly coupleId: string;
  readonly memberId: string;
}

export async function findActiveMembership(
  db: Executor,
  userId: string,
): Promise<Membership | null> {
  const row = await db
    .selectFrom('couple_members')
    .select(['couple_id', 'id'])
    .where('user_id', '=', userId)
    .where('left_at', 'is', null)
    .executeTakeFirst();
  return row ? { coupleId: row.couple_id, memberId: row.id } : null;
}

export interface CoupleRow {
  readonly id: string;
  readonly relationshipType: string;
  readonly cameToLightOn: string;
  readonly createdAt: Date;
}

export async function insertCouple(
  db: Executor,
  couple: CoupleRow & { createdBy: string },
): Promise<void> {
  await db
    .insertInto('couples')
    .values({
      id: couple.id,
      relationship_type: couple.relationshipType,
      came_to_light_on: couple.cameToLightOn,
      created_by: couple.createdBy,
      created_at: couple.createdAt,
      ended_at: null,
    })
    .execute();
}

export async function findCouple(db: Executor, coupleId: string): Promise<CoupleRow | null> {
  const row = await db
    .selectFrom('couples')
    .select(['id', 'relationship_type', 'came_to_light_on', 'created_at'])
    .where('id', '=', coupleId)
    .executeTakeFirst();
  return row
    ? {
        id: row.id,
        relationshipType: row.relationship_type,
        cameToLightOn: row.came_to_light_on,
        createdAt: row.created_at,
      }
    : null;
}

/** Locks the couple row so that two acceptances at once cannot both add a member. */
export async function lockCouple(db: Executor, coupleId: string): Promise<boolean> {
  const row = await db
    .selectFrom('couples')
    .select('id')
    .where('id', '=', coupleId)
    .where('ended_at', 'is', null)
    .forUpdate()
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertMember(
  db: Executor,
  member: { coupleId: string; id: string; userId: string; role: string; joinedAt: Date },
): Promise<void> {
  await db
    .insertInto('couple_members')
    .values({
      couple_id: member.coupleId,
      id: member.id,
      user_id: member.userId,
      role: member.role,
      joined_at: member.joinedAt,
      left_at: null,
    })
    .execute();
}

export interface MemberRow {
  readonly id: string;
  readonly userId: string;
  readonly displayName: string;
  readonly role: string;
  readonly joinedAt: Date;
}

export async function listActiveMembers(db: Executor, coupleId: string): Promise<MemberRow[]> {
  const rows = await db
    .selectFrom('couple_members as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['m.id', 'm.user_id', 'u.display_name', 'm.role', 'm.joined_at'])
    .where('m.couple_id', '=', coupleId)
    .where('m.left_at', 'is', null)
    .orderBy('m.joined_at')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    userId: row.user_id,
    displayName: row.display_name,
    role: row.role,
    joinedAt: row.joined_at,
  }));
}

export async function markMemberLeft(
  db: Executor,
  coupleId: string,
  memberId: string,
  at: Date,
): Promise<void> {
  await db
    .updateTable('couple_members')
    .set({ left_at: at })
    .where('couple_id', '=', coupleId)
    .where('id', '=', memberId)
    .where('left_at', 'is', null)
    .execute();
}

export async function endCouple(db: Executor, coupleId: string, at: Date): Promise<void> {
  await db.updateTable('couples').set({ ended_at: at }).where('id', '=', coupleId).execute();
}

/** PostgreSQL's unique_violation: how the database tells us a person is already in a space. */
export function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && (error as { code?: string }).code === '23505'
  );
}
