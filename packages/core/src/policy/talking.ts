import type { PartnerRole } from '../couples/relationship.js';
import type { CoupleId, UserId } from '../ids.js';
import type { Actor } from './space-access.js';

/**
 * Who may see and change the records of talking and reconnecting (conversations and their
 * ratings, meetings, prompt marks, time-outs, triggers, appreciations, time together). One rule
 * for all of them: every record has an owner, a space and a visibility.
 * - `space`: a record of the couple's shared life (a conversation, a meeting and its notes, a
 *   pause, an appreciation, a plan): both partners see it.
 * - `partner`: the owner's own record that they chose to show their partner (a shared trigger,
 *   a rating's note marked for the partner).
 * - `private`: the owner's alone (a rating's numbers, a trigger not shared, their prompt marks).
 */
export type TalkingVisibility = 'private' | 'partner' | 'space';

export interface TalkingRecord {
  readonly coupleId: CoupleId;
  readonly ownerId: UserId;
  readonly visibility: TalkingVisibility;
}

function isActiveMember(actor: Actor | null, coupleId: CoupleId): actor is Actor {
  return actor !== null && actor.activeCoupleId !== null && actor.activeCoupleId === coupleId;
}

/** The owner always while in the space; the partner for what is not private; nobody else. */
export function mayReadTalkingRecord(actor: Actor | null, record: TalkingRecord): boolean {
  if (!isActiveMember(actor, record.coupleId)) return false;
  return actor.userId === record.ownerId || record.visibility !== 'private';
}

/** Only the owner changes their record (a new rating version, sharing a trigger, ending a pause). */
export function mayChangeTalkingRecord(actor: Actor | null, record: TalkingRecord): boolean {
  return isActiveMember(actor, record.coupleId) && actor.userId === record.ownerId;
}

/**
 * Either partner may add to what the couple shares: rate a conversation in the space, write in
 * an open meeting, mark a plan for time together as done.
 */
export function mayContributeTo(actor: Actor | null, record: TalkingRecord): boolean {
  return isActiveMember(actor, record.coupleId) && record.visibility === 'space';
}

/**
 * Trigger moments are the hurt partner's tool: offered to a person whose role is hurt, both, or
 * not stated. The involved partner is offered the other side, responding to one shared with them.
 */
export function mayLogTriggers(role: PartnerRole): boolean {
  return role !== 'involved';
}

/** The partner may answer a trigger moment the owner shared with them; never the owner's own. */
export function mayRespondToTrigger(actor: Actor | null, trigger: TalkingRecord): boolean {
  return (
    isActiveMember(actor, trigger.coupleId) &&
    actor.userId !== trigger.ownerId &&
    trigger.visibility === 'partner'
  );
}

/** A meeting is written in while it is open; a finished meeting's notes are kept as they were. */
export function mayWriteInMeeting(
  actor: Actor | null,
  meeting: { readonly coupleId: CoupleId; readonly finished: boolean },
): boolean {
  return isActiveMember(actor, meeting.coupleId) && !meeting.finished;
}
