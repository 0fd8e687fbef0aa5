import { aggregateWeekly, type WeeklyValue } from '../metrics/weekly.js';
import type { LocalDate } from '../time/local-date.js';

/** The guide's words for forgiveness, which the forgiveness questionnaire's bands also use. */
export const FORGIVENESS_LEVELS = ['low', 'moderate', 'high'] as const;
export type ForgivenessLevel = (typeof FORGIVENESS_LEVELS)[number];

/** A therapist's assessment is stored as 1, 2 or 3. */
export function forgivenessLevelOf(value: number): ForgivenessLevel | null {
  return FORGIVENESS_LEVELS[value - 1] ?? null;
}

export interface DatedLevel {
  readonly on: LocalDate;
  readonly level: ForgivenessLevel;
}

/**
 * Forgiveness as the guide measures it: the hurt partner's questionnaire and the therapist's
 * assessment. The most recent of the two stands (a questionnaire taken after the session
 * updates it); on the same day the therapist's assessment stands, as the one made in person.
 */
export function forgivenessLevel(
  questionnaire: DatedLevel | null,
  assessment: DatedLevel | null,
): (DatedLevel & { source: 'questionnaire' | 'therapist' }) | null {
  if (assessment && (!questionnaire || assessment.on >= questionnaire.on)) {
    return { ...assessment, source: 'therapist' };
  }
  return questionnaire ? { ...questionnaire, source: 'questionnaire' } : null;
}

/**
 * Honest, open conversations a week as the therapist observed them: the communication metric's
 * "therapist observation" source, a series of its own beside each partner's self-report.
 */
export function observedCommunication(
  observations: readonly { readonly on: LocalDate; readonly perWeek: number }[],
): WeeklyValue[] {
  return aggregateWeekly(observations.map((o) => ({ date: o.on, value: o.perWeek })));
}

export function isModerateOrHigh(level: ForgivenessLevel | null): boolean {
  return level === 'moderate' || level === 'high';
}
