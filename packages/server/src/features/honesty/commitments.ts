import {
  type CommitmentFrequency,
  checkAcknowledge,
  checkCommitmentUntil,
  checkMarkableWeek,
  commitmentConsistency,
  commitmentWeeks,
  consistencySummary,
  DomainError,
  type KeptMark,
  type LocalDate,
  mayDisclose,
  parseLocalDate,
} from '@amend/core';
import type { AppDeps } from '../../platform/deps.js';
import { newId } from '../../platform/tokens.js';
import type { SpaceContext } from '../space/service.js';
import {
  cleanText,
  notFound,
  notifyPartner,
  type TalkingContext,
  talkingContext,
} from '../talking/context.js';

export interface CommitmentInput {
  readonly what: string;
  readonly howOften: CommitmentFrequency;
  readonly until: string;
}

/** The involved partner states something concrete and checkable; the partner hears of it. */
export async function makeCommitment(deps: AppDeps, userId: string, input: CommitmentInput) {
  const ctx = await talkingContext(deps, userId, 'record');
  if (!mayDisclose(ctx.role)) {
    throw new DomainError(
      'COMMITMENT_NOT_YOURS',
      'Commitments are made by the partner who was involved. You can mark and acknowledge them.',
    );
  }
  const what = cleanText(input.what);
  if (!what) {
    throw new DomainError('VALIDATION_FAILED', 'Say what you commit to.', [
      { field: 'what', message: 'Write what you will do.' },
    ]);
  }
  const until = parseLocalDate(input.until);
  if (!until) {
    throw new DomainError('VALIDATION_FAILED', 'The end date needs another look.', [
      { field: 'until', message: 'Enter a real date, like 2027-03-14.' },
    ]);
  }
  checkCommitmentUntil(until, ctx.today);
  const id = newId();
  await deps.db
    .insertInto('commitments')
    .values({
      couple_id: ctx.coupleId,
      id,
      author_id: userId,
      what,
      how_often: input.howOften,
      made_on: ctx.today,
      until,
      created_at: deps.now(),
    })
    .execute();
  await notifyPartner(deps, ctx, 'commitment.made', { type: 'commitment', id });
  return { id };
}

async function findCommitment(deps: AppDeps, ctx: TalkingContext, commitmentId: string) {
  const row = await deps.db
    .selectFrom('commitments')
    .select(['id', 'author_id as authorId', 'made_on as madeOn', 'until'])
    .where('couple_id', '=', ctx.coupleId)
    .where('id', '=', commitmentId)
    .executeTakeFirst();
  if (!row) throw notFound('commitment');
  return row;
}

/** Each partner marks each week from their own view; a later mark for a week replaces theirs. */
export async function markWeek(
  deps: AppDeps,
  userId: string,
  commitmentId: string,
  week: number,
  mark: KeptMark,
): Promise<void> {
  const ctx = await talkingContext(deps, userId, 'record');
  const commitment = await findCommitment(deps, ctx, commitmentId);
  checkMarkableWeek(week, commitment.madeOn as LocalDate, commitment.until as LocalDate, ctx.today);
  await deps.db
    .insertInto('commitment_marks')
    .values({
      couple_id: ctx.coupleId,
      id: newId(),
      commitment_id: commitmentId,
      user_id: userId,
      week,
      mark,
      created_at: deps.now(),
    })
    .execute();
}

/** The hurt partner's acknowledgement: once, never by the one who made the commitment. */
export async function acknowledge(
  deps: AppDeps,
  userId: string,
  commitmentId: string,
  note: string | undefined,
): Promise<void> {
  const ctx = await talkingContext(deps, userId, 'record');
  const commitment = await findCommitment(deps, ctx, commitmentId);
  checkAcknowledge(commitment.authorId, userId, false);
  // The insert is the check for "once": two presses at the same moment keep one row.
  const inserted = await deps.db
    .insertInto('commitment_acknowledgements')
    .values({
      couple_id: ctx.coupleId,
      commitment_id: commitmentId,
      user_id: userId,
      note: cleanText(note),
      created_at: deps.now(),
    })
    .onConflict((conflict) => conflict.doNothing())
    .returning('user_id')
    .executeTakeFirst();
  if (!inserted) checkAcknowledge(commitment.authorId, userId, true);
}

/** Every commitment in the space with each week's two views and the pattern they make. */
export async function commitmentsOverview(deps: AppDeps, userId: string) {
  const ctx = await talkingContext(deps, userId, 'view');
  const rows = await commitmentRows(deps, ctx);
  const [marks, acknowledgements] = await Promise.all([
    deps.db
      .selectFrom('commitment_marks')
      .select(['commitment_id as commitmentId', 'user_id as userId', 'week', 'mark'])
      .where('couple_id', '=', ctx.coupleId)
      .orderBy('created_at')
      .execute(),
    deps.db
      .selectFrom('commitment_acknowledgements')
      .select(['commitment_id as commitmentId', 'user_id as userId', 'note', 'created_at as at'])
      .where('couple_id', '=', ctx.coupleId)
      .execute(),
  ]);
  return {
    mayCommit: mayDisclose(ctx.role),
    today: ctx.today,
    commitments: rows.map((row) => {
      const weeks = commitmentConsistency(
        commitmentWeeks(row.madeOn as LocalDate, row.until as LocalDate, ctx.today),
        marks
          .filter((mark) => mark.commitmentId === row.id)
          .map((mark) => ({ userId: mark.userId, week: mark.week, mark: mark.mark as KeptMark })),
        row.authorId,
      );
      const yours = row.authorId === userId;
      const acknowledged = acknowledgements.find((item) => item.commitmentId === row.id);
      return {
        id: row.id,
        author: ctx.person(row.authorId),
        what: row.what,
        howOften: row.howOften,
        madeOn: row.madeOn,
        until: row.until,
        createdAt: row.createdAt.toISOString(),
        acknowledgement: acknowledged
          ? { note: acknowledged.note, at: acknowledged.at.toISOString() }
          : null,
        mayAcknowledge: !yours && !acknowledged,
        weeks: weeks.map((week) => ({
          week: week.week,
          startsOn: week.startsOn,
          endsOn: week.endsOn,
          yourMark: yours ? week.authorMark : week.partnerMark,
          partnerMark: yours ? week.partnerMark : week.authorMark,
          outcome: week.outcome,
          gap: week.gap,
        })),
        summary: consistencySummary(weeks),
      };
    }),
  };
}

export async function commitmentRows(deps: AppDeps, space: SpaceContext) {
  return deps.db
    .selectFrom('commitments')
    .select([
      'id',
      'author_id as authorId',
      'what',
      'how_often as howOften',
      'made_on as madeOn',
      'until',
      'created_at as createdAt',
    ])
    .where('couple_id', '=', space.coupleId)
    .orderBy('created_at', 'desc')
    .execute();
}
