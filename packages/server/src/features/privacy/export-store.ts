import { sql } from 'kysely';
import type { AmendDb } from '../../db/database.js';
import { type AgreementsData, readAgreementsData } from './export-agreements-store.js';
import { type HonestyData, readHonestyData } from './export-honesty-store.js';
import { type ProgramData, readProgramData } from './export-program-store.js';
import { type RemindersData, readRemindersData } from './export-reminders-store.js';
import { readTalkingData, type TalkingData } from './export-talking-store.js';
import { readTherapistPortalData, type TherapistPortalData } from './export-therapist-store.js';

/**
 * Everything one person owns, read by their user id across every space they were ever in
 * (including what they withdrew when leaving one). Other people's words are left out: notes a
 * partner added to this person's incidents belong to the partner.
 */
export interface PersonalData {
  readonly account: {
    readonly id: string;
    readonly email: string;
    readonly displayName: string;
    readonly timeZone: string;
    readonly discreetMode: boolean;
    readonly createdAt: Date;
  };
  readonly memberships: {
    readonly spaceId: string;
    readonly memberId: string;
    readonly role: string;
    readonly relationshipType: string;
    readonly cameToLightOn: string;
    readonly joinedAt: Date;
    readonly leftAt: Date | null;
    readonly leftWith: string | null;
  }[];
  readonly checkins: {
    readonly spaceId: string;
    readonly withdrawn: boolean;
    readonly weekStart: string;
    readonly trust: number;
    readonly closeness: number;
    readonly honestConversations: number;
    readonly mood: string;
    readonly note: string | null;
    readonly noteVisibility: string;
    readonly createdAt: Date;
    readonly updatedAt: Date;
  }[];
  readonly questionnaireResponses: {
    readonly id: string;
    readonly instrumentId: string;
    readonly instrumentVersion: string;
    /** The title of an instrument an administrator imported; Amend's own are named by core. */
    readonly importedTitle: string | null;
    readonly status: string;
    readonly answers: unknown;
    readonly total: number | null;
    readonly facets: unknown;
    readonly band: string | null;
    readonly startedAt: Date;
    readonly completedAt: Date | null;
  }[];
  readonly incidents: {
    readonly id: string;
    readonly about: string;
    readonly createdAt: Date;
    readonly versions: {
      readonly version: number;
      readonly kind: string;
      readonly disclosure: string;
      readonly occurredOn: string;
      readonly description: string | null;
      readonly reason: string | null;
      readonly createdAt: Date;
    }[];
  }[];
  readonly incidentNotes: {
    readonly id: string;
    readonly incidentId: string;
    readonly onYourIncident: boolean;
    readonly text: string;
    readonly createdAt: Date;
  }[];
  readonly therapySessions: {
    readonly id: string;
    readonly heldOn: string;
    readonly kind: string;
    readonly verification: string;
    readonly attendedByYou: boolean;
    readonly attendeeCount: number;
    readonly createdAt: Date;
  }[];
  readonly journal: {
    readonly keyring: Record<string, string | number> | null;
    readonly entries: {
      readonly id: string;
      readonly iv: string;
      readonly ciphertext: string;
      readonly createdAt: Date;
      readonly updatedAt: Date;
    }[];
  };
  readonly safetyScreens: {
    readonly id: string;
    readonly instrumentVersion: string;
    readonly answers: unknown;
    readonly sharedWithTherapist: boolean;
    readonly takenAt: Date;
  }[];
  readonly program: ProgramData;
  /** Talking and reconnecting: conversations, meetings, prompts, pauses, triggers, time together. */
  readonly talking: TalkingData;
  /** Questions and answers, disclosures, the full account and commitments. */
  readonly honesty: HonestyData;
  /** The therapist portal: consent given (a partner), or a therapist's own records. */
  readonly therapistPortal: TherapistPortalData;
  /** Agreements: versions proposed, answers given, weekly marks; and notifications received. */
  readonly agreements: AgreementsData;
  /** Reminder choices, notification devices, messages sent outside the app, the calendar link. */
  readonly reminders: RemindersData;
  readonly safetyResources: {
    readonly id: string;
    readonly name: string;
    readonly contact: string;
    readonly note: string | null;
    readonly createdAt: Date;
  }[];
}

const base64 = (bytes: Buffer) => bytes.toString('base64');

async function readJournal(db: AmendDb, userId: string): Promise<PersonalData['journal']> {
  const [keyring, entries] = await Promise.all([
    db.selectFrom('journal_keyrings').selectAll().where('user_id', '=', userId).executeTakeFirst(),
    db
      .selectFrom('journal_entries')
      .select(['id', 'iv', 'ciphertext', 'created_at', 'updated_at'])
      .where('owner_user_id', '=', userId)
      .orderBy('created_at')
      .execute(),
  ]);
  return {
    keyring: keyring
      ? {
          format: keyring.format,
          kdf: keyring.kdf,
          kdfMemoryKib: keyring.kdf_memory_kib,
          kdfIterations: keyring.kdf_iterations,
          kdfParallelism: keyring.kdf_parallelism,
          passphraseSalt: base64(keyring.passphrase_salt),
          passphraseIv: base64(keyring.passphrase_iv),
          passphraseWrappedKey: base64(keyring.passphrase_wrapped_key),
          recoveryKdf: keyring.recovery_kdf,
          recoverySalt: base64(keyring.recovery_salt),
          recoveryIv: base64(keyring.recovery_iv),
          recoveryWrappedKey: base64(keyring.recovery_wrapped_key),
          version: keyring.version,
          createdAt: keyring.created_at.toISOString(),
        }
      : null,
    entries: entries.map((entry) => ({
      id: entry.id,
      iv: base64(entry.iv),
      ciphertext: base64(entry.ciphertext),
      createdAt: entry.created_at,
      updatedAt: entry.updated_at,
    })),
  };
}

/** Reads everything at once; the queries do not depend on each other. */
export async function readPersonalData(db: AmendDb, userId: string): Promise<PersonalData | null> {
  const [
    account,
    memberships,
    checkins,
    responses,
    incidents,
    versions,
    notes,
    sessions,
    journal,
    screens,
    resources,
    program,
    talking,
    honesty,
    therapistPortal,
    agreements,
    reminders,
  ] = await Promise.all([
    db
      .selectFrom('users')
      .select(['id', 'email', 'display_name', 'time_zone', 'discreet_mode', 'created_at'])
      .where('id', '=', userId)
      .executeTakeFirst(),
    db
      .selectFrom('couple_members as m')
      .innerJoin('couples as c', 'c.id', 'm.couple_id')
      .select([
        'm.couple_id',
        'm.id',
        'm.role',
        'c.relationship_type',
        'c.came_to_light_on',
        'm.joined_at',
        'm.left_at',
        'm.left_with',
      ])
      .where('m.user_id', '=', userId)
      .orderBy('m.joined_at')
      .execute(),
    db
      .selectFrom('checkins as k')
      .innerJoin('couples as c', 'c.id', 'k.couple_id')
      .select([
        'k.couple_id',
        'c.withdrawn_from',
        'k.week_start',
        'k.trust',
        'k.closeness',
        'k.honest_conversations',
        'k.mood',
        'k.note',
        'k.note_visibility',
        'k.created_at',
        'k.updated_at',
      ])
      .where('k.user_id', '=', userId)
      .orderBy('k.week_start')
      .execute(),
    db
      .selectFrom('questionnaire_responses as r')
      .leftJoin('imported_instruments as ii', (join) =>
        join
          .onRef('ii.id', '=', 'r.instrument_id')
          .onRef('ii.version', '=', 'r.instrument_version'),
      )
      .selectAll('r')
      .select(sql<string | null>`ii.definition->>'title'`.as('imported_title'))
      .where('r.user_id', '=', userId)
      .orderBy('r.started_at')
      .execute(),
    db
      .selectFrom('incidents')
      .select(['couple_id', 'id', 'about', 'created_at'])
      .where('reported_by', '=', userId)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('incident_versions as v')
      .innerJoin('incidents as i', (join) =>
        join.onRef('i.couple_id', '=', 'v.couple_id').onRef('i.id', '=', 'v.incident_id'),
      )
      .selectAll('v')
      .where('i.reported_by', '=', userId)
      .orderBy('v.version')
      .execute(),
    db
      .selectFrom('incident_notes as n')
      .leftJoin('incidents as i', (join) =>
        join.onRef('i.couple_id', '=', 'n.couple_id').onRef('i.id', '=', 'n.incident_id'),
      )
      .select(['n.id', 'n.incident_id', 'i.reported_by', 'n.text', 'n.created_at'])
      .where('n.author_id', '=', userId)
      .orderBy('n.created_at')
      .execute(),
    db
      .selectFrom('therapy_sessions')
      .select(['id', 'couple_id', 'held_on', 'kind', 'verification', 'attendees', 'created_at'])
      .where('recorded_by', '=', userId)
      .orderBy('held_on')
      .execute(),
    readJournal(db, userId),
    db
      .selectFrom('safety_screens')
      .select(['id', 'instrument_version', 'answers', 'shared_with_therapist', 'taken_at'])
      .where('user_id', '=', userId)
      .orderBy('taken_at')
      .execute(),
    db
      .selectFrom('safety_resources')
      .select(['id', 'name', 'contact', 'note', 'created_at'])
      .where('user_id', '=', userId)
      .orderBy('created_at')
      .execute(),
    readProgramData(db, userId),
    readTalkingData(db, userId),
    readHonestyData(db, userId),
    readTherapistPortalData(db, userId),
    readAgreementsData(db, userId),
    readRemindersData(db, userId),
  ]);
  if (!account) return null;
  const ownMemberIds = new Set(memberships.map((membership) => membership.id));
  return {
    account: {
      id: account.id,
      email: account.email,
      displayName: account.display_name,
      timeZone: account.time_zone,
      discreetMode: account.discreet_mode,
      createdAt: account.created_at,
    },
    memberships: memberships.map((row) => ({
      spaceId: row.couple_id,
      memberId: row.id,
      role: row.role,
      relationshipType: row.relationship_type,
      cameToLightOn: row.came_to_light_on,
      joinedAt: row.joined_at,
      leftAt: row.left_at,
      leftWith: row.left_with,
    })),
    checkins: checkins.map((row) => ({
      spaceId: row.couple_id,
      withdrawn: row.withdrawn_from !== null,
      weekStart: row.week_start,
      trust: row.trust,
      closeness: row.closeness,
      honestConversations: row.honest_conversations,
      mood: row.mood,
      note: row.note,
      noteVisibility: row.note_visibility,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    })),
    questionnaireResponses: responses.map((row) => ({
      id: row.id,
      instrumentId: row.instrument_id,
      instrumentVersion: row.instrument_version,
      importedTitle: row.imported_title,
      status: row.status,
      answers: row.answers,
      total: row.total,
      facets: row.facets,
      band: row.band,
      startedAt: row.started_at,
      completedAt: row.completed_at,
    })),
    incidents: incidents.map((incident) => ({
      id: incident.id,
      about: incident.about,
      createdAt: incident.created_at,
      versions: versions
        .filter((v) => v.couple_id === incident.couple_id && v.incident_id === incident.id)
        .map((v) => ({
          version: v.version,
          kind: v.kind,
          disclosure: v.disclosure,
          occurredOn: v.occurred_on,
          description: v.description,
          reason: v.reason,
          createdAt: v.created_at,
        })),
    })),
    incidentNotes: notes.map((row) => ({
      id: row.id,
      incidentId: row.incident_id,
      onYourIncident: row.reported_by === userId,
      text: row.text,
      createdAt: row.created_at,
    })),
    therapySessions: sessions.map((row) => ({
      id: row.id,
      heldOn: row.held_on,
      kind: row.kind,
      verification: row.verification,
      attendedByYou: row.attendees.some((memberId) => ownMemberIds.has(memberId)),
      attendeeCount: row.attendees.length,
      createdAt: row.created_at,
    })),
    journal,
    safetyScreens: screens.map((row) => ({
      id: row.id,
      instrumentVersion: row.instrument_version,
      answers: row.answers,
      sharedWithTherapist: row.shared_with_therapist,
      takenAt: row.taken_at,
    })),
    program,
    talking,
    honesty,
    therapistPortal,
    agreements,
    reminders,
    safetyResources: resources.map((row) => ({
      id: row.id,
      name: row.name,
      contact: row.contact,
      note: row.note,
      createdAt: row.created_at,
    })),
  };
}
