import type { AmendDb } from '../../db/database.js';

export interface TherapistProfileRow {
  readonly userId: string;
  readonly displayName: string;
  readonly email: string;
  readonly timeZone: string;
  readonly profession: string;
  readonly licenceNumber: string;
  readonly practiceName: string;
}

export async function insertProfile(
  trx: AmendDb,
  profile: Omit<TherapistProfileRow, 'displayName' | 'email' | 'timeZone'>,
  at: Date,
): Promise<void> {
  await trx
    .insertInto('therapist_profiles')
    .values({
      user_id: profile.userId,
      profession: profile.profession,
      licence_number: profile.licenceNumber,
      practice_name: profile.practiceName,
      created_at: at,
      updated_at: at,
    })
    .execute();
}

export async function findProfile(
  db: AmendDb,
  userId: string,
): Promise<TherapistProfileRow | null> {
  const row = await db
    .selectFrom('therapist_profiles as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .select([
      'p.user_id',
      'u.display_name',
      'u.email',
      'u.time_zone',
      'p.profession',
      'p.licence_number',
      'p.practice_name',
    ])
    .where('p.user_id', '=', userId)
    .where('u.account_kind', '=', 'therapist')
    .executeTakeFirst();
  return row
    ? {
        userId: row.user_id,
        displayName: row.display_name,
        email: row.email,
        timeZone: row.time_zone,
        profession: row.profession,
        licenceNumber: row.licence_number,
        practiceName: row.practice_name,
      }
    : null;
}

export async function insertInvitation(
  trx: AmendDb,
  invitation: {
    coupleId: string;
    id: string;
    invitedBy: string;
    codeHash: Buffer;
    createdAt: Date;
    expiresAt: Date;
  },
): Promise<void> {
  await trx
    .insertInto('therapist_invitations')
    .values({
      couple_id: invitation.coupleId,
      id: invitation.id,
      invited_by: invitation.invitedBy,
      code_hash: invitation.codeHash,
      created_at: invitation.createdAt,
      expires_at: invitation.expiresAt,
    })
    .execute();
}

/** A new code replaces the space's open one, so only one therapist code works at a time. */
export async function revokeOpenInvitations(trx: AmendDb, coupleId: string, at: Date) {
  await trx
    .updateTable('therapist_invitations')
    .set({ revoked_at: at })
    .where('couple_id', '=', coupleId)
    .where('revoked_at', 'is', null)
    .where('accepted_at', 'is', null)
    .execute();
}

export interface OpenTherapistInvitation {
  readonly coupleId: string;
  readonly id: string;
  readonly expiresAt: Date;
}

export async function findOpenInvitationByCode(
  db: AmendDb,
  codeHash: Buffer,
): Promise<OpenTherapistInvitation | null> {
  const row = await db
    .selectFrom('therapist_invitations as i')
    .innerJoin('couples as c', 'c.id', 'i.couple_id')
    .select(['i.couple_id', 'i.id', 'i.expires_at'])
    .where('i.code_hash', '=', codeHash)
    .where('i.revoked_at', 'is', null)
    .where('i.accepted_at', 'is', null)
    .where('c.ended_at', 'is', null)
    .executeTakeFirst();
  return row ? { coupleId: row.couple_id, id: row.id, expiresAt: row.expires_at } : null;
}

/** Marks the code used; false when someone else used it a moment earlier. */
export async function acceptInvitation(
  trx: AmendDb,
  invitation: OpenTherapistInvitation,
  therapistUserId: string,
  at: Date,
): Promise<boolean> {
  const result = await trx
    .updateTable('therapist_invitations')
    .set({ accepted_at: at, accepted_by: therapistUserId })
    .where('couple_id', '=', invitation.coupleId)
    .where('id', '=', invitation.id)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Links the couple to the therapist; a link that had ended opens again. */
export async function upsertLink(
  trx: AmendDb,
  coupleId: string,
  therapistUserId: string,
  at: Date,
): Promise<void> {
  await trx
    .insertInto('couple_therapists')
    .values({ couple_id: coupleId, therapist_user_id: therapistUserId, linked_at: at })
    .onConflict((conflict) =>
      conflict
        .columns(['couple_id', 'therapist_user_id'])
        .doUpdateSet({ ended_at: null, linked_at: at }),
    )
    .execute();
}

export interface LinkRow {
  readonly coupleId: string;
  readonly therapistUserId: string;
  readonly active: boolean;
  readonly spaceCreatedAt: Date;
  readonly cameToLightOn: string;
}

export async function findLink(
  db: AmendDb,
  coupleId: string,
  therapistUserId: string,
): Promise<LinkRow | null> {
  return readLink(db, coupleId, therapistUserId, null);
}

/**
 * The link, locked for the rest of the transaction: `update` by whoever changes consent, `share`
 * by a therapist's action that depends on it (see context.ts, lockedLinkInForce).
 */
export function lockLink(
  trx: AmendDb,
  coupleId: string,
  therapistUserId: string,
  mode: 'share' | 'update',
): Promise<LinkRow | null> {
  return readLink(trx, coupleId, therapistUserId, mode);
}

async function readLink(
  db: AmendDb,
  coupleId: string,
  therapistUserId: string,
  lock: 'share' | 'update' | null,
): Promise<LinkRow | null> {
  let query = db
    .selectFrom('couple_therapists as l')
    .innerJoin('couples as c', 'c.id', 'l.couple_id')
    .select([
      'l.couple_id',
      'l.therapist_user_id',
      'l.ended_at',
      'c.created_at',
      'c.came_to_light_on',
      'c.ended_at as couple_ended_at',
    ])
    .where('l.couple_id', '=', coupleId)
    .where('l.therapist_user_id', '=', therapistUserId);
  if (lock === 'share') query = query.forShare('l');
  if (lock === 'update') query = query.forUpdate('l');
  const row = await query.executeTakeFirst();
  return row
    ? {
        coupleId: row.couple_id,
        therapistUserId: row.therapist_user_id,
        active: row.ended_at === null && row.couple_ended_at === null,
        spaceCreatedAt: row.created_at,
        cameToLightOn: row.came_to_light_on,
      }
    : null;
}

export interface ConsentRow {
  readonly id: string;
  readonly therapistUserId: string;
  readonly memberId: string;
  readonly categories: string[];
  readonly change: string;
  readonly createdAt: Date;
}

/** The latest consent of each partner of the couple for this therapist. */
export async function latestConsents(
  db: AmendDb,
  coupleId: string,
  therapistUserId: string,
): Promise<ConsentRow[]> {
  const rows = await db
    .selectFrom('therapist_consents')
    .distinctOn('member_id')
    .select(['id', 'therapist_user_id', 'member_id', 'categories', 'change', 'created_at'])
    .where('couple_id', '=', coupleId)
    .where('therapist_user_id', '=', therapistUserId)
    .orderBy('member_id')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toConsent);
}

/** One partner's whole consent history in their space, every therapist, newest first. */
export async function consentHistory(
  db: AmendDb,
  coupleId: string,
  memberId: string,
): Promise<ConsentRow[]> {
  const rows = await db
    .selectFrom('therapist_consents')
    .select(['id', 'therapist_user_id', 'member_id', 'categories', 'change', 'created_at'])
    .where('couple_id', '=', coupleId)
    .where('member_id', '=', memberId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toConsent);
}

function toConsent(row: {
  id: string;
  therapist_user_id: string;
  member_id: string;
  categories: string[];
  change: string;
  created_at: Date;
}): ConsentRow {
  return {
    id: row.id,
    therapistUserId: row.therapist_user_id,
    memberId: row.member_id,
    categories: row.categories,
    change: row.change,
    createdAt: row.created_at,
  };
}

export async function insertConsent(
  db: AmendDb,
  consent: {
    coupleId: string;
    id: string;
    therapistUserId: string;
    memberId: string;
    categories: readonly string[];
    change: string;
    at: Date;
  },
): Promise<void> {
  await db
    .insertInto('therapist_consents')
    .values({
      couple_id: consent.coupleId,
      id: consent.id,
      therapist_user_id: consent.therapistUserId,
      member_id: consent.memberId,
      categories: [...consent.categories],
      change: consent.change,
      created_at: consent.at,
    })
    .execute();
}

export interface CoupleTherapistRow {
  readonly therapistUserId: string;
  readonly displayName: string;
  readonly profession: string;
  readonly practiceName: string;
  readonly licenceNumber: string;
  readonly linkedAt: Date;
}

/** The therapists a space works with now, with what a partner needs to recognise them. */
export async function listTherapistsOfCouple(
  db: AmendDb,
  coupleId: string,
): Promise<CoupleTherapistRow[]> {
  const rows = await db
    .selectFrom('couple_therapists as l')
    .innerJoin('users as u', 'u.id', 'l.therapist_user_id')
    .innerJoin('therapist_profiles as p', 'p.user_id', 'l.therapist_user_id')
    .select([
      'l.therapist_user_id',
      'u.display_name',
      'p.profession',
      'p.practice_name',
      'p.licence_number',
      'l.linked_at',
    ])
    .where('l.couple_id', '=', coupleId)
    .where('l.ended_at', 'is', null)
    .orderBy('l.linked_at')
    .execute();
  return rows.map((row) => ({
    therapistUserId: row.therapist_user_id,
    displayName: row.display_name,
    profession: row.profession,
    practiceName: row.practice_name,
    licenceNumber: row.licence_number,
    linkedAt: row.linked_at,
  }));
}
