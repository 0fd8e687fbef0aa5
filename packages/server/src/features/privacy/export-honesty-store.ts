import type { AmendDb } from '../../db/database.js';

/**
 * What a person wrote in questions and answers, disclosures, the full account and
 * commitments, across every space they were in: the questions they asked, the answers they
 * gave, their marks, holds and withdrawals, their disclosures, every version of their full
 * accounts with the steps taken on them, their commitments, their weekly marks and the
 * acknowledgements they gave. The partner's words (their answers, their accounts) are theirs.
 */
export interface HonestyData {
  readonly questionsAsked: readonly Record<string, unknown>[];
  readonly answersGiven: readonly Record<string, unknown>[];
  readonly questionSteps: readonly Record<string, unknown>[];
  readonly disclosures: readonly Record<string, unknown>[];
  readonly fullAccountVersions: readonly Record<string, unknown>[];
  readonly fullAccountSteps: readonly Record<string, unknown>[];
  readonly commitmentsMade: readonly Record<string, unknown>[];
  readonly commitmentMarks: readonly Record<string, unknown>[];
  readonly acknowledgementsGiven: readonly Record<string, unknown>[];
}

export async function readHonestyData(db: AmendDb, userId: string): Promise<HonestyData> {
  const [
    questionsAsked,
    answersGiven,
    questionSteps,
    disclosures,
    fullAccountVersions,
    fullAccountSteps,
    commitmentsMade,
    commitmentMarks,
    acknowledgementsGiven,
  ] = await Promise.all([
    db
      .selectFrom('questions')
      .select(['id', 'text', 'created_at as createdAt'])
      .where('asked_by', '=', userId)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('question_answers')
      .select(['id', 'question_id as questionId', 'text', 'created_at as createdAt'])
      .where('author_id', '=', userId)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('question_events')
      .select([
        'question_id as questionId',
        'type',
        'answer_id as answerId',
        'mark',
        'created_at as createdAt',
      ])
      .where('by_user', '=', userId)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('disclosures')
      .select([
        'id',
        'topic',
        'occurred_on as occurredOn',
        'text',
        'incident_id as incidentId',
        'created_at as createdAt',
      ])
      .where('user_id', '=', userId)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('full_account_versions as v')
      .innerJoin('full_accounts as a', (join) =>
        join.onRef('a.couple_id', '=', 'v.couple_id').onRef('a.id', '=', 'v.account_id'),
      )
      .select(['v.account_id as accountId', 'v.version', 'v.text', 'v.created_at as createdAt'])
      .where('a.author_id', '=', userId)
      .orderBy('v.created_at')
      .execute(),
    db
      .selectFrom('full_account_events')
      .select(['account_id as accountId', 'type', 'version', 'created_at as createdAt'])
      .where('by_user', '=', userId)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('commitments')
      .select([
        'id',
        'what',
        'how_often as howOften',
        'made_on as madeOn',
        'until',
        'created_at as createdAt',
      ])
      .where('author_id', '=', userId)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('commitment_marks')
      .select(['commitment_id as commitmentId', 'week', 'mark', 'created_at as createdAt'])
      .where('user_id', '=', userId)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('commitment_acknowledgements')
      .select(['commitment_id as commitmentId', 'note', 'created_at as createdAt'])
      .where('user_id', '=', userId)
      .orderBy('created_at')
      .execute(),
  ]);
  return {
    questionsAsked,
    answersGiven,
    questionSteps,
    disclosures,
    fullAccountVersions,
    fullAccountSteps,
    commitmentsMade,
    commitmentMarks,
    acknowledgementsGiven,
  };
}
