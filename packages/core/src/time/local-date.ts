import type { Brand } from '../brand.js';

/** A calendar date (YYYY-MM-DD) as a person sees it in their own time zone. */
export type LocalDate = Brand<string, 'LocalDate'>;

const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Parses YYYY-MM-DD and rejects impossible dates such as 2026-02-30. */
export function parseLocalDate(text: string): LocalDate | null {
  const match = LOCAL_DATE_PATTERN.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = new Date(Date.UTC(year, month - 1, day));
  if (
    utc.getUTCFullYear() !== year ||
    utc.getUTCMonth() !== month - 1 ||
    utc.getUTCDate() !== day
  ) {
    return null;
  }
  return text as LocalDate;
}

/** True when the IANA time zone name is known to this runtime's Intl data. */
export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone.length === 0 || timeZone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The calendar date of an instant for someone living in `timeZone`. */
export function localDateOf(instant: Date, timeZone: string): LocalDate {
  // en-CA formats as YYYY-MM-DD, which is exactly the ISO calendar date we want.
  const text = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
  return text as LocalDate;
}

function toUtcDayNumber(date: LocalDate): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return toUtcDayNumber(to) - toUtcDayNumber(from);
}

/** The date `days` calendar days after `date`. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const utc = new Date((toUtcDayNumber(date) + days) * MS_PER_DAY);
  return utc.toISOString().slice(0, 10) as LocalDate;
}
