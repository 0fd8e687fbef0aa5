import {
  type AnswerMark,
  checkQuestionAction,
  countQuestions,
  DomainError,
  mayAnswer,
  mayAsk,
  type QuestionAction,
  questionEventFor,
  questionStatus,
} from '@amend/core';
import type { AppDeps } from '../../platform/deps.js';
import { newId } from '../../platform/tokens.js';
import type { SpaceContext } from '../space/service.js';
import {
  cleanText,
  notFound,
  notifyPartner,
  type PersonView,
  type TalkingContext,
  talkingContext,
} from '../talking/context.js';
import * as store from './questions-store.js';

export interface AnswerView {
  readonly id: string;
  readonly author: PersonView | null;
  readonly text: string;
  readonly createdAt: string;
  /** The asker's latest word on this answer; null until they give one. */
  readonly mark: AnswerMark | null;
}

export interface QuestionView {
  readonly id: string;
  readonly askedBy: PersonView | null;
  readonly text: string;
  readonly createdAt: string;
  readonly state: 'waiting' | 'answered' | 'on_hold' | 'withdrawn';
  readonly open: boolean;
  readonly answers: AnswerView[];
  /** What the viewer may do now, from the core rules. */
  readonly youMay: {
    answer: boolean;
    mark: boolean;
    hold: boolean;
    release: boolean;
    withdraw: boolean;
  };
}

function allowed(check: () => void): boolean {
  try {
    check();
    return true;
  } catch {
    return false;
  }
}

function present(
  ctx: TalkingContext,
  question: store.QuestionRow,
  answers: readonly store.AnswerRow[],
  events: readonly store.EventRow[],
): QuestionView {
  const own = answers.filter((answer) => answer.questionId === question.id);
  const status = questionStatus(
    store.questionEvents(
      question,
      own,
      events.filter((event) => event.questionId === question.id),
    ),
  );
  const may = (action: QuestionAction) =>
    allowed(() => checkQuestionAction(status, action, ctx.userId));
  return {
    id: question.id,
    askedBy: ctx.person(question.askedBy),
    text: question.text,
    createdAt: question.createdAt.toISOString(),
    state: status.state,
    open: status.open,
    answers: own.map((answer) => ({
      id: answer.id,
      author: ctx.person(answer.authorId),
      text: answer.text,
      createdAt: answer.createdAt.toISOString(),
      mark: status.marks.get(answer.id) ?? null,
    })),
    youMay: {
      answer: mayAnswer(ctx.role) && may({ type: 'answer', answerId: '' }),
      mark:
        status.answerIds.length > 0 &&
        may({ type: 'mark', answerId: status.answerIds[0] ?? '', mark: 'helped' }),
      hold: may({ type: 'hold' }),
      release: may({ type: 'release' }),
      withdraw: may({ type: 'withdraw' }),
    },
  };
}

/** Every question in the space with every answer, newest question first; both partners see all. */
export async function questionsOverview(deps: AppDeps, userId: string) {
  const ctx = await talkingContext(deps, userId, 'view');
  const { questions, answers, events } = await store.listQuestions(deps.db, ctx.coupleId);
  const views = questions.map((question) => present(ctx, question, answers, events));
  return {
    mayAsk: mayAsk(ctx.role),
    mayAnswer: mayAnswer(ctx.role),
    counts: {
      open: views.filter((view) => view.open).length,
      onHold: views.filter((view) => view.state === 'on_hold').length,
    },
    questions: views,
  };
}

export async function askQuestion(deps: AppDeps, userId: string, text: string) {
  const ctx = await talkingContext(deps, userId, 'record');
  if (!mayAsk(ctx.role)) {
    throw new DomainError(
      'QUESTION_NOT_YOURS',
      'Questions are asked by the partner who was hurt. You answer the ones asked of you.',
    );
  }
  const body = requiredText(text, 'text', 'Write your question.');
  const id = newId();
  await store.insertQuestion(deps.db, {
    coupleId: ctx.coupleId,
    id,
    askedBy: userId,
    text: body,
    createdAt: deps.now(),
  });
  await notifyPartner(deps, ctx, 'question.asked', { type: 'question', id });
  return { id };
}

function requiredText(text: string, field: string, message: string): string {
  const body = cleanText(text);
  if (!body) throw new DomainError('VALIDATION_FAILED', message, [{ field, message }]);
  return body;
}

/**
 * One action on a question, decided by the core rules on the question's facts read under a
 * lock: a refused action (answering a question withdrawn a moment ago) changes nothing. The
 * fact the rules add is stored: an answer with its text, anything else as a question event.
 */
async function act(
  deps: AppDeps,
  ctx: TalkingContext,
  questionId: string,
  action: QuestionAction,
  answerText: string | null,
): Promise<void> {
  const done = await store.withLockedQuestion(
    deps.db,
    ctx.coupleId,
    questionId,
    async (trx, facts) => {
      const status = questionStatus(
        store.questionEvents(facts.question, facts.answers, facts.events),
      );
      checkQuestionAction(status, action, ctx.userId);
      // Facts are ordered by time: a new one never shares or precedes the latest's instant.
      const latest = Math.max(
        facts.question.createdAt.getTime(),
        ...facts.answers.map((answer) => answer.createdAt.getTime()),
        ...facts.events.map((event) => event.createdAt.getTime()),
      );
      const at = new Date(Math.max(deps.now().getTime(), latest + 1));
      const event = questionEventFor(action, ctx.userId);
      const base = { coupleId: ctx.coupleId, questionId };
      if (event.type === 'answered') {
        await store.insertAnswer(trx, {
          ...base,
          id: event.answerId,
          authorId: ctx.userId,
          text: answerText ?? '',
          createdAt: at,
        });
      } else if (event.type !== 'asked') {
        await store.insertEvent(trx, {
          ...base,
          id: newId(),
          type: event.type,
          byUser: ctx.userId,
          answerId: event.type === 'marked' ? event.answerId : null,
          mark: event.type === 'marked' ? event.mark : null,
          at,
        });
      }
      return true;
    },
  );
  if (!done) throw notFound('question');
}

export async function answerQuestion(
  deps: AppDeps,
  userId: string,
  questionId: string,
  text: string,
) {
  const ctx = await talkingContext(deps, userId, 'record');
  if (!mayAnswer(ctx.role)) {
    throw new DomainError(
      'QUESTION_NOT_YOURS',
      'Questions are answered by the partner who was involved.',
    );
  }
  const body = requiredText(text, 'text', 'Write your answer.');
  const id = newId();
  await act(deps, ctx, questionId, { type: 'answer', answerId: id }, body);
  await notifyPartner(deps, ctx, 'question.answered', { type: 'question', id: questionId });
  return { id };
}

export type QuestionStep =
  | { readonly type: 'hold' | 'release' | 'withdraw' }
  | { readonly type: 'mark'; readonly answerId: string; readonly mark: AnswerMark };

export async function changeQuestion(
  deps: AppDeps,
  userId: string,
  questionId: string,
  step: QuestionStep,
): Promise<void> {
  const ctx = await talkingContext(deps, userId, 'record');
  await act(deps, ctx, questionId, step, null);
}

/** Where each question of the space stands, folded by core from its facts. */
export async function questionStatusesInSpace(deps: AppDeps, coupleId: string) {
  const { questions, answers, events } = await store.listQuestions(deps.db, coupleId);
  return questions.map((question) => ({
    id: question.id,
    askedAt: question.createdAt,
    status: questionStatus(
      store.questionEvents(
        question,
        answers.filter((answer) => answer.questionId === question.id),
        events.filter((event) => event.questionId === question.id),
      ),
    ),
  }));
}

/** The home page's count: questions waiting for an answer, and those kept for a session. */
export async function questionCountsInSpace(deps: AppDeps, space: SpaceContext) {
  const questions = await questionStatusesInSpace(deps, space.coupleId);
  return countQuestions(questions.map((question) => question.status));
}
