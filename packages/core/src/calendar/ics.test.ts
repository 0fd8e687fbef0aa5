import { describe, expect, it } from 'vitest';
import { findSensitiveWords } from '../safety/discreet-wording.js';
import { calendarFeedText, escapeIcsText, foldIcsLine, weeklyOccurrences } from './ics.js';

describe('iCalendar feed', () => {
  it('escapes text and folds long lines at 75 octets without splitting a character', () => {
    expect(escapeIcsText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
    const folded = foldIcsLine(`SUMMARY:${'é'.repeat(80)}`);
    for (const line of folded.split('\r\n')) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    }
    expect(folded.replaceAll('\r\n ', '')).toBe(`SUMMARY:${'é'.repeat(80)}`);
  });

  it('writes events in UTC with CRLF line ends, neutral titles and stable ids', () => {
    const text = calendarFeedText({
      name: 'Calendar',
      generatedAt: new Date('2026-12-04T10:00:00Z'),
      events: [
        {
          uid: 'appointment-1@amend',
          startsAt: new Date('2026-12-09T17:00:00Z'),
          durationMinutes: 50,
          summary: 'Appointment',
        },
      ],
    });
    expect(text).toContain('DTSTART:20261209T170000Z\r\nDTEND:20261209T175000Z\r\n');
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(findSensitiveWords(text)).toEqual(['amend']); // only in ids and PRODID
  });

  it('keeps a weekly meeting on its wall-clock time across a clock change', () => {
    const meetings = weeklyOccurrences(
      { weekday: 7, minuteOfDay: 20 * 60 },
      'Europe/Berlin',
      new Date('2026-10-18T00:00:00Z'),
      3,
    );
    expect(meetings.map((meeting) => meeting.startsAt.toISOString())).toEqual([
      '2026-10-18T18:00:00.000Z', // CEST
      '2026-10-25T19:00:00.000Z', // CET from that morning
      '2026-11-01T19:00:00.000Z',
    ]);
  });
});
