import {
  type AgreementHoldingSummary,
  type AgreementState,
  agreementHoldingByWeek,
  type CoupleId,
  type ExerciseContent,
  type ExerciseValues,
  mayReadExerciseAnswer,
  programContent,
  type UserId,
} from '@amend/core';
import type { AppDeps } from '../../platform/deps.js';
import { statusOf } from '../agreements/service.js';
import * as agreementsStore from '../agreements/store.js';
import * as programStore from '../program/store.js';
import { type TherapistCoupleContext, visibleMembers } from './context.js';

export interface SharedAgreementView extends AgreementHoldingSummary {
  readonly id: string;
  /** Only agreements both partners once accepted: a proposal alone is not an agreement yet. */
  readonly state: Extract<AgreementState, 'in_force' | 'change_proposed' | 'ended'>;
  readonly title: string;
  readonly practice: string;
  readonly category: string;
  readonly reviewOn: string;
  readonly sunsetSteps: string[];
  readonly stepsTaken: number;
  /** When both had accepted the terms in force. */
  readonly inForceSince: string | null;
}

export interface SharedExerciseView {
  readonly exerciseId: string;
  readonly title: string;
  readonly stageTitle: string;
  readonly memberId: string;
  readonly displayName: string;
  readonly version: number;
  readonly savedAt: string;
  /** Each answered field as its label and its text (a list's items; a choice's words). */
  readonly answers: { label: string; lines: string[] }[];
}

const SHOWN_STATES = new Set(['in_force', 'change_proposed', 'ended']);

/**
 * The couple's agreements, read-only, when a partner shares agreements and incidents with the
 * therapist. The terms are both partners' (both accepted them), so either partner's consent
 * shows them; each partner's weekly view of whether it held is shown only for a partner who
 * consents. Null when neither does.
 */
export async function sharedAgreements(
  deps: AppDeps,
  context: TherapistCoupleContext,
): Promise<SharedAgreementView[] | null> {
  const sharing = visibleMembers(context, 'agreements_incidents');
  if (sharing.length === 0) return null;
  const [rows, marks] = await Promise.all([
    agreementsStore.readAgreements(deps.db, context.coupleId),
    agreementsStore.holdingMarks(deps.db, context.coupleId),
  ]);
  const memberOf = new Map(sharing.map((member) => [member.userId, member.memberId]));
  const sharedMarks = marks.flatMap((mark) => {
    const memberId = memberOf.get(mark.userId);
    return memberId ? [{ ...mark, memberId }] : [];
  });
  const memberIds = sharing.map((member) => member.memberId);
  return rows.flatMap((row): SharedAgreementView[] => {
    const status = statusOf(row);
    const inForce = row.versions.find((version) => version.version === status.inForceVersion);
    if (!SHOWN_STATES.has(status.state) || !inForce) return [];
    const accepted = row.events.find(
      (event) => event.type === 'accepted' && event.version === inForce.version,
    );
    return [
      {
        id: row.id,
        state: status.state as SharedAgreementView['state'],
        title: inForce.title,
        practice: inForce.practice,
        category: inForce.category,
        reviewOn: inForce.reviewOn,
        sunsetSteps: [...inForce.sunsetSteps],
        stepsTaken: inForce.stepsTaken,
        inForceSince: accepted ? accepted.createdAt.toISOString() : null,
        ...agreementHoldingByWeek(row.id, memberIds, sharedMarks),
      },
    ];
  });
}

/** A saved answer as words: hidden follow-up fields and empty ones are left out. */
function answerLines(exercise: ExerciseContent, values: ExerciseValues) {
  return exercise.fields.flatMap((field) => {
    if (field.showIf && values[field.showIf.field] !== field.showIf.equals) return [];
    const value = values[field.id];
    const items = value === undefined ? [] : typeof value === 'string' ? [value] : [...value];
    const lines =
      field.kind === 'choice'
        ? items.map((id) => field.options.find((option) => option.id === id)?.label ?? id)
        : items.filter((item) => item.trim() !== '');
    return lines.length > 0 ? [{ label: field.label, lines }] : [];
  });
}

/**
 * Exercise answers a partner chose to share with the therapist ("therapist" visibility), while
 * they consent to share their program: the latest saved version of each, decided answer by
 * answer by the same policy that decides what a partner may read.
 */
export async function sharedExercises(
  deps: AppDeps,
  context: TherapistCoupleContext,
): Promise<SharedExerciseView[]> {
  const sharing = visibleMembers(context, 'program');
  if (sharing.length === 0) return [];
  const answers = await programStore.listAnswers(deps.db, context.coupleId);
  const content = programContent();
  const viewer = { ...context.viewer, link: context.link };
  return answers.flatMap((answer): SharedExerciseView[] => {
    const member = sharing.find((candidate) => candidate.userId === answer.ownerId);
    const latest = answer.versions.at(-1);
    const exercise = content.exercises.find((candidate) => candidate.id === answer.exerciseId);
    const visibility =
      answer.visibility === 'therapist' || answer.visibility === 'partner'
        ? answer.visibility
        : 'private';
    const readable = mayReadExerciseAnswer(viewer, {
      coupleId: context.coupleId as CoupleId,
      ownerId: answer.ownerId as UserId,
      visibility,
    });
    if (!member || !latest || !exercise || !readable) return [];
    return [
      {
        exerciseId: exercise.id,
        title: exercise.title,
        stageTitle: content.stages.find((stage) => stage.id === exercise.stage)?.title ?? '',
        memberId: member.memberId,
        displayName: member.displayName,
        version: latest.version,
        savedAt: latest.savedAt.toISOString(),
        answers: answerLines(exercise, latest.values),
      },
    ];
  });
}
