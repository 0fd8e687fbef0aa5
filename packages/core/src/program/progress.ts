import { addDays, daysBetween, type LocalDate } from '../time/local-date.js';
import { orderedStages } from './resolve.js';
import type { ProgramContent } from './types.js';

/**
 * What is stored about a person's path, and nothing else: everything shown about progress is
 * computed from these facts, so there is no second copy to drift. Facts are only ever added, so
 * a setback, a revisit or a long pause never takes progress away.
 */
export type ProgressFact =
  | { readonly kind: 'stage_started'; readonly stageId: string; readonly on: LocalDate }
  | { readonly kind: 'stage_marked_done'; readonly stageId: string; readonly on: LocalDate }
  | {
      readonly kind: 'exercise_completed';
      readonly stageId: string;
      readonly exerciseId: string;
      readonly on: LocalDate;
    };

export type StageStatus = 'not_started' | 'in_progress' | 'done';

export interface StageProgress {
  readonly stageId: string;
  readonly number: number;
  readonly status: StageStatus;
  readonly startedOn: LocalDate | null;
  readonly doneOn: LocalDate | null;
  /** Exercise ids with at least one saved answer, in the order they were first completed. */
  readonly completedExercises: readonly string[];
}

/** When Amend suggests the next stage, and why it suggests waiting if it does. */
export interface NextStageSuggestion {
  readonly stageId: string;
  readonly suggestedFrom: LocalDate;
  readonly ready: boolean;
  readonly daysToWait: number;
  /** The stage whose minimum time sets the date, when there is one. */
  readonly pacedBy: { readonly stageId: string; readonly minimumDays: number } | null;
}

export interface ProgramPosition {
  readonly stages: readonly StageProgress[];
  /** The stage most recently begun and not yet marked done. */
  readonly current: string | null;
  readonly next: NextStageSuggestion | null;
  readonly doneCount: number;
}

function earliest(dates: readonly LocalDate[]): LocalDate | null {
  return dates.length === 0 ? null : dates.reduce((a, b) => (b < a ? b : a));
}

function stageProgress(
  stageId: string,
  number: number,
  facts: readonly ProgressFact[],
): StageProgress {
  const own = facts.filter((fact) => fact.stageId === stageId);
  const doneOn = earliest(own.filter((f) => f.kind === 'stage_marked_done').map((f) => f.on));
  // Doing an exercise begins a stage, even without pressing "begin".
  const startedOn = earliest(own.filter((f) => f.kind !== 'stage_marked_done').map((f) => f.on));
  const completed = own
    .flatMap((fact) => (fact.kind === 'exercise_completed' ? [fact] : []))
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0))
    .map((fact) => fact.exerciseId);
  return {
    stageId,
    number,
    status: doneOn !== null ? 'done' : startedOn !== null ? 'in_progress' : 'not_started',
    startedOn: startedOn ?? doneOn,
    doneOn,
    completedExercises: [...new Set(completed)],
  };
}

/**
 * Where a person is on the path, from their facts. The next stage suggested is the first one not
 * yet begun. Pacing is a suggestion, never a lock: when the stage before it asks for a minimum
 * time, the suggestion waits until that many days after it was begun, and says why.
 */
export function programPosition(
  content: ProgramContent,
  facts: readonly ProgressFact[],
  today: LocalDate,
): ProgramPosition {
  const ordered = orderedStages(content);
  const stages = ordered.map((stage) => stageProgress(stage.id, stage.number, facts));
  const inProgress = stages
    .filter((stage) => stage.status === 'in_progress')
    .sort((a, b) =>
      a.startedOn === b.startedOn
        ? b.number - a.number
        : (a.startedOn ?? '') < (b.startedOn ?? '')
          ? 1
          : -1,
    );
  const nextIndex = stages.findIndex((stage) => stage.status === 'not_started');
  let next: NextStageSuggestion | null = null;
  const nextStage = nextIndex >= 0 ? stages[nextIndex] : undefined;
  if (nextStage) {
    const before = nextIndex > 0 ? ordered[nextIndex - 1] : undefined;
    const beforeProgress = nextIndex > 0 ? stages[nextIndex - 1] : undefined;
    const pacedBy =
      before && beforeProgress?.startedOn && before.minimumDays > 0
        ? { stageId: before.id, minimumDays: before.minimumDays, from: beforeProgress.startedOn }
        : null;
    const suggestedFrom = pacedBy ? addDays(pacedBy.from, pacedBy.minimumDays) : today;
    const daysToWait = Math.max(0, daysBetween(today, suggestedFrom));
    next = {
      stageId: nextStage.stageId,
      suggestedFrom: daysToWait > 0 ? suggestedFrom : today,
      ready: daysToWait === 0,
      daysToWait,
      pacedBy:
        pacedBy && daysToWait > 0
          ? { stageId: pacedBy.stageId, minimumDays: pacedBy.minimumDays }
          : null,
    };
  }
  return {
    stages,
    current: inProgress[0]?.stageId ?? null,
    next,
    doneCount: stages.filter((stage) => stage.status === 'done').length,
  };
}

/** What a partner is shown: each stage's status and only the exercises shared with them. */
export interface PartnerProgressView {
  readonly current: string | null;
  readonly doneCount: number;
  readonly stages: readonly { readonly stageId: string; readonly status: StageStatus }[];
  readonly sharedCompleted: readonly {
    readonly stageId: string;
    readonly exerciseId: string;
    readonly on: LocalDate;
  }[];
}

/**
 * The partner's view of someone's path. Exercises they keep private, or share only with a
 * therapist, leave no trace here: not as a count, nor as a stage begun.
 */
export function partnerProgressView(
  content: ProgramContent,
  facts: readonly ProgressFact[],
  isSharedWithViewer: (exerciseId: string) => boolean,
  today: LocalDate,
): PartnerProgressView {
  const visible = facts.filter(
    (fact) => fact.kind !== 'exercise_completed' || isSharedWithViewer(fact.exerciseId),
  );
  const position = programPosition(content, visible, today);
  return {
    current: position.current,
    doneCount: position.doneCount,
    stages: position.stages.map((stage) => ({ stageId: stage.stageId, status: stage.status })),
    sharedCompleted: visible.flatMap((fact) =>
      fact.kind === 'exercise_completed'
        ? [{ stageId: fact.stageId, exerciseId: fact.exerciseId, on: fact.on }]
        : [],
    ),
  };
}
