import type { AmendDb } from '../../db/database.js';
import type { RequestOrigin } from '../../platform/deps.js';
import { newId } from '../../platform/tokens.js';

export type AuditAction =
  | 'account.created'
  | 'account.signed_in'
  | 'account.sign_in_failed'
  | 'account.signed_out'
  | 'account.password_reset_requested'
  | 'account.password_reset'
  | 'space.created'
  | 'space.joined'
  | 'space.left'
  | 'invitation.created'
  | 'invitation.revoked'
  | 'invitation.declined';

export interface AuditEvent {
  readonly action: AuditAction;
  readonly actorUserId: string | null;
  /** Whose data or account this concerns: the person who will see it in their access log. */
  readonly subjectUserId: string | null;
  readonly coupleId?: string | null;
  readonly origin?: RequestOrigin;
  readonly details?: Record<string, unknown>;
}

/** Appends one event. The table refuses updates and deletes (see migration 0001). */
export async function recordAuditEvent(db: AmendDb, event: AuditEvent, at: Date): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({
      id: newId(),
      occurred_at: at,
      actor_user_id: event.actorUserId,
      subject_user_id: event.subjectUserId,
      couple_id: event.coupleId ?? null,
      action: event.action,
      ip_address: event.origin?.ipAddress ?? null,
      user_agent: event.origin?.userAgent ?? null,
      details: JSON.stringify(event.details ?? {}),
    })
    .execute();
}
