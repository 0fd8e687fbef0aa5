import type { AmendDb } from '../../db/database.js';
import { notificationsOf } from '../notifications/store.js';

/**
 * A person's part in agreements, across every space they were in: every version they proposed
 * (with its terms and reason), every answer they gave (accepted, declined, withdrew, ended, with
 * the reason), their own weekly "did it hold?" marks, and the in-app notifications they received.
 * The versions and answers of the partner are the partner's.
 */
export interface AgreementsData {
  readonly agreementVersionsProposed: readonly Record<string, unknown>[];
  readonly agreementAnswers: readonly Record<string, unknown>[];
  readonly agreementHoldingMarks: readonly Record<string, unknown>[];
  readonly notifications: readonly Record<string, unknown>[];
}

export async function readAgreementsData(db: AmendDb, userId: string): Promise<AgreementsData> {
  const [versions, answers, marks, notifications] = await Promise.all([
    db
      .selectFrom('agreement_versions')
      .select([
        'agreement_id as agreementId',
        'version',
        'change_kind as changeKind',
        'title',
        'practice',
        'category',
        'review_on as reviewOn',
        'sunset_steps as sunsetSteps',
        'steps_taken as stepsTaken',
        'reason',
        'created_at as createdAt',
      ])
      .where('proposed_by', '=', userId)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('agreement_events')
      .select([
        'agreement_id as agreementId',
        'type',
        'version',
        'reason',
        'created_at as createdAt',
      ])
      .where('actor_id', '=', userId)
      .where('type', '<>', 'proposed')
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('agreement_holding')
      .select([
        'agreement_id as agreementId',
        'week_start as weekStart',
        'mark',
        'created_at as createdAt',
        'updated_at as updatedAt',
      ])
      .where('user_id', '=', userId)
      .orderBy('week_start')
      .execute(),
    notificationsOf(db, userId),
  ]);
  return {
    agreementVersionsProposed: versions,
    agreementAnswers: answers,
    agreementHoldingMarks: marks,
    notifications: notifications.map(({ recipientId: _recipient, ...rest }) => rest),
  };
}
