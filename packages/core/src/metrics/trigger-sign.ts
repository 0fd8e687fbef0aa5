import { compareTriggerWindows, type TriggerFact } from '../talking/triggers.js';
import type { LocalDate } from '../time/local-date.js';
import type { SignOfProgress } from './signs-of-progress.js';

/** A fall in mean intensity smaller than this (on the 1–5 scale) is noise, not a change. */
const INTENSITY_FALL = 0.5;
/** Two full four-week windows are needed before any comparison can be read. */
const DAYS_TO_COMPARE = 28;

/**
 * Fewer or gentler triggers (a sign of healing for the hurt partner), from their own trigger
 * log only: showing when the last four weeks held fewer trigger moments than the four before,
 * or the same number or fewer with a mean intensity lower by at least 0.5. Not enough data until
 * the person has logged for at least four weeks and logged something in the last eight: a log
 * that is new, or no longer used, says nothing either way. Otherwise 'not_yet', never a failure:
 * triggers come in waves (anniversaries, a song), and a hard month is part of the path.
 */
export function fewerTriggers(triggers: readonly TriggerFact[], today: LocalDate): SignOfProgress {
  const { last4Weeks, previous4Weeks, daysLogging } = compareTriggerWindows(triggers, today);
  const evidence: Record<string, number> = {
    triggersLast4Weeks: last4Weeks.count,
    triggersPrevious4Weeks: previous4Weeks.count,
  };
  if (last4Weeks.meanIntensity !== null)
    evidence.triggerIntensityLast4Weeks = last4Weeks.meanIntensity;
  if (previous4Weeks.meanIntensity !== null)
    evidence.triggerIntensityPrevious4Weeks = previous4Weeks.meanIntensity;
  const recent = last4Weeks.count + previous4Weeks.count;
  if (daysLogging === null || daysLogging < DAYS_TO_COMPARE || recent === 0) {
    return { key: 'fewer_triggers', status: 'not_enough_data', evidence };
  }
  const fewer = last4Weeks.count < previous4Weeks.count;
  const gentler =
    last4Weeks.count <= previous4Weeks.count &&
    last4Weeks.meanIntensity !== null &&
    previous4Weeks.meanIntensity !== null &&
    previous4Weeks.meanIntensity - last4Weeks.meanIntensity >= INTENSITY_FALL;
  return { key: 'fewer_triggers', status: fewer || gentler ? 'showing' : 'not_yet', evidence };
}
