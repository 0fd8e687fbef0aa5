import { DomainError } from '../errors.js';

/**
 * A question's life, as facts that are only ever added to. Answers are facts too, so a later
 * answer stands beside the earlier one with its date and a changing story stays visible.
 *
 *   asked ──answer (the other partner)──► answered ──answer again──► answered
 *     │  ▲                                  │  ▲
 *     │  └──release (either)── on hold ◄────┘  └── mark (the asker): helped / need more / therapist
 *     └──hold (either)──────────► on hold
 *   any state but withdrawn ──withdraw (the asker)──► withdrawn (final: nothing more happens)
 *
 * While on hold (kept for a therapy session) nobody answers: either partner releases it after
 * the session, so a new answer never slips past what was agreed. The asker's latest
 * mark on an answer stands; earlier marks stay as history.
 */
export const ANSWER_MARKS = ['helped', 'need_more', 'with_therapist'] as const;
export type AnswerMark = (typeof ANSWER_MARKS)[number];

export function isAnswerMark(value: string): value is AnswerMark {
  return (ANSWER_MARKS as readonly string[]).includes(value);
}

export type QuestionEvent =
  | { readonly type: 'asked'; readonly by: string }
  | { readonly type: 'answered'; readonly by: string; readonly answerId: string }
  | {
      readonly type: 'marked';
      readonly by: string;
      readonly answerId: string;
      readonly mark: AnswerMark;
    }
  | { readonly type: 'held' | 'released' | 'withdrawn'; readonly by: string };

export type QuestionState = 'waiting' | 'answered' | 'on_hold' | 'withdrawn';

export interface QuestionStatus {
  readonly state: QuestionState;
  readonly askedBy: string;
  readonly answerIds: readonly string[];
  /** The asker's latest mark on each answer they marked. */
  readonly marks: ReadonlyMap<string, AnswerMark>;
  /**
   * Whether the question still waits for an answer: never answered, or the asker said "I need
   * more" about the latest answer. Not while on hold or withdrawn. This is what the home page
   * counts as open.
   */
  readonly open: boolean;
}

/** Folds the facts, oldest first (the first is always `asked`), into where the question stands. */
export function questionStatus(events: readonly QuestionEvent[]): QuestionStatus {
  const first = events[0];
  if (first?.type !== 'asked') throw new Error('A question starts with being asked.');
  const answerIds: string[] = [];
  const marks = new Map<string, AnswerMark>();
  let onHold = false;
  let withdrawn = false;
  for (const event of events) {
    if (event.type === 'answered') {
      answerIds.push(event.answerId);
    } else if (event.type === 'marked') marks.set(event.answerId, event.mark);
    else if (event.type === 'held') onHold = true;
    else if (event.type === 'released') onHold = false;
    else if (event.type === 'withdrawn') withdrawn = true;
  }
  const latest = answerIds.at(-1);
  const state: QuestionState = withdrawn
    ? 'withdrawn'
    : onHold
      ? 'on_hold'
      : latest
        ? 'answered'
        : 'waiting';
  const waitingForMore = latest === undefined || marks.get(latest) === 'need_more';
  return {
    state,
    askedBy: first.by,
    answerIds,
    marks,
    open: (state === 'waiting' || state === 'answered') && waitingForMore,
  };
}

export type QuestionAction =
  | { readonly type: 'hold' | 'release' | 'withdraw' }
  /** `answerId` is the new answer's id. */
  | { readonly type: 'answer'; readonly answerId: string }
  | { readonly type: 'mark'; readonly answerId: string; readonly mark: AnswerMark };

/**
 * Whether `actorId` (an active member of the question's space, whose role lets them answer when
 * the action is `answer`: see roles.ts) may take `action` now. Throws a DomainError saying why
 * not; the caller leaves everything as it was.
 */
export function checkQuestionAction(
  status: QuestionStatus,
  action: QuestionAction,
  actorId: string,
): void {
  if (status.state === 'withdrawn') {
    throw new DomainError(
      'QUESTION_WITHDRAWN',
      'This question was withdrawn by the person who asked it, so nothing more can be added to it.',
    );
  }
  const isAsker = status.askedBy === actorId;
  switch (action.type) {
    case 'answer':
      if (isAsker) throw notYours('You asked this question, so your partner answers it.');
      if (status.state === 'on_hold') {
        throw new DomainError(
          'QUESTION_ON_HOLD',
          'This question is kept for your therapy session. Take it off hold to answer it here.',
        );
      }
      return;
    case 'mark':
      if (!isAsker) throw notYours('Only the person who asked can say how an answer landed.');
      if (!status.answerIds.includes(action.answerId)) {
        throw new DomainError('NOT_FOUND', 'There is no such answer to this question.');
      }
      return;
    case 'hold':
      if (status.state === 'on_hold') {
        throw new DomainError(
          'QUESTION_ON_HOLD',
          'This question is already kept for your therapy session.',
        );
      }
      return;
    case 'release':
      if (status.state !== 'on_hold') {
        throw new DomainError('QUESTION_NOT_ON_HOLD', 'This question is not on hold.');
      }
      return;
    case 'withdraw':
      if (!isAsker) throw notYours('Only the person who asked a question can withdraw it.');
      return;
  }
}

function notYours(message: string): DomainError {
  return new DomainError('QUESTION_NOT_YOURS', message);
}

/** The fact a permitted action adds. */
export function questionEventFor(action: QuestionAction, actorId: string): QuestionEvent {
  switch (action.type) {
    case 'answer':
      return { type: 'answered', by: actorId, answerId: action.answerId };
    case 'mark':
      return { type: 'marked', by: actorId, answerId: action.answerId, mark: action.mark };
    case 'hold':
      return { type: 'held', by: actorId };
    case 'release':
      return { type: 'released', by: actorId };
    case 'withdraw':
      return { type: 'withdrawn', by: actorId };
  }
}

/** How many questions wait for an answer (the home page's count), and how many are on hold. */
export function countQuestions(statuses: readonly QuestionStatus[]): {
  open: number;
  onHold: number;
} {
  return {
    open: statuses.filter((status) => status.open).length,
    onHold: statuses.filter((status) => status.state === 'on_hold').length,
  };
}
