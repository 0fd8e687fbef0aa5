import { addDays, daysBetween, type LocalDate } from '../time/local-date.js';

export const ASSIGNMENT_SCHEDULES = ['once', 'weekly', 'monthly'] as const;
export type AssignmentSchedule = (typeof ASSIGNMENT_SCHEDULES)[number];

/** "Monthly" as four weeks, as for Amend's own monthly questionnaires. */
const REPEAT_DAYS: Record<AssignmentSchedule, number | null> = {
  once: null,
  weekly: 7,
  monthly: 28,
};

/**
 * Whether a questionnaire a therapist assigned is due for the partner today: not before it
 * starts; once, until answered on or after its start; weekly or monthly, until answered since
 * the start and then again each time that long has passed.
 */
export function isAssignmentDue(
  schedule: AssignmentSchedule,
  startsOn: LocalDate,
  lastCompletedOn: LocalDate | null,
  today: LocalDate,
): boolean {
  if (today < startsOn) return false;
  if (lastCompletedOn === null || lastCompletedOn < startsOn) return true;
  const repeat = REPEAT_DAYS[schedule];
  return repeat !== null && daysBetween(lastCompletedOn, today) >= repeat;
}

/** Days between one opening of a recurring assignment and the next; null for one asked once. */
export function assignmentRepeatDays(schedule: AssignmentSchedule): number | null {
  return REPEAT_DAYS[schedule];
}

/**
 * The day an assignment opens for the partner, so a reminder can go out that day: its start,
 * until answered since then; after an answer, that many days later for a weekly or monthly one
 * (the day `isAssignmentDue` turns true again); null once a one-time assignment is answered.
 */
export function assignmentOpensOn(
  schedule: AssignmentSchedule,
  startsOn: LocalDate,
  lastCompletedOn: LocalDate | null,
): LocalDate | null {
  if (lastCompletedOn === null || lastCompletedOn < startsOn) return startsOn;
  const repeat = REPEAT_DAYS[schedule];
  return repeat === null ? null : addDays(lastCompletedOn, repeat);
}
