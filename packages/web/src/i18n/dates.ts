// Dates are always shown in the person's own time zone (the one on their account), so a
// partner in another country sees the same moment in their local time.

/** The language of the messages in en.ts; dates and plurals follow it. */
export const LOCALE = 'en-GB';

function safeTimeZone(timeZone: string | undefined): string | undefined {
  if (timeZone === undefined) return undefined;
  try {
    new Intl.DateTimeFormat(LOCALE, { timeZone });
    return timeZone;
  } catch {
    return undefined;
  }
}

/** "3 March 2025" for an instant (ISO timestamp). */
export function formatDate(iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(LOCALE, {
    dateStyle: 'long',
    timeZone: safeTimeZone(timeZone),
  }).format(new Date(iso));
}

/** "3 March 2025 at 21:15" for an instant (ISO timestamp). */
export function formatDateTime(iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(LOCALE, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: safeTimeZone(timeZone),
  }).format(new Date(iso));
}

/**
 * "3 March 2025" for a calendar date ("2025-03-03"). A calendar date has no time zone, so
 * it is formatted as UTC midnight to stop it shifting to the day before or after.
 */
export function formatCalendarDate(localDate: string): string {
  const [year, month, day] = localDate.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return localDate;
  return new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

/** Today's calendar date ("2025-03-03") in a time zone; used to stop future dates in pickers. */
export function todayInTimeZone(timeZone?: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: safeTimeZone(timeZone),
  }).formatToParts(new Date());
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
