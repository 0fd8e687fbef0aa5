import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import {
  checkQuestionAction,
  countQuestions,
  type QuestionAction,
  type QuestionEvent,
  questionEventFor,
  questionStatus,
} from './questions.js';
import { mayAnswer, mayAsk, mayDisclose } from './roles.js';

const ASKER = 'hurt-partner';
const ANSWERER = 'involved-partner';
const asked: QuestionEvent = { type: 'asked', by: ASKER };
const answered = (answerId: string): QuestionEvent => ({
  type: 'answered',
  by: ANSWERER,
  answerId,
});

const waiting = [asked];
const answeredOnce = [asked, answered('a1')];
const onHold = [asked, { type: 'held', by: ANSWERER } as const];
const withdrawn = [asked, { type: 'withdrawn', by: ASKER } as const];

function codeOf(events: readonly QuestionEvent[], action: QuestionAction, actor: string) {
  try {
    checkQuestionAction(questionStatus(events), action, actor);
    return 'allowed';
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

describe('who may ask and answer, by role', () => {
  it('gives asking to the hurt partner and answering to the involved partner', () => {
    expect([mayAsk('hurt'), mayAnswer('hurt'), mayDisclose('hurt')]).toEqual([true, false, false]);
    expect([mayAsk('involved'), mayAnswer('involved'), mayDisclose('involved')]).toEqual([
      false,
      true,
      true,
    ]);
  });

  it('gives both sides to "both" and to a role not named yet', () => {
    for (const role of ['both', 'undisclosed'] as const) {
      expect([mayAsk(role), mayAnswer(role), mayDisclose(role)]).toEqual([true, true, true]);
    }
  });
});

describe('a question’s state', () => {
  it('waits, is answered, goes on hold and comes back, or is withdrawn', () => {
    expect(questionStatus(waiting).state).toBe('waiting');
    expect(questionStatus(answeredOnce).state).toBe('answered');
    expect(questionStatus(onHold).state).toBe('on_hold');
    expect(questionStatus([...onHold, { type: 'released', by: ASKER }]).state).toBe('waiting');
    expect(questionStatus(withdrawn).state).toBe('withdrawn');
  });

  it('keeps every answer in order: a later one stands beside the earlier', () => {
    const status = questionStatus([...answeredOnce, answered('a2')]);
    expect(status.answerIds).toEqual(['a1', 'a2']);
  });

  it('counts as open while unanswered or when the asker needs more about the latest answer', () => {
    expect(questionStatus(waiting).open).toBe(true);
    expect(questionStatus(answeredOnce).open).toBe(false);
    const needMore = [
      ...answeredOnce,
      { type: 'marked', by: ASKER, answerId: 'a1', mark: 'need_more' } as const,
    ];
    expect(questionStatus(needMore).open).toBe(true);
    // A new answer after "I need more" waits for the asker's view again.
    expect(questionStatus([...needMore, answered('a2')]).open).toBe(false);
    // The latest mark stands.
    const changedMind = [
      ...needMore,
      { type: 'marked', by: ASKER, answerId: 'a1', mark: 'helped' } as const,
    ];
    expect(questionStatus(changedMind).open).toBe(false);
    expect(questionStatus(changedMind).marks.get('a1')).toBe('helped');
    expect(questionStatus(onHold).open).toBe(false);
    expect(questionStatus(withdrawn).open).toBe(false);
  });

  it('counts open and on-hold questions for the home page', () => {
    const statuses = [waiting, answeredOnce, onHold, withdrawn].map(questionStatus);
    expect(countQuestions(statuses)).toEqual({ open: 1, onHold: 1 });
  });

  it('refuses a history that does not start with the question', () => {
    expect(() => questionStatus([answered('a1')])).toThrow();
  });
});

describe('every transition, by who takes it', () => {
  const answer = { type: 'answer', answerId: 'new' } as const;
  const mark = { type: 'mark', answerId: 'a1', mark: 'need_more' } as const;
  const hold = { type: 'hold' } as const;
  const release = { type: 'release' } as const;
  const withdraw = { type: 'withdraw' } as const;

  it('from waiting', () => {
    expect(codeOf(waiting, answer, ANSWERER)).toBe('allowed');
    expect(codeOf(waiting, answer, ASKER)).toBe('QUESTION_NOT_YOURS');
    expect(codeOf(waiting, mark, ASKER)).toBe('NOT_FOUND');
    expect(codeOf(waiting, hold, ASKER)).toBe('allowed');
    expect(codeOf(waiting, hold, ANSWERER)).toBe('allowed');
    expect(codeOf(waiting, release, ASKER)).toBe('QUESTION_NOT_ON_HOLD');
    expect(codeOf(waiting, withdraw, ASKER)).toBe('allowed');
    expect(codeOf(waiting, withdraw, ANSWERER)).toBe('QUESTION_NOT_YOURS');
  });

  it('from answered', () => {
    expect(codeOf(answeredOnce, answer, ANSWERER)).toBe('allowed');
    expect(codeOf(answeredOnce, mark, ASKER)).toBe('allowed');
    expect(codeOf(answeredOnce, mark, ANSWERER)).toBe('QUESTION_NOT_YOURS');
    expect(codeOf(answeredOnce, { ...mark, answerId: 'other' }, ASKER)).toBe('NOT_FOUND');
    expect(codeOf(answeredOnce, hold, ANSWERER)).toBe('allowed');
    expect(codeOf(answeredOnce, withdraw, ASKER)).toBe('allowed');
  });

  it('from on hold: answering is refused until either partner releases it', () => {
    expect(codeOf(onHold, answer, ANSWERER)).toBe('QUESTION_ON_HOLD');
    expect(codeOf(onHold, hold, ASKER)).toBe('QUESTION_ON_HOLD');
    expect(codeOf(onHold, release, ASKER)).toBe('allowed');
    expect(codeOf(onHold, release, ANSWERER)).toBe('allowed');
    expect(codeOf(onHold, withdraw, ASKER)).toBe('allowed');
    expect(codeOf(onHold, withdraw, ANSWERER)).toBe('QUESTION_NOT_YOURS');
  });

  it('from withdrawn: nothing, for anyone (answering a withdrawn question is the race)', () => {
    for (const action of [answer, mark, hold, release, withdraw]) {
      expect(codeOf(withdrawn, action, ANSWERER)).toBe('QUESTION_WITHDRAWN');
      expect(codeOf(withdrawn, action, ASKER)).toBe('QUESTION_WITHDRAWN');
    }
  });

  it('adds the fact each permitted action stands for', () => {
    expect(questionEventFor(answer, ANSWERER)).toEqual({
      type: 'answered',
      by: ANSWERER,
      answerId: 'new',
    });
    expect(questionEventFor(mark, ASKER)).toEqual({
      type: 'marked',
      by: ASKER,
      answerId: 'a1',
      mark: 'need_more',
    });
    expect(questionEventFor(hold, ASKER)).toEqual({ type: 'held', by: ASKER });
    expect(questionEventFor(release, ASKER)).toEqual({ type: 'released', by: ASKER });
    expect(questionEventFor(withdraw, ASKER)).toEqual({ type: 'withdrawn', by: ASKER });
  });
});
