/**
 * Time-outs: when a conversation floods, either partner can ask for a pause and name when they
 * will come back, from 20 minutes (about the least a flooded body needs to settle) to a day.
 * Pauses are counted so a couple can see how they use them, and never scored as failures.
 */
export const TIME_OUT_MINUTES = { min: 20, max: 24 * 60 } as const;
export const TIME_OUT_REASON_MAX_LENGTH = 200;
/** After the agreed time, the prompt to come back stays on screen this long unless ended. */
export const RETURN_PROMPT_HOURS = 12;

export type TimeOutStatus = 'paused' | 'time_to_return' | 'over';

export interface TimeOutFacts {
  readonly startedAt: Date;
  readonly returnAt: Date;
  readonly endedAt: Date | null;
}

export function returnTimeOf(startedAt: Date, minutes: number): Date {
  return new Date(startedAt.getTime() + minutes * 60_000);
}

export function isValidTimeOutLength(minutes: number): boolean {
  return (
    Number.isInteger(minutes) && minutes >= TIME_OUT_MINUTES.min && minutes <= TIME_OUT_MINUTES.max
  );
}

/**
 * Where a pause stands at `now`: paused until the agreed time; then time to come back (for
 * RETURN_PROMPT_HOURS, so a pause nobody ended does not hang on the home page for ever); over
 * once the person who asked for it ends it, or after that.
 */
export function timeOutStatus(timeOut: TimeOutFacts, now: Date): TimeOutStatus {
  if (timeOut.endedAt !== null && timeOut.endedAt <= now) return 'over';
  if (now < timeOut.returnAt) return 'paused';
  const promptEnds = timeOut.returnAt.getTime() + RETURN_PROMPT_HOURS * 3_600_000;
  return now.getTime() < promptEnds ? 'time_to_return' : 'over';
}
