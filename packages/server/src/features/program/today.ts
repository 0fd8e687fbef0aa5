import {
  checkinCandidates,
  chooseToday,
  exerciseCandidates,
  programCandidates,
  programPosition,
  questionCandidates,
  questionnaireCandidates,
  resolveStage,
  reviewCandidates,
  type TodayCandidate,
} from '@amend/core';
import type { AppDeps } from '../../platform/deps.js';
import { reviewDatesInSpace } from '../agreements/service.js';
import { checkinOverview } from '../checkins/service.js';
import { questionStatusesInSpace } from '../honesty/questions.js';
import { listQuestionnaires } from '../questionnaires/service.js';
import { programContext } from './context.js';
import { factsOf } from './service.js';
import * as store from './store.js';

export type TodaySuggestion = TodayCandidate & { readonly title: string | null };

/**
 * One small next step for the home page, from every source in core's TODAY_SOURCES: this week's
 * check-in, a question waiting for this person's answer, an exercise left half done, a
 * questionnaire that is due, an agreement whose review date is near, and the path itself. Each
 * source is asked through its own feature's service; core decides which one wins.
 */
export async function todaySuggestion(
  deps: AppDeps,
  userId: string,
): Promise<TodaySuggestion | null> {
  const ctx = await programContext(deps, userId, 'view');
  const [checkins, questionnaires, questions, reviews, events, answers] = await Promise.all([
    checkinOverview(deps, userId),
    listQuestionnaires(deps, userId),
    questionStatusesInSpace(deps, ctx.coupleId),
    reviewDatesInSpace(deps, ctx.coupleId),
    store.listProgressEvents(deps.db, ctx.coupleId),
    store.listAnswers(deps.db, ctx.coupleId),
  ]);
  const mine = answers.filter((answer) => answer.ownerId === userId);
  const position = programPosition(ctx.content, factsOf(ctx, userId, events, answers), ctx.today);
  const choice = chooseToday([
    ...checkinCandidates(checkins.thisWeek !== null),
    ...questionCandidates(questions, userId, ctx.role),
    ...exerciseCandidates(
      mine.map((answer) => {
        const lastSaved = answer.versions.at(-1)?.savedAt ?? null;
        return {
          exerciseId: answer.exerciseId,
          stageId: answer.stageId,
          unsaved:
            answer.draftSavedAt !== null && (lastSaved === null || answer.draftSavedAt > lastSaved),
        };
      }),
    ),
    ...questionnaireCandidates(questionnaires.filter((q) => q.due).map((q) => q.id)),
    ...reviewCandidates(reviews, ctx.today),
    ...programCandidates(
      position,
      (stageId) =>
        resolveStage(ctx.content, stageId, ctx.role, ctx.relationshipType)?.exercises.map(
          (exercise) => exercise.id,
        ) ?? [],
    ),
  ]);
  return choice ? { ...choice, title: titleOf(choice) } : null;

  /**
   * What the card names: the exercise, questionnaire, agreement or stage. A question is not
   * quoted on the home page (it may be painful to meet there unasked); the card links to it.
   */
  function titleOf(candidate: TodayCandidate): string | null {
    switch (candidate.kind) {
      case 'checkin_due':
      case 'question_waiting':
        return null;
      case 'exercise_in_progress':
        return ctx.content.exercises.find((e) => e.id === candidate.exerciseId)?.title ?? null;
      case 'questionnaire_due':
        return questionnaires.find((q) => q.id === candidate.instrumentId)?.title ?? null;
      case 'review_near':
        return reviews.find((review) => review.id === candidate.agreementId)?.title ?? null;
      case 'begin_program':
      case 'continue_stage':
      case 'next_stage_ready':
        return ctx.content.stages.find((s) => s.id === candidate.stageId)?.title ?? null;
    }
  }
}
