import {
  type CoupleId,
  DomainError,
  type ExerciseValues,
  type ExerciseVisibility,
  type LocalDate,
  localDateOf,
  mayReadExerciseAnswer,
  orderedStages,
  type ProgressFact,
  partnerProgressView,
  programPosition,
  resolveStage,
  type UserId,
} from '@amend/core';
import type { AppDeps } from '../../platform/deps.js';
import { newId } from '../../platform/tokens.js';
import { type ProgramContext, programContext } from './context.js';
import * as store from './store.js';

function asVisibility(value: string): ExerciseVisibility {
  return value === 'partner' || value === 'therapist' ? value : 'private';
}

/** The one policy, applied to a stored answer for the person asking. */
export function mayRead(ctx: ProgramContext, answer: store.AnswerRow): boolean {
  return mayReadExerciseAnswer(ctx.viewer, {
    coupleId: ctx.coupleId as CoupleId,
    ownerId: answer.ownerId as UserId,
    visibility: asVisibility(answer.visibility),
  });
}

/** A person's progress facts: their stage events, and the first save of each exercise. */
export function factsOf(
  ctx: ProgramContext,
  userId: string,
  events: readonly store.ProgressEventRow[],
  answers: readonly store.AnswerRow[],
): ProgressFact[] {
  const facts: ProgressFact[] = events
    .filter((event) => event.userId === userId)
    .map((event) => ({
      kind: event.kind,
      stageId: event.stageId,
      on: event.occurredOn as LocalDate,
    }));
  for (const answer of answers) {
    const first = answer.versions[0];
    if (answer.ownerId !== userId || !first) continue;
    facts.push({
      kind: 'exercise_completed',
      stageId: answer.stageId,
      exerciseId: answer.exerciseId,
      // Counted in the viewer's time zone; only the order of days matters for what is shown.
      on: localDateOf(first.savedAt, ctx.timeZone),
    });
  }
  return facts;
}

function stageNotFound(): DomainError {
  return new DomainError('NOT_FOUND', 'There is no stage with that name in the program.');
}

export async function programOverview(deps: AppDeps, userId: string) {
  const ctx = await programContext(deps, userId, 'view');
  const [events, answers] = await Promise.all([
    store.listProgressEvents(deps.db, ctx.coupleId),
    store.listAnswers(deps.db, ctx.coupleId),
  ]);
  const position = programPosition(ctx.content, factsOf(ctx, userId, events, answers), ctx.today);
  const titleOf = (stageId: string) =>
    ctx.content.stages.find((stage) => stage.id === stageId)?.title ?? stageId;
  const exerciseTitle = (exerciseId: string) =>
    ctx.content.exercises.find((exercise) => exercise.id === exerciseId)?.title ?? exerciseId;
  const partner = ctx.partner;
  const partnerView = partner
    ? partnerProgressView(
        ctx.content,
        factsOf(ctx, partner.userId, events, answers),
        (exerciseId) =>
          answers.some(
            (answer) =>
              answer.ownerId === partner.userId &&
              answer.exerciseId === exerciseId &&
              mayRead(ctx, answer),
          ),
        ctx.today,
      )
    : null;
  const next = position.next;
  return {
    role: ctx.role,
    relationshipType: ctx.relationshipType,
    current: position.current,
    doneCount: position.doneCount,
    stages: orderedStages(ctx.content).map((stage) => {
      const progress = position.stages.find((p) => p.stageId === stage.id);
      const offered = resolveStage(ctx.content, stage.id, ctx.role, ctx.relationshipType);
      return {
        id: stage.id,
        number: stage.number,
        title: stage.title,
        purpose: stage.purpose,
        status: progress?.status ?? 'not_started',
        startedOn: progress?.startedOn ?? null,
        doneOn: progress?.doneOn ?? null,
        exercisesDone: progress?.completedExercises.length ?? 0,
        exercisesOffered: offered?.exercises.length ?? 0,
      };
    }),
    next: next
      ? {
          stageId: next.stageId,
          title: titleOf(next.stageId),
          ready: next.ready,
          suggestedFrom: next.suggestedFrom,
          daysToWait: next.daysToWait,
          pacedBy: next.pacedBy
            ? {
                stageId: next.pacedBy.stageId,
                title: titleOf(next.pacedBy.stageId),
                minimumDays: next.pacedBy.minimumDays,
                reason:
                  ctx.content.stages.find((stage) => stage.id === next.pacedBy?.stageId)
                    ?.pacingReason ?? '',
              }
            : null,
        }
      : null,
    partner:
      partner && partnerView
        ? {
            displayName: partner.displayName,
            current: partnerView.current,
            doneCount: partnerView.doneCount,
            stages: partnerView.stages,
            sharedCompleted: partnerView.sharedCompleted.map((done) => ({
              ...done,
              title: exerciseTitle(done.exerciseId),
            })),
          }
        : null,
  };
}

async function recordStageFact(
  deps: AppDeps,
  userId: string,
  stageId: string,
  kind: 'stage_started' | 'stage_marked_done',
): Promise<void> {
  const ctx = await programContext(deps, userId, 'record');
  if (!ctx.content.stages.some((stage) => stage.id === stageId)) throw stageNotFound();
  await store.recordProgressEvent(deps.db, {
    coupleId: ctx.coupleId,
    id: newId(),
    userId,
    kind,
    stageId,
    occurredOn: ctx.today,
    at: deps.now(),
  });
}

/** Any stage may be begun at any time: pacing suggests, it never locks. */
export function beginStage(deps: AppDeps, userId: string, stageId: string): Promise<void> {
  return recordStageFact(deps, userId, stageId, 'stage_started');
}

export function markStageDone(deps: AppDeps, userId: string, stageId: string): Promise<void> {
  return recordStageFact(deps, userId, stageId, 'stage_marked_done');
}

function presentValues(values: ExerciseValues): Record<string, string | string[]> {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [
      key,
      typeof value === 'string' ? value : [...value],
    ]),
  );
}

/** A stage as this person sees it: content for their role and type, their work, and what their partner shared. */
export async function stageView(deps: AppDeps, userId: string, stageId: string) {
  const ctx = await programContext(deps, userId, 'view');
  const resolved = resolveStage(ctx.content, stageId, ctx.role, ctx.relationshipType);
  if (!resolved) throw stageNotFound();
  const [events, answers] = await Promise.all([
    store.listProgressEvents(deps.db, ctx.coupleId),
    store.listAnswers(deps.db, ctx.coupleId, stageId),
  ]);
  const position = programPosition(ctx.content, factsOf(ctx, userId, events, answers), ctx.today);
  const progress = position.stages.find((stage) => stage.stageId === stageId);
  const { stage } = resolved;
  const ordered = orderedStages(ctx.content);
  const neighbour = (offset: number) => {
    const found = ordered.find((candidate) => candidate.number === stage.number + offset);
    return found ? { id: found.id, title: found.title } : null;
  };
  const partner = ctx.partner;
  return {
    stage: {
      id: stage.id,
      number: stage.number,
      title: stage.title,
      purpose: stage.purpose,
      minimumDays: stage.minimumDays,
      pacingReason: stage.pacingReason,
      reading: stage.reading,
      notes: resolved.notes,
      learn: stage.learn.flatMap((slug) => {
        const article = ctx.content.articles.find((candidate) => candidate.slug === slug);
        return article ? [{ slug, title: article.title, summary: article.summary }] : [];
      }),
      previous: neighbour(-1),
      next: neighbour(1),
    },
    status: progress?.status ?? 'not_started',
    startedOn: progress?.startedOn ?? null,
    doneOn: progress?.doneOn ?? null,
    exercises: resolved.exercises.map((exercise) => {
      const mine = answers.find((a) => a.ownerId === userId && a.exerciseId === exercise.id);
      return {
        id: exercise.id,
        title: exercise.title,
        summary: exercise.summary,
        audience: exercise.audience,
        defaultVisibility: exercise.defaultVisibility,
        respondsTo: exercise.respondsTo,
        respondsToTitle:
          ctx.content.exercises.find((candidate) => candidate.id === exercise.respondsTo)?.title ??
          null,
        instructions: exercise.instructions,
        fields: exercise.fields,
        visibility: mine ? asVisibility(mine.visibility) : exercise.defaultVisibility,
        draft:
          mine?.draft && mine.draftSavedAt
            ? { values: presentValues(mine.draft), savedAt: mine.draftSavedAt.toISOString() }
            : null,
        versions: (mine?.versions ?? []).map((version) => ({
          version: version.version,
          values: presentValues(version.values),
          savedAt: version.savedAt.toISOString(),
        })),
      };
    }),
    partner: partner
      ? {
          displayName: partner.displayName,
          shared: answers.flatMap((answer) => {
            const latest = answer.versions.at(-1);
            const exercise = ctx.content.exercises.find((e) => e.id === answer.exerciseId);
            if (answer.ownerId !== partner.userId || !latest || !exercise || !mayRead(ctx, answer))
              return [];
            return [
              {
                exerciseId: exercise.id,
                title: exercise.title,
                fields: exercise.fields,
                values: presentValues(latest.values),
                version: latest.version,
                savedAt: latest.savedAt.toISOString(),
              },
            ];
          }),
        }
      : null,
  };
}
