import type { PartnerRole } from '../couples/relationship.js';
import { daysBetween, type LocalDate } from '../time/local-date.js';
import type { InstrumentCadence, InstrumentDefinition } from './definition.js';

/** Days after a completion before the same questionnaire is offered again. */
const REPEAT_AFTER_DAYS: Record<InstrumentCadence, number | null> = {
  weekly: 7,
  // "Monthly" as four weeks, so it falls on the same weekday as the weekly check-in.
  monthly: 28,
  once: null,
  'as-needed': null,
};

/**
 * Whether a questionnaire is due for someone: never taken yet (that first one is their baseline),
 * or its cadence has passed since they last completed it.
 */
export function isQuestionnaireDue(
  cadence: InstrumentCadence | undefined,
  lastCompletedOn: LocalDate | null,
  today: LocalDate,
): boolean {
  if (lastCompletedOn === null) return true;
  const repeatAfter = REPEAT_AFTER_DAYS[cadence ?? 'as-needed'];
  return repeatAfter !== null && daysBetween(lastCompletedOn, today) >= repeatAfter;
}

/** The forgiveness questionnaire is for the partner who was hurt (or both, when both were). */
export function isOfferedTo(definition: InstrumentDefinition, role: PartnerRole): boolean {
  const respondent = definition.respondent ?? 'any';
  if (respondent === 'any') return true;
  return role === respondent || role === 'both';
}
