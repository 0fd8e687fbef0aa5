import { nextWeeklyReminder, type WeeklyTime } from '../reminders/schedule.js';

/**
 * A private iCalendar feed (RFC 5545) a person subscribes to from their own calendar app.
 * Every time is written in UTC (a trailing Z), worked out here for each date with the zone's
 * own clock changes, so no VTIMEZONE is needed and every calendar app reads it the same way.
 * Titles are neutral on purpose: calendars show on lock screens and shared screens.
 */

export interface CalendarEvent {
  /** Stable across refreshes, so a calendar updates an event rather than adding a copy. */
  readonly uid: string;
  readonly startsAt: Date;
  readonly durationMinutes: number;
  readonly summary: string;
  readonly cancelled?: boolean;
}

export interface CalendarFeed {
  readonly name: string;
  readonly events: readonly CalendarEvent[];
  /** When the feed was made: each event's DTSTAMP. */
  readonly generatedAt: Date;
}

/** Text values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export function escapeIcsText(text: string): string {
  return text
    .replaceAll('\\', '\\\\')
    .replaceAll(';', '\\;')
    .replaceAll(',', '\\,')
    .replaceAll(/\r\n|\r|\n/g, '\\n');
}

/** How many bytes a character (one code point) takes in UTF-8. */
function utf8Length(character: string): number {
  const codePoint = character.codePointAt(0) ?? 0;
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/** Lines longer than 75 octets continue on the next line after a space (RFC 5545 §3.1). */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let currentBytes = 0;
  for (const character of line) {
    const size = utf8Length(character);
    // The first line holds 75 octets; continuation lines 74 after their leading space.
    const limit = parts.length === 0 ? 75 : 74;
    if (currentBytes + size > limit) {
      parts.push(current);
      current = '';
      currentBytes = 0;
    }
    current += character;
    currentBytes += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** 20261209T190000Z */
export function icsUtcTime(instant: Date): string {
  return `${instant.toISOString().slice(0, 19).replaceAll(/[-:]/g, '')}Z`;
}

export function calendarFeedText(feed: CalendarFeed): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Amend//Calendar link//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(feed.name)}`,
  ];
  for (const event of feed.events) {
    const endsAt = new Date(event.startsAt.getTime() + event.durationMinutes * 60_000);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeIcsText(event.uid)}`,
      `DTSTAMP:${icsUtcTime(feed.generatedAt)}`,
      `DTSTART:${icsUtcTime(event.startsAt)}`,
      `DTEND:${icsUtcTime(endsAt)}`,
      `SUMMARY:${escapeIcsText(event.summary)}`,
      `STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}

/**
 * The next `weeks` occurrences of a weekly time in a person's zone, as separate events (each on
 * its own wall-clock time across clock changes), starting after `from`.
 */
export function weeklyOccurrences(
  weekly: WeeklyTime,
  timeZone: string,
  from: Date,
  weeks: number,
): { startsAt: Date; localDate: string }[] {
  const occurrences: { startsAt: Date; localDate: string }[] = [];
  let after = from;
  for (let week = 0; week < weeks; week += 1) {
    const next = nextWeeklyReminder(weekly, after, timeZone);
    occurrences.push({ startsAt: next.at, localDate: next.occurrenceDate });
    after = next.at;
  }
  return occurrences;
}
