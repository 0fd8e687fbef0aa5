import { daysBetween, type LocalDate, localDateOf } from '../time/local-date.js';

export interface SpaceTimeline {
  /** When the space was created. */
  readonly createdAt: Date;
  /** The date the infidelity came to light, as the creator entered it. */
  readonly cameToLightOn: LocalDate;
}

export interface SpaceDays {
  /** Day 1 is the day the space was created, in the viewer's own time zone. */
  readonly daysSinceBegan: number;
  /** Whole days since the infidelity came to light, counted in the viewer's time zone. */
  readonly daysSinceCameToLight: number;
}

/**
 * Counts calendar days, not 24-hour periods, in the viewer's time zone: someone who created the
 * space last night sees "day 2" this morning, the way people count days themselves.
 */
export function spaceDays(timeline: SpaceTimeline, now: Date, timeZone: string): SpaceDays {
  const today = localDateOf(now, timeZone);
  const began = localDateOf(timeline.createdAt, timeZone);
  return {
    daysSinceBegan: Math.max(1, daysBetween(began, today) + 1),
    daysSinceCameToLight: Math.max(0, daysBetween(timeline.cameToLightOn, today)),
  };
}

/** Keys of the next steps the home page offers; later features add their own. */
export type NextStepKey = 'invite_partner' | 'waiting_for_partner' | 'together';

export interface SpaceProgress {
  readonly activeMemberCount: number;
  readonly hasPendingInvitation: boolean;
}

/** What comes next for this space, most useful first. Only steps the product can act on today. */
export function nextSteps(progress: SpaceProgress): NextStepKey[] {
  if (progress.activeMemberCount >= 2) return ['together'];
  return progress.hasPendingInvitation ? ['waiting_for_partner'] : ['invite_partner'];
}
