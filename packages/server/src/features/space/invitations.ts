import {
  DomainError,
  formatInvitationCode,
  INVITATION_CODE_LENGTH,
  invitationExpiry,
  invitationStatus,
  MAX_SPACE_MEMBERS,
  normalizeInvitationCode,
  type PartnerRole,
  type RelationshipType,
} from '@amend/core';
import type { AppDeps, RequestOrigin } from '../../platform/deps.js';
import { hashToken, newId, newSecretToken, randomBytesFor } from '../../platform/tokens.js';
import { recordAuditEvent } from '../audit/store.js';
import * as invitationStore from './invitation-store.js';
import { assertMayEnterSpace, authorizedSpace } from './service.js';
import * as store from './store.js';

export type InvitationSecret = { token: string } | { code: string };

export interface CreatedInvitation {
  readonly id: string;
  readonly code: string;
  readonly link: string;
  readonly expiresAt: string;
}

/** A new invitation replaces any open one, so at most one link and code work at a time. */
export async function createInvitation(
  deps: AppDeps,
  userId: string,
  origin: RequestOrigin,
): Promise<CreatedInvitation> {
  const { coupleId } = await authorizedSpace(deps, userId, 'invite_partner');
  const members = await store.listActiveMembers(deps.db, coupleId);
  if (members.length >= MAX_SPACE_MEMBERS) {
    throw new DomainError('SPACE_FULL', 'Both partners are already in this space.');
  }
  const now = deps.now();
  const token = newSecretToken();
  const code = formatInvitationCode(randomBytesFor(INVITATION_CODE_LENGTH));
  const id = newId();
  const expiresAt = invitationExpiry(now);
  await deps.db.transaction().execute(async (trx) => {
    await invitationStore.revokeOpenInvitations(trx, coupleId, now);
    await invitationStore.insertInvitation(trx, {
      coupleId,
      id,
      invitedBy: userId,
      tokenHash: hashToken(token),
      codeHash: hashToken(code),
      createdAt: now,
      expiresAt,
    });
  });
  await recordAuditEvent(
    deps.db,
    { action: 'invitation.created', actorUserId: userId, subjectUserId: userId, coupleId, origin },
    now,
  );
  return {
    id,
    code,
    link: new URL(`/join/${token}`, deps.config.publicUrl).toString(),
    expiresAt: expiresAt.toISOString(),
  };
}

export async function revokeInvitation(
  deps: AppDeps,
  userId: string,
  invitationId: string,
  origin: RequestOrigin,
): Promise<void> {
  const { coupleId } = await authorizedSpace(deps, userId, 'revoke_invitation');
  const now = deps.now();
  if (!(await invitationStore.revokeInvitation(deps.db, coupleId, invitationId, now))) {
    throw new DomainError('INVITATION_NOT_FOUND', 'There is no open invitation with that id.');
  }
  await recordAuditEvent(
    deps.db,
    { action: 'invitation.revoked', actorUserId: userId, subjectUserId: userId, coupleId, origin },
    now,
  );
}

/** Finds an invitation by its link token or short code and insists that it can still be used. */
async function usableInvitation(
  deps: AppDeps,
  secret: InvitationSecret,
): Promise<invitationStore.InvitationRow> {
  let invitation: invitationStore.InvitationRow | null = null;
  if ('token' in secret) {
    invitation = await invitationStore.findInvitationBySecret(deps.db, {
      tokenHash: hashToken(secret.token),
    });
  } else {
    const code = normalizeInvitationCode(secret.code);
    if (code)
      invitation = await invitationStore.findInvitationBySecret(deps.db, {
        codeHash: hashToken(code),
      });
  }
  if (!invitation) {
    throw new DomainError(
      'INVITATION_NOT_FOUND',
      'We could not find that invitation. Check the link or code, or ask your partner for a new one.',
    );
  }
  switch (invitationStatus(invitation, deps.now())) {
    case 'expired':
      throw new DomainError(
        'INVITATION_EXPIRED',
        'This invitation has expired. Ask your partner to send a new one.',
      );
    case 'revoked':
      throw new DomainError(
        'INVITATION_REVOKED',
        'This invitation was withdrawn. Ask your partner for a new one if you both still want to go ahead.',
      );
    case 'accepted':
    case 'declined':
      throw new DomainError(
        'INVITATION_USED',
        'This invitation has already been used. Ask your partner for a new one if you need it.',
      );
    case 'pending':
      return invitation;
  }
}

export interface InvitationPreview {
  readonly inviterName: string;
  readonly relationshipType: RelationshipType;
  readonly expiresAt: string;
}

export async function previewInvitation(
  deps: AppDeps,
  userId: string,
  secret: InvitationSecret,
): Promise<InvitationPreview> {
  const invitation = await usableInvitation(deps, secret);
  if (invitation.invitedBy === userId) {
    throw new DomainError(
      'INVITATION_OWN',
      'This is your own invitation. Send the link or code to your partner.',
    );
  }
  const [couple, inviterName] = await Promise.all([
    store.findCouple(deps.db, invitation.coupleId),
    invitationStore.inviterName(deps.db, invitation.invitedBy),
  ]);
  return {
    inviterName: inviterName ?? 'Your partner',
    relationshipType: (couple?.relationshipType ?? 'other') as RelationshipType,
    expiresAt: invitation.expiresAt.toISOString(),
  };
}

const ALREADY_IN_SPACE =
  'You are already in a recovery space. Leave it first if you want to join this one.';

export async function acceptInvitation(
  deps: AppDeps,
  userId: string,
  secret: InvitationSecret,
  role: PartnerRole,
  origin: RequestOrigin,
): Promise<string> {
  const invitation = await usableInvitation(deps, secret);
  if (invitation.invitedBy === userId) {
    throw new DomainError(
      'INVITATION_OWN',
      'This is your own invitation. Send the link or code to your partner.',
    );
  }
  await assertMayEnterSpace(deps, userId);
  const now = deps.now();
  const { coupleId } = invitation;
  try {
    await deps.db.transaction().execute(async (trx) => {
      if (!(await store.lockCouple(trx, coupleId))) {
        throw new DomainError(
          'INVITATION_REVOKED',
          'This space has closed, so the invitation no longer works.',
        );
      }
      if ((await store.listActiveMembers(trx, coupleId)).length >= MAX_SPACE_MEMBERS) {
        throw new DomainError('SPACE_FULL', 'This space already has two partners in it.');
      }
      if (
        !(await invitationStore.closeInvitation(trx, coupleId, invitation.id, {
          acceptedBy: userId,
          at: now,
        }))
      ) {
        throw new DomainError(
          'INVITATION_USED',
          'This invitation has already been used. Ask your partner for a new one if you need it.',
        );
      }
      await store.insertMember(trx, { coupleId, id: newId(), userId, role, joinedAt: now });
    });
  } catch (error) {
    if (store.isUniqueViolation(error)) throw new DomainError('ALREADY_IN_SPACE', ALREADY_IN_SPACE);
    throw error;
  }
  await recordAuditEvent(
    deps.db,
    { action: 'space.joined', actorUserId: userId, subjectUserId: userId, coupleId, origin },
    now,
  );
  return coupleId;
}

export async function declineInvitation(
  deps: AppDeps,
  userId: string,
  secret: InvitationSecret,
  origin: RequestOrigin,
): Promise<void> {
  const invitation = await usableInvitation(deps, secret);
  if (invitation.invitedBy === userId) {
    throw new DomainError(
      'INVITATION_OWN',
      'This is your own invitation. To withdraw it, revoke it from your space.',
    );
  }
  const now = deps.now();
  await invitationStore.closeInvitation(deps.db, invitation.coupleId, invitation.id, {
    declinedAt: now,
  });
  await recordAuditEvent(
    deps.db,
    {
      action: 'invitation.declined',
      actorUserId: userId,
      subjectUserId: invitation.invitedBy,
      coupleId: invitation.coupleId,
      origin,
    },
    now,
  );
}
