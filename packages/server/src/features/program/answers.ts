import {
  type CoupleId,
  cleanExerciseValues,
  DomainError,
  type ExerciseContent,
  type ExerciseVisibility,
  isExerciseFor,
  mayChangeExerciseAnswer,
  type UserId,
} from '@amend/core';
import type { AppDeps } from '../../platform/deps.js';
import { newId } from '../../platform/tokens.js';
import { type ProgramContext, programContext } from './context.js';
import * as store from './store.js';

/**
 * Writing to an exercise: only the owner, in their own space, and only an exercise offered to
 * their role and relationship type. Anything else is "not found", like a record one may not see.
 */
async function ownExercise(
  deps: AppDeps,
  userId: string,
  exerciseId: string,
): Promise<{ ctx: ProgramContext; exercise: ExerciseContent; key: store.AnswerKey }> {
  const ctx = await programContext(deps, userId, 'record');
  const exercise = ctx.content.exercises.find((candidate) => candidate.id === exerciseId);
  if (!exercise || !isExerciseFor(exercise, ctx.role, ctx.relationshipType)) {
    throw new DomainError('NOT_FOUND', 'There is no exercise with that name for you.');
  }
  const key = { coupleId: ctx.coupleId, ownerId: userId, exerciseId, stageId: exercise.stage };
  if (
    !mayChangeExerciseAnswer(ctx.viewer, {
      coupleId: ctx.coupleId as CoupleId,
      ownerId: userId as UserId,
    })
  ) {
    throw new DomainError('NOT_FOUND', 'There is no exercise with that name for you.');
  }
  return { ctx, exercise, key };
}

function checked(
  exercise: ExerciseContent,
  values: Record<string, unknown>,
  purpose: 'draft' | 'save',
) {
  const cleaned = cleanExerciseValues(exercise, values, purpose);
  if (cleaned.problems.length > 0) {
    throw new DomainError(
      'VALIDATION_FAILED',
      purpose === 'save'
        ? 'Some answers need another look before this can be saved. Nothing was saved, and your draft is kept.'
        : 'Some answers do not fit this exercise, so the draft was not saved.',
      cleaned.problems,
    );
  }
  return cleaned.values;
}

/** Autosave: the working draft, seen by its owner alone. */
export async function saveDraft(
  deps: AppDeps,
  userId: string,
  exerciseId: string,
  values: Record<string, unknown>,
): Promise<{ savedAt: string }> {
  const { exercise, key } = await ownExercise(deps, userId, exerciseId);
  const at = deps.now();
  await store.saveDraft(deps.db, key, {
    newId: newId(),
    defaultVisibility: exercise.defaultVisibility,
    values: checked(exercise, values, 'draft'),
    at,
  });
  return { savedAt: at.toISOString() };
}

/** A saved answer: a new version, the earlier ones kept, visible as the owner chose. */
export async function saveAnswer(
  deps: AppDeps,
  userId: string,
  exerciseId: string,
  values: Record<string, unknown>,
  visibility: ExerciseVisibility,
): Promise<{ version: number; savedAt: string }> {
  const { exercise, key } = await ownExercise(deps, userId, exerciseId);
  const cleaned = checked(exercise, values, 'save');
  const at = deps.now();
  const version = await store.saveVersion(deps.db, key, {
    newId: newId(),
    visibility,
    values: cleaned,
    at,
  });
  return { version, savedAt: at.toISOString() };
}

/** Who may see the answer; it applies at once to every version, earlier ones included. */
export async function changeVisibility(
  deps: AppDeps,
  userId: string,
  exerciseId: string,
  visibility: ExerciseVisibility,
): Promise<void> {
  const { key } = await ownExercise(deps, userId, exerciseId);
  await store.setVisibility(deps.db, key, { newId: newId(), visibility, at: deps.now() });
}
