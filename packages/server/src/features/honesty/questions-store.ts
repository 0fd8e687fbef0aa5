import type { AnswerMark, QuestionEvent } from '@amend/core';
import type { AmendDb } from '../../db/database.js';

export interface QuestionRow {
  readonly id: string;
  readonly askedBy: string;
  readonly text: string;
  readonly createdAt: Date;
}

export interface AnswerRow {
  readonly id: string;
  readonly questionId: string;
  readonly authorId: string;
  readonly text: string;
  readonly createdAt: Date;
}

export interface EventRow {
  readonly questionId: string;
  readonly type: string;
  readonly byUser: string | null;
  readonly answerId: string | null;
  readonly mark: string | null;
  readonly createdAt: Date;
}

// Someone who deleted their account is still one person in a question's history.
const FORMER_MEMBER = 'former-member';

/**
 * A question's facts for the core state machine, oldest first: asked, each answer, each event.
 * Answers and events are interleaved by time, which is the order they happened in.
 */
export function questionEvents(
  question: QuestionRow,
  answers: readonly AnswerRow[],
  events: readonly EventRow[],
): QuestionEvent[] {
  const timed: { at: number; event: QuestionEvent }[] = [
    ...answers.map((answer) => ({
      at: answer.createdAt.getTime(),
      event: { type: 'answered', by: answer.authorId, answerId: answer.id } as const,
    })),
    ...events.map((row) => ({ at: row.createdAt.getTime(), event: eventOf(row) })),
  ];
  timed.sort((a, b) => a.at - b.at);
  return [{ type: 'asked', by: question.askedBy }, ...timed.map((item) => item.event)];
}

function eventOf(row: EventRow): QuestionEvent {
  const by = row.byUser ?? FORMER_MEMBER;
  if (row.type === 'marked' && row.answerId && row.mark) {
    return { type: 'marked', by, answerId: row.answerId, mark: row.mark as AnswerMark };
  }
  return { type: row.type as 'held' | 'released' | 'withdrawn', by };
}

export async function insertQuestion(
  db: AmendDb,
  row: QuestionRow & { coupleId: string },
): Promise<void> {
  await db
    .insertInto('questions')
    .values({
      couple_id: row.coupleId,
      id: row.id,
      asked_by: row.askedBy,
      text: row.text,
      created_at: row.createdAt,
    })
    .execute();
}

export async function listQuestions(db: AmendDb, coupleId: string) {
  const [questions, answers, events] = await Promise.all([
    db
      .selectFrom('questions')
      .select(['id', 'asked_by as askedBy', 'text', 'created_at as createdAt'])
      .where('couple_id', '=', coupleId)
      .orderBy('created_at', 'desc')
      .execute(),
    db
      .selectFrom('question_answers')
      .select([
        'id',
        'question_id as questionId',
        'author_id as authorId',
        'text',
        'created_at as createdAt',
      ])
      .where('couple_id', '=', coupleId)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('question_events')
      .select([
        'question_id as questionId',
        'type',
        'by_user as byUser',
        'answer_id as answerId',
        'mark',
        'created_at as createdAt',
      ])
      .where('couple_id', '=', coupleId)
      .orderBy('created_at')
      .execute(),
  ]);
  return { questions, answers, events };
}

/**
 * Runs `change` with the question locked, so two actions on one question (an answer and a
 * withdrawal pressed at the same moment) are decided one after the other on fresh facts.
 * Answers undefined when the question is not in the space.
 */
export async function withLockedQuestion<T>(
  db: AmendDb,
  coupleId: string,
  questionId: string,
  change: (
    trx: AmendDb,
    facts: { question: QuestionRow; answers: AnswerRow[]; events: EventRow[] },
  ) => Promise<T>,
): Promise<T | undefined> {
  return db.transaction().execute(async (trx) => {
    const question = await trx
      .selectFrom('questions')
      .select(['id', 'asked_by as askedBy', 'text', 'created_at as createdAt'])
      .where('couple_id', '=', coupleId)
      .where('id', '=', questionId)
      .forUpdate()
      .executeTakeFirst();
    if (!question) return undefined;
    const [answers, events] = await Promise.all([
      trx
        .selectFrom('question_answers')
        .select([
          'id',
          'question_id as questionId',
          'author_id as authorId',
          'text',
          'created_at as createdAt',
        ])
        .where('couple_id', '=', coupleId)
        .where('question_id', '=', questionId)
        .orderBy('created_at')
        .execute(),
      trx
        .selectFrom('question_events')
        .select([
          'question_id as questionId',
          'type',
          'by_user as byUser',
          'answer_id as answerId',
          'mark',
          'created_at as createdAt',
        ])
        .where('couple_id', '=', coupleId)
        .where('question_id', '=', questionId)
        .orderBy('created_at')
        .execute(),
    ]);
    return change(trx, { question, answers, events });
  });
}

export async function insertAnswer(
  db: AmendDb,
  row: AnswerRow & { coupleId: string },
): Promise<void> {
  await db
    .insertInto('question_answers')
    .values({
      couple_id: row.coupleId,
      id: row.id,
      question_id: row.questionId,
      author_id: row.authorId,
      text: row.text,
      created_at: row.createdAt,
    })
    .execute();
}

export async function insertEvent(
  db: AmendDb,
  row: {
    coupleId: string;
    id: string;
    questionId: string;
    type: 'marked' | 'held' | 'released' | 'withdrawn';
    byUser: string;
    answerId: string | null;
    mark: AnswerMark | null;
    at: Date;
  },
): Promise<void> {
  await db
    .insertInto('question_events')
    .values({
      couple_id: row.coupleId,
      id: row.id,
      question_id: row.questionId,
      type: row.type,
      by_user: row.byUser,
      answer_id: row.answerId,
      mark: row.mark,
      created_at: row.at,
    })
    .execute();
}
