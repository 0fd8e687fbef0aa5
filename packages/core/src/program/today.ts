import type { PartnerRole } from '../couples/relationship.js';
import type { QuestionStatus } from '../honesty/questions.js';
import { mayAnswer } from '../honesty/roles.js';
import { addDays, type LocalDate } from '../time/local-date.js';
import type { ProgramPosition } from './progress.js';

/**
 * The one small step suggested on the home page, chosen from what each feature says could be done
 * today. Each source turns its own recent data into candidates; `chooseToday` picks one by a fixed
 * order, and within a source keeps the order the source gave (most pressing first).
 *
 * Why this order:
 * - `checkin`: about a minute, and open only this week; missed, it is gone.
 * - `question`: a person is waiting on you. Answering without making them wait is itself part
 *   of the consistent honesty the work rests on, so it comes before anything done alone.
 * - `exercise`: something begun and not saved is the easiest thing to lose the thread of.
 * - `questionnaire`: due on a schedule, but a few days either way changes nothing.
 * - `review`: a date the couple set to talk an agreement over. It is done together and is a
 *   week away at most when suggested, so it yields to what one person can do today.
 * - `program`: the path is always there; it fills the day when nothing else is waiting.
 */
export const TODAY_SOURCES = [
  'checkin',
  'question',
  'exercise',
  'questionnaire',
  'review',
  'program',
] as const;
export type TodaySource = (typeof TODAY_SOURCES)[number];

export type TodayCandidate =
  | { readonly source: 'checkin'; readonly kind: 'checkin_due' }
  | { readonly source: 'question'; readonly kind: 'question_waiting'; readonly questionId: string }
  | {
      readonly source: 'exercise';
      readonly kind: 'exercise_in_progress';
      readonly exerciseId: string;
      readonly stageId: string;
    }
  | {
      readonly source: 'questionnaire';
      readonly kind: 'questionnaire_due';
      readonly instrumentId: string;
    }
  | {
      readonly source: 'review';
      readonly kind: 'review_near';
      readonly agreementId: string;
      readonly reviewOn: LocalDate;
    }
  | { readonly source: 'program'; readonly kind: 'begin_program'; readonly stageId: string }
  | { readonly source: 'program'; readonly kind: 'next_stage_ready'; readonly stageId: string }
  | { readonly source: 'program'; readonly kind: 'continue_stage'; readonly stageId: string };

export function chooseToday(candidates: readonly TodayCandidate[]): TodayCandidate | null {
  for (const source of TODAY_SOURCES) {
    const found = candidates.find((candidate) => candidate.source === source);
    if (found) return found;
  }
  return null;
}

export function checkinCandidates(checkedInThisWeek: boolean): TodayCandidate[] {
  return checkedInThisWeek ? [] : [{ source: 'checkin', kind: 'checkin_due' }];
}

export function questionnaireCandidates(dueInstrumentIds: readonly string[]): TodayCandidate[] {
  return dueInstrumentIds.map((instrumentId) => ({
    source: 'questionnaire',
    kind: 'questionnaire_due',
    instrumentId,
  }));
}

/**
 * Questions waiting for this person's answer: asked by someone else, still open (never answered,
 * or the asker said "I need more" about the latest answer), not on hold for a session, and the
 * person's role is one that answers. Oldest first: the longest wait is the one to end first.
 */
export function questionCandidates(
  questions: readonly {
    readonly id: string;
    readonly askedAt: Date;
    readonly status: QuestionStatus;
  }[],
  userId: string,
  role: PartnerRole,
): TodayCandidate[] {
  if (!mayAnswer(role)) return [];
  return questions
    .filter((question) => question.status.open && question.status.askedBy !== userId)
    .sort((a, b) => a.askedAt.getTime() - b.askedAt.getTime())
    .map((question) => ({ source: 'question', kind: 'question_waiting', questionId: question.id }));
}

/** How far ahead a review date counts as near. */
export const REVIEW_NEAR_DAYS = 7;

/**
 * Agreements in force whose review date (of the version in force) falls from today to a week
 * ahead, soonest first. A date already past is not suggested: a couple who talk it over and keep
 * the terms as they are need record nothing, so a past date would be asked about forever.
 */
export function reviewCandidates(
  agreements: readonly { readonly id: string; readonly reviewOn: LocalDate }[],
  today: LocalDate,
): TodayCandidate[] {
  const last = addDays(today, REVIEW_NEAR_DAYS);
  return agreements
    .filter((agreement) => agreement.reviewOn >= today && agreement.reviewOn <= last)
    .sort((a, b) => (a.reviewOn < b.reviewOn ? -1 : a.reviewOn > b.reviewOn ? 1 : 0))
    .map((agreement) => ({
      source: 'review',
      kind: 'review_near',
      agreementId: agreement.id,
      reviewOn: agreement.reviewOn,
    }));
}

/** An exercise with a draft newer than its last saved answer is work in progress. */
export function exerciseCandidates(
  drafts: readonly {
    readonly exerciseId: string;
    readonly stageId: string;
    readonly unsaved: boolean;
  }[],
): TodayCandidate[] {
  return drafts
    .filter((draft) => draft.unsaved)
    .map((draft) => ({
      source: 'exercise',
      kind: 'exercise_in_progress',
      exerciseId: draft.exerciseId,
      stageId: draft.stageId,
    }));
}

/**
 * From the path: begin when nothing is begun; keep going with the current stage while it has
 * exercises left; then the next stage, once its suggested date has come.
 */
export function programCandidates(
  position: ProgramPosition,
  offeredExercises: (stageId: string) => readonly string[],
): TodayCandidate[] {
  const candidates: TodayCandidate[] = [];
  const anyBegun = position.stages.some((stage) => stage.status !== 'not_started');
  if (!anyBegun && position.next) {
    candidates.push({ source: 'program', kind: 'begin_program', stageId: position.next.stageId });
  }
  const current = position.stages.find((stage) => stage.stageId === position.current);
  if (current) {
    const left = offeredExercises(current.stageId).filter(
      (id) => !current.completedExercises.includes(id),
    );
    if (left.length > 0)
      candidates.push({ source: 'program', kind: 'continue_stage', stageId: current.stageId });
  }
  if (anyBegun && position.next?.ready) {
    candidates.push({
      source: 'program',
      kind: 'next_stage_ready',
      stageId: position.next.stageId,
    });
  }
  return candidates;
}
