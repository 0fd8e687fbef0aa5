import {
  addDays,
  agreementsHeldByWeek,
  compareHolding,
  DomainError,
  type HoldingComparison,
  type HoldingMark,
  type HoldingRecord,
  holdingGapWeeks,
  type LocalDate,
  localDateOf,
  type WeeklyHolding,
  weekStartOf,
} from '@amend/core';
import type { AppDeps } from '../../platform/deps.js';
import { type SpaceContext, spaceContext } from '../space/service.js';
import { statusOf } from './service.js';
import * as store from './store.js';

/** In force now: the weekly question is asked about these. */
const ASKED_STATES = new Set(['in_force', 'change_proposed']);

export interface HoldingWeekView {
  readonly weekStart: string;
  /** The last day this week's marks can be changed, in the person's own time zone. */
  readonly editableUntil: string;
  readonly agreements: {
    readonly id: string;
    readonly title: string;
    readonly yours: HoldingMark | null;
    /** The partner's own view for the same week; null until they have marked it. */
    readonly partners: HoldingMark | null;
    readonly comparison: HoldingComparison;
  }[];
  /** Whether someone else is in the space to give their view. */
  readonly hasPartner: boolean;
}

/**
 * The agreements asked about this week (those in force, and any already marked this week if one
 * has since ended), with the person's own mark and the partner's for the same week. The week is
 * the person's check-in week, counted in their own time zone.
 */
export async function holdingThisWeek(deps: AppDeps, userId: string): Promise<HoldingWeekView> {
  const space = await spaceContext(deps, userId, 'view');
  const weekStart = weekStartOf(localDateOf(deps.now(), space.timeZone));
  const [rows, marks] = await Promise.all([
    store.readAgreements(deps.db, space.coupleId),
    store.holdingMarks(deps.db, space.coupleId, [weekStart]),
  ]);
  const partnerIds = new Set(
    space.members.filter((member) => member.userId !== userId).map((member) => member.userId),
  );
  const markOf = (agreementId: string, mine: boolean) =>
    marks.find(
      (mark) =>
        mark.agreementId === agreementId &&
        (mine ? mark.userId === userId : partnerIds.has(mark.userId)),
    )?.mark ?? null;
  const asked = rows
    .filter(
      (row) =>
        ASKED_STATES.has(statusOf(row).state) || marks.some((mark) => mark.agreementId === row.id),
    )
    .reverse();
  return {
    weekStart,
    editableUntil: addDays(weekStart, 6),
    hasPartner: partnerIds.size > 0,
    agreements: asked.map((row) => {
      const inForceVersion = statusOf(row).inForceVersion;
      const inForce = row.versions.find((version) => version.version === inForceVersion);
      const yours = markOf(row.id, true);
      const partners = markOf(row.id, false);
      return {
        id: row.id,
        title: (inForce ?? row.versions[0])?.title ?? '',
        yours,
        partners,
        comparison: compareHolding(yours, partners),
      };
    }),
  };
}

/**
 * Saves the person's marks for this week. Only agreements in force (or already marked this week)
 * can be marked; anything else is named in the error and nothing is saved.
 */
export async function saveHolding(
  deps: AppDeps,
  userId: string,
  marks: readonly { agreementId: string; mark: HoldingMark }[],
): Promise<HoldingWeekView> {
  const week = await holdingThisWeek(deps, userId);
  const askable = new Set(week.agreements.map((agreement) => agreement.id));
  const unknown = marks.findIndex((mark) => !askable.has(mark.agreementId));
  if (unknown >= 0) {
    throw new DomainError('NOT_FOUND', 'That agreement is not in force in your space this week.', [
      { field: `marks/${unknown}/agreementId`, message: 'Mark only the agreements shown.' },
    ]);
  }
  const ids = marks.map((mark) => mark.agreementId);
  if (new Set(ids).size !== ids.length) {
    throw new DomainError('VALIDATION_FAILED', 'Each agreement can be marked once a week.', [
      { field: 'marks', message: 'Name each agreement once.' },
    ]);
  }
  const space = await spaceContext(deps, userId, 'record');
  await store.saveHoldingMarks(deps.db, space.coupleId, userId, week.weekStart, marks, deps.now());
  return holdingThisWeek(deps, userId);
}

export interface AgreementsHeldView {
  readonly partners: {
    readonly memberId: string;
    readonly displayName: string;
    readonly isYou: boolean;
    readonly weekly: WeeklyHolding[];
  }[];
  /** Weeks where the two views of the same agreement differed. */
  readonly gapWeeks: string[];
}

/**
 * The "agreements held" metric for the dashboard, for a space already resolved and authorized
 * for viewing: each member's own share held per week, and the weeks their views differed.
 */
export async function agreementsHeldInSpace(
  deps: AppDeps,
  space: SpaceContext,
): Promise<AgreementsHeldView> {
  const marks = await store.holdingMarks(deps.db, space.coupleId);
  const recordsOf = (userId: string): HoldingRecord[] =>
    marks
      .filter((mark) => mark.userId === userId)
      .map((mark) => ({
        agreementId: mark.agreementId,
        weekStart: mark.weekStart as LocalDate,
        mark: mark.mark,
      }));
  const you = recordsOf(space.userId);
  const partner = space.members.find((member) => member.userId !== space.userId);
  return {
    partners: space.members.map((member) => ({
      memberId: member.memberId,
      displayName: member.displayName,
      isYou: member.userId === space.userId,
      weekly: agreementsHeldByWeek(recordsOf(member.userId)),
    })),
    gapWeeks: partner ? holdingGapWeeks(you, recordsOf(partner.userId)) : [],
  };
}
