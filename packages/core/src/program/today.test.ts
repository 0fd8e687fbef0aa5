import { describe, expect, it } from 'vitest';
import { type QuestionEvent, questionStatus } from '../honesty/questions.js';
import type { LocalDate } from '../time/local-date.js';
import { programContent } from './content.js';
import { programPosition } from './progress.js';
import {
  checkinCandidates,
  chooseToday,
  exerciseCandidates,
  programCandidates,
  questionCandidates,
  questionnaireCandidates,
  reviewCandidates,
  type TodayCandidate,
} from './today.js';

const content = programContent('en');
const today = '2026-03-10' as LocalDate;
const offered = (stageId: string) =>
  content.exercises.filter((e) => e.stage === stageId).map((e) => e.id);

describe('the today suggestion', () => {
  it('puts a due check-in first: it is quick and only open this week', () => {
    const choice = chooseToday([
      ...questionnaireCandidates(['amend-trust']),
      ...exerciseCandidates([
        { exerciseId: 'impact-letter', stageId: 'acknowledging', unsaved: true },
      ]),
      ...checkinCandidates(false),
    ]);
    expect(choice).toEqual({ source: 'checkin', kind: 'checkin_due' });
  });

  it('then an exercise left half done, then a questionnaire that is due', () => {
    const exercise = exerciseCandidates([
      { exerciseId: 'impact-letter', stageId: 'acknowledging', unsaved: true },
    ]);
    expect(chooseToday([...questionnaireCandidates(['amend-trust']), ...exercise])?.kind).toBe(
      'exercise_in_progress',
    );
    expect(chooseToday(questionnaireCandidates(['amend-trust']))?.kind).toBe('questionnaire_due');
    expect(
      exerciseCandidates([
        { exerciseId: 'impact-letter', stageId: 'acknowledging', unsaved: false },
      ]),
    ).toEqual([]);
  });

  it('invites someone who has not begun to begin with the first stage', () => {
    const position = programPosition(content, [], today);
    expect(chooseToday(programCandidates(position, offered))).toEqual({
      source: 'program',
      kind: 'begin_program',
      stageId: 'steadying',
    });
  });

  it('keeps to the current stage while its exercises are left, then suggests the next once paced', () => {
    const facts = [
      { kind: 'stage_started', stageId: 'steadying', on: '2026-03-01' as LocalDate },
    ] as const;
    const position = programPosition(content, facts, today);
    expect(chooseToday(programCandidates(position, offered))?.kind).toBe('continue_stage');
    const nothingLeft = programCandidates(position, () => []);
    expect(nothingLeft).toEqual([
      { source: 'program', kind: 'next_stage_ready', stageId: 'acknowledging' },
    ]);
  });

  it('puts a question waiting for an answer right after the check-in, before work done alone', () => {
    const waiting = questionCandidates([asked('q1', 'alex')], 'sam', 'involved');
    const review = reviewCandidates([{ id: 'a1', reviewOn: today }], today);
    const exercise = exerciseCandidates([
      { exerciseId: 'impact-letter', stageId: 'acknowledging', unsaved: true },
    ]);
    const all = [...review, ...exercise, ...waiting];
    expect(chooseToday([...all, ...checkinCandidates(false)])?.kind).toBe('checkin_due');
    expect(chooseToday(all)).toEqual({
      source: 'question',
      kind: 'question_waiting',
      questionId: 'q1',
    });
  });

  it('offers a question only to the one it waits for, oldest first', () => {
    const questions = [
      asked('later', 'alex', '2026-03-05'),
      asked('earlier', 'alex', '2026-03-02'),
      asked('answered', 'alex', '2026-03-01', [{ type: 'answered', by: 'sam', answerId: 'x' }]),
      asked('held', 'alex', '2026-03-01', [{ type: 'held', by: 'sam' }]),
      asked('withdrawn', 'alex', '2026-03-01', [{ type: 'withdrawn', by: 'alex' }]),
    ];
    expect(questionCandidates(questions, 'sam', 'involved').map(idOf)).toEqual([
      'earlier',
      'later',
    ]);
    // The asker waits for it; the hurt partner does not answer questions at all.
    expect(questionCandidates(questions, 'alex', 'both')).toEqual([]);
    expect(questionCandidates([asked('mine', 'sam')], 'alex', 'hurt')).toEqual([]);
    // "I need more" opens an answered question again.
    const needMore = asked('more', 'alex', '2026-03-01', [
      { type: 'answered', by: 'sam', answerId: 'x' },
      { type: 'marked', by: 'alex', answerId: 'x', mark: 'need_more' },
    ]);
    expect(questionCandidates([needMore], 'sam', 'involved').map(idOf)).toEqual(['more']);
  });

  it('suggests a review date from today to a week ahead, soonest first, never one already past', () => {
    const on = (id: string, reviewOn: string) => ({ id, reviewOn: reviewOn as LocalDate });
    const candidates = reviewCandidates(
      [
        on('in-a-week', '2026-03-17'),
        on('today', '2026-03-10'),
        on('past', '2026-03-09'),
        on('too-far', '2026-03-18'),
        on('soon', '2026-03-12'),
      ],
      today,
    );
    expect(candidates.map(idOf)).toEqual(['today', 'soon', 'in-a-week']);
    expect(candidates[0]).toEqual({
      source: 'review',
      kind: 'review_near',
      agreementId: 'today',
      reviewOn: '2026-03-10',
    });
  });

  it('puts a near review after a due questionnaire and before the path', () => {
    const review = reviewCandidates([{ id: 'a1', reviewOn: today }], today);
    const path = programCandidates(programPosition(content, [], today), offered);
    expect(
      chooseToday([...path, ...review, ...questionnaireCandidates(['amend-trust'])])?.kind,
    ).toBe('questionnaire_due');
    expect(chooseToday([...path, ...review])?.kind).toBe('review_near');
  });

  it('suggests nothing when nothing is waiting: rest counts too', () => {
    expect(chooseToday([])).toBeNull();
  });
});

function asked(
  id: string,
  by: string,
  on = '2026-03-01',
  after: readonly QuestionEvent[] = [],
): { id: string; askedAt: Date; status: ReturnType<typeof questionStatus> } {
  return {
    id,
    askedAt: new Date(`${on}T12:00:00Z`),
    status: questionStatus([{ type: 'asked', by }, ...after]),
  };
}

function idOf(candidate: TodayCandidate): string {
  if (candidate.source === 'question') return candidate.questionId;
  if (candidate.source === 'review') return candidate.agreementId;
  throw new Error(`Not a question or a review: ${candidate.kind}`);
}
