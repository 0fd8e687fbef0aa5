/**
 * Growing waits after wrong passwords (or wrong second-factor codes) for one account. A few
 * mistakes cost nothing, because everyone mistypes; after that each wrong try doubles the wait,
 * up to a ceiling. There is no permanent lock: once the wait is over, the right password works,
 * so someone else guessing cannot shut the owner out of their own account for good.
 */
export const FREE_SIGN_IN_FAILURES = 5;
export const FIRST_SIGN_IN_DELAY_MS = 30_000;
export const MAX_SIGN_IN_DELAY_MS = 15 * 60_000;
/** A day without mistakes wipes the slate clean. */
export const SIGN_IN_FAILURE_MEMORY_MS = 24 * 60 * 60_000;

/** How long to wait before the next try, after `failures` wrong tries in a row. */
export function signInDelayMs(failures: number): number {
  if (!Number.isFinite(failures) || failures < FREE_SIGN_IN_FAILURES) return 0;
  const doublings = Math.min(failures - FREE_SIGN_IN_FAILURES, 30);
  return Math.min(FIRST_SIGN_IN_DELAY_MS * 2 ** doublings, MAX_SIGN_IN_DELAY_MS);
}

/** The failures that still count at `now`: none once a day has passed since the last one. */
export function failuresStillCounting(
  failures: number,
  lastFailureAt: Date | null,
  now: Date,
): number {
  if (!lastFailureAt) return 0;
  return now.getTime() - lastFailureAt.getTime() >= SIGN_IN_FAILURE_MEMORY_MS ? 0 : failures;
}

/** Whole seconds to wait, rounded up, as a Retry-After header says them. */
export function secondsToWait(nextAttemptAt: Date, now: Date): number {
  return Math.max(0, Math.ceil((nextAttemptAt.getTime() - now.getTime()) / 1000));
}

/** The wait in words a person can plan around: "30 seconds", "1 minute", "15 minutes". */
export function describeWait(seconds: number): string {
  if (seconds <= 60) {
    const rounded = Math.max(1, seconds);
    return rounded === 60 ? '1 minute' : `${rounded} second${rounded === 1 ? '' : 's'}`;
  }
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minutes`;
}
