import {
  AMEND_SAFETY_SCREEN,
  assertValidAnswers,
  DomainError,
  maySeeSafetyScreen,
  type SafetyScreenStatus,
  safetyScreenOutcome,
  type UserId,
} from '@amend/core';
import type { AppDeps } from '../../platform/deps.js';
import { newId } from '../../platform/tokens.js';
import * as store from './store.js';

/**
 * The private safety screen and a person's own help resources. Everything here belongs to one
 * person: it is read and written by the owner's user id only, never joined into the couple's
 * records, and writes nothing to the audit trail or the mail, so nothing about it can surface
 * where the partner looks. Someone else's id answers "not found", as a missing one does.
 */

/** A person keeps at most this many local resources: a short list is one they can use. */
export const RESOURCE_LIMIT = 20;

export interface SafetyScreenResult {
  readonly id: string;
  readonly takenAt: string;
  readonly status: SafetyScreenStatus;
  readonly selfHarm: boolean;
  readonly pauseJointExercises: boolean;
  readonly answeredCount: number;
  readonly questionCount: number;
  readonly sharedWithTherapist: boolean;
}

const NOT_FOUND_SCREEN = 'There is no safety check of yours with that id.';
const NOT_FOUND_RESOURCE = 'There is no help contact of yours with that id.';

/** Scored by core each time it is read, so the outcome always follows today's rule. */
function present(row: store.ScreenRow): SafetyScreenResult {
  const outcome = safetyScreenOutcome(row.answers);
  return {
    id: row.id,
    takenAt: row.takenAt.toISOString(),
    status: outcome.status,
    selfHarm: outcome.selfHarm,
    pauseJointExercises: outcome.pauseJointExercises,
    answeredCount: outcome.answeredCount,
    questionCount: outcome.questionCount,
    sharedWithTherapist: row.sharedWithTherapist,
  };
}

/**
 * The store already asks only for the viewer's own rows; the policy checks each row's owner as
 * the database returned it, so a mistake in a query cannot hand one person another's screen.
 */
function visibleTo(userId: string, rows: store.ScreenRow[]): store.ScreenRow[] {
  return rows.filter((row) =>
    maySeeSafetyScreen(
      { userId: userId as UserId },
      { ownerId: row.ownerId as UserId, sharedWithTherapist: row.sharedWithTherapist },
    ),
  );
}

export function safetyScreenQuestions() {
  const definition = AMEND_SAFETY_SCREEN;
  return {
    id: definition.id,
    version: definition.version,
    title: definition.title,
    description: definition.description,
    licenceNote: definition.licenceNote,
    items: definition.items.map((item) => ({
      id: item.id,
      text: item.text,
      options: (item.options ?? []).map(({ code, display }) => ({ code, display })),
    })),
  };
}

export async function screenHistory(deps: AppDeps, userId: string) {
  const screens = visibleTo(userId, await store.listScreens(deps.db, userId)).map(present);
  return { latest: screens[0] ?? null, screens };
}

/**
 * Records one screen. Questions may be skipped (nobody is made to answer), but at least one
 * must be answered, and every answer must be one the screen offers.
 */
export async function takeScreen(
  deps: AppDeps,
  userId: string,
  answers: store.ScreenAnswers,
  idempotencyKey: string | null,
): Promise<{ screen: SafetyScreenResult; created: boolean }> {
  if (idempotencyKey) {
    const earlier = await store.findScreenByIdempotencyKey(deps.db, userId, idempotencyKey);
    if (earlier) return { screen: present(earlier), created: false };
  }
  assertValidAnswers(AMEND_SAFETY_SCREEN, answers);
  if (Object.keys(answers).length === 0) {
    throw new DomainError(
      'VALIDATION_FAILED',
      'Answer at least one question, or leave the check for another time.',
    );
  }
  const id = newId();
  const row = await store.insertScreen(deps.db, {
    userId,
    id,
    instrumentVersion: AMEND_SAFETY_SCREEN.version,
    answers,
    idempotencyKey,
    at: deps.now(),
  });
  return { screen: present(row), created: row.id === id };
}

export async function setScreenSharing(
  deps: AppDeps,
  userId: string,
  screenId: string,
  sharedWithTherapist: boolean,
): Promise<SafetyScreenResult> {
  await store.setSharing(deps.db, userId, screenId, sharedWithTherapist);
  const found = await store.findScreen(deps.db, userId, screenId);
  const [row] = visibleTo(userId, found ? [found] : []);
  if (!row) throw new DomainError('NOT_FOUND', NOT_FOUND_SCREEN);
  return present(row);
}

/** Gone for good: someone who fears their account is being looked at can clear the trace. */
export async function deleteScreen(deps: AppDeps, userId: string, screenId: string) {
  if (!(await store.deleteScreen(deps.db, userId, screenId))) {
    throw new DomainError('NOT_FOUND', NOT_FOUND_SCREEN);
  }
}

export interface ResourceInput {
  readonly name: string;
  readonly contact: string;
  readonly note?: string | null | undefined;
}

function presentResource(row: store.ResourceRow) {
  return { ...row, updatedAt: row.updatedAt.toISOString() };
}

/** Trims what was typed; a name or contact of spaces only is a mistake worth saying so. */
function cleanResource(input: ResourceInput): store.ResourceFields {
  const name = input.name.trim();
  const contact = input.contact.trim();
  const note = input.note?.trim() || null;
  const problems = [
    ...(name ? [] : [{ field: 'name', message: 'Enter a name for this contact.' }]),
    ...(contact
      ? []
      : [
          {
            field: 'contact',
            message: 'Enter a phone number, a web address or another way to reach them.',
          },
        ]),
  ];
  if (problems.length > 0) {
    throw new DomainError('VALIDATION_FAILED', 'Some details need another look.', problems);
  }
  return { name, contact, note };
}

export async function listResources(deps: AppDeps, userId: string) {
  return (await store.listResources(deps.db, userId)).map(presentResource);
}

export async function addResource(deps: AppDeps, userId: string, input: ResourceInput) {
  const fields = cleanResource(input);
  const row = await store.insertResource(
    deps.db,
    { userId, id: newId(), fields, at: deps.now() },
    RESOURCE_LIMIT,
  );
  if (!row) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `You can keep up to ${RESOURCE_LIMIT} contacts here. Remove one you no longer need to add another.`,
    );
  }
  return presentResource(row);
}

export async function updateResource(
  deps: AppDeps,
  userId: string,
  resourceId: string,
  input: ResourceInput,
) {
  const row = await store.updateResource(
    deps.db,
    userId,
    resourceId,
    cleanResource(input),
    deps.now(),
  );
  if (!row) throw new DomainError('NOT_FOUND', NOT_FOUND_RESOURCE);
  return presentResource(row);
}

export async function deleteResource(deps: AppDeps, userId: string, resourceId: string) {
  if (!(await store.deleteResource(deps.db, userId, resourceId))) {
    throw new DomainError('NOT_FOUND', NOT_FOUND_RESOURCE);
  }
}
