import {
  type Actor,
  type CoupleId,
  DomainError,
  type LocalDate,
  localDateOf,
  type NotificationKind,
  type PartnerRole,
  parseLocalDate,
  type SpaceAction,
  type TalkingRecord,
  type TalkingVisibility,
  type UserId,
} from '@amend/core';
import type { AppDeps } from '../../platform/deps.js';
import { notify } from '../notifications/service.js';
import { ownRole, type SpaceContext, spaceContext } from '../space/service.js';

/** How a person is named on a record: by display name, and whether it is the viewer. */
export interface PersonView {
  readonly displayName: string;
  readonly isYou: boolean;
}

/**
 * Who is asking, in which space, resolved once by the space policy (deny by default: "not
 * found" outside a space), with what every talking read or write needs: the actor for the
 * talking policy, their role, their today, and how to name each member.
 */
export interface TalkingContext extends SpaceContext {
  readonly actor: Actor;
  readonly role: PartnerRole;
  readonly today: LocalDate;
  readonly memberIds: readonly string[];
  readonly partner: { readonly userId: string; readonly displayName: string } | null;
  /** The person as the viewer sees them; null for someone no longer in the space. */
  person(userId: string | null): PersonView | null;
  /** The policy's view of a record in this space. */
  record(ownerId: string, visibility: TalkingVisibility): TalkingRecord;
}

export async function talkingContext(
  deps: AppDeps,
  userId: string,
  action: SpaceAction,
): Promise<TalkingContext> {
  const space = await spaceContext(deps, userId, action);
  const partner = space.members.find((member) => member.userId !== userId) ?? null;
  return {
    ...space,
    actor: { userId: userId as UserId, activeCoupleId: space.coupleId as CoupleId },
    role: ownRole(space),
    today: localDateOf(deps.now(), space.timeZone),
    memberIds: space.members.map((member) => member.userId),
    partner: partner ? { userId: partner.userId, displayName: partner.displayName } : null,
    person(id) {
      const member = space.members.find((candidate) => candidate.userId === id);
      return member ? { displayName: member.displayName, isYou: member.userId === userId } : null;
    },
    record(ownerId, visibility) {
      return {
        coupleId: space.coupleId as CoupleId,
        ownerId: ownerId as UserId,
        visibility,
      };
    },
  };
}

/** The same answer for a record that does not exist and one the person may not see. */
export function notFound(what: string): DomainError {
  return new DomainError('NOT_FOUND', `There is no ${what} with that id in your space.`);
}

/** A calendar date the person typed: real, and not after their today. */
export function pastOrTodayDate(value: string, today: LocalDate, field: string): LocalDate {
  const date = parseLocalDate(value);
  if (!date || date > today) {
    throw new DomainError('VALIDATION_FAILED', 'The date needs another look.', [
      {
        field,
        message: date ? 'This date is in the future.' : 'Enter a real date, like 2026-03-14.',
      },
    ]);
  }
  return date;
}

/** Text as stored: trimmed, and null when nothing is left. */
export function cleanText(text: string | undefined): string | null {
  const trimmed = text?.trim();
  return trimmed ? trimmed : null;
}

/** Tells the partner, in the app, that something concerning them happened (no words stored). */
export async function notifyPartner(
  deps: AppDeps,
  ctx: TalkingContext,
  kind: NotificationKind,
  subject: { type: string; id: string },
): Promise<void> {
  if (!ctx.partner) return;
  await notify(deps, {
    recipientUserId: ctx.partner.userId,
    coupleId: ctx.coupleId,
    kind,
    subject,
    actorUserId: ctx.userId,
  });
}
