import {
  DomainError,
  formatInvitationCode,
  INVITATION_CODE_LENGTH,
  invitationExpiry,
  normalizeInvitationCode,
} from '@amend/core';
import type { AppDeps, RequestOrigin } from '../../platform/deps.js';
import { hashToken, newId, randomBytesFor } from '../../platform/tokens.js';
import { recordAuditEvent } from '../audit/store.js';
import { authorizedSpace } from '../space/service.js';
import { therapistOrNotFound } from './context.js';
import * as store from './store.js';

/**
 * A partner makes a short code to give their therapist. Linking shows the therapist nothing yet:
 * each partner then chooses what to share.
 */
export async function createTherapistCode(
  deps: AppDeps,
  userId: string,
  origin: RequestOrigin,
): Promise<{ code: string; expiresAt: string }> {
  const { coupleId } = await authorizedSpace(deps, userId, 'record');
  const now = deps.now();
  const code = formatInvitationCode(randomBytesFor(INVITATION_CODE_LENGTH));
  const expiresAt = invitationExpiry(now);
  await deps.db.transaction().execute(async (trx) => {
    await store.revokeOpenInvitations(trx, coupleId, now);
    await store.insertInvitation(trx, {
      coupleId,
      id: newId(),
      invitedBy: userId,
      codeHash: hashToken(code),
      createdAt: now,
      expiresAt,
    });
  });
  await recordAuditEvent(
    deps.db,
    {
      action: 'therapist.code_created',
      actorUserId: userId,
      subjectUserId: userId,
      coupleId,
      origin,
    },
    now,
  );
  return { code, expiresAt: expiresAt.toISOString() };
}

function codeNotUsable(): DomainError {
  return new DomainError(
    'INVITATION_NOT_FOUND',
    'That code does not match an open invitation. Check it with the couple, or ask them for a new one.',
    [{ field: 'code', message: 'Check the code, or ask for a new one.' }],
  );
}

/** The therapist enters the code: the couple joins their caseload. */
export async function acceptTherapistCode(
  deps: AppDeps,
  therapistUserId: string,
  typedCode: string,
  origin: RequestOrigin,
): Promise<{ coupleId: string }> {
  await therapistOrNotFound(deps, therapistUserId);
  const code = normalizeInvitationCode(typedCode);
  if (!code) throw codeNotUsable();
  const now = deps.now();
  const invitation = await store.findOpenInvitationByCode(deps.db, hashToken(code));
  if (!invitation || invitation.expiresAt.getTime() <= now.getTime()) throw codeNotUsable();
  const accepted = await deps.db.transaction().execute(async (trx) => {
    if (!(await store.acceptInvitation(trx, invitation, therapistUserId, now))) return false;
    await store.upsertLink(trx, invitation.coupleId, therapistUserId, now);
    return true;
  });
  if (!accepted) throw codeNotUsable();
  await recordAuditEvent(
    deps.db,
    {
      action: 'therapist.linked',
      actorUserId: therapistUserId,
      subjectUserId: therapistUserId,
      coupleId: invitation.coupleId,
      origin,
    },
    now,
  );
  return { coupleId: invitation.coupleId };
}
