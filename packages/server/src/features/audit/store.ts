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
  | 'account.password_changed'
  | 'account.email_changed'
  | 'account.reauthentication_failed'
  | 'account.second_factor_failed'
  | 'account.two_factor_enabled'
  | 'account.two_factor_disabled'
  | 'account.recovery_codes_regenerated'
  | 'account.recovery_code_used'
  | 'account.passkey_added'
  | 'account.passkey_removed'
  | 'session.revoked'
  | 'session.others_revoked'
  | 'space.created'
  | 'space.joined'
  | 'space.left'
  | 'invitation.created'
  | 'invitation.revoked'
  | 'invitation.declined'
  | 'instrument.imported'
  | 'instrument.retired'
  // The access log: someone looked at or added to records that concern another person. Details
  // name the kind of record and ids, never what the records say.
  | 'record.viewed'
  | 'record.changed'
  | 'data.exported'
  // The anonymous stub left by a deleted account: no actor, no subject, no details.
  | 'account.deleted'
  // Journal events name the journal or an entry's id, never anything it says.
  | 'journal.keyring_read'
  | 'journal.set_up'
  | 'journal.passphrase_changed'
  | 'journal.deleted'
  | 'journal.entry_created'
  | 'journal.entry_changed'
  | 'journal.entry_deleted'
  // The therapist portal: a couple's code for a therapist, the link, and each partner's consent.
  | 'therapist.code_created'
  | 'therapist.linked'
  | 'therapist.consent_granted'
  | 'therapist.consent_widened'
  | 'therapist.consent_narrowed'
  | 'therapist.consent_changed'
  | 'therapist.consent_revoked';

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
