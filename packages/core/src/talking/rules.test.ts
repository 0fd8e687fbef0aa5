import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signsOfProgress } from '../metrics/signs-of-progress.js';
import { fewerTriggers } from '../metrics/trigger-sign.js';
import { addDays, type LocalDate } from '../time/local-date.js';
import { MEETING_PLANNED_MINUTES, MEETING_SECTIONS, meetingMinutes } from './meeting.js';
import { isValidTimeOutLength, returnTimeOf, timeOutStatus } from './time-out.js';
import { connectionMoments } from './together.js';
import { compareTriggerWindows } from './triggers.js';

const TODAY = '2026-12-04' as LocalDate;

describe('the weekly meeting', () => {
  it('plans a guided agenda of 20 to 30 minutes in seven parts, appreciation first', () => {
    expect(MEETING_PLANNED_MINUTES).toBeGreaterThanOrEqual(20);
    expect(MEETING_PLANNED_MINUTES).toBeLessThanOrEqual(30);
    expect(MEETING_SECTIONS.map((section) => section.id)).toEqual([
      'appreciations',
      'went_well',
      'was_hard',
      'agreements',
      'questions',
      'requests',
      'time_together',
    ]);
  });

  it('logs a finished meeting as lasting from start to end, at least a minute, at most two hours', () => {
    const start = new Date('2026-12-04T19:00:00Z');
    expect(meetingMinutes(start, new Date('2026-12-04T19:26:40Z'))).toBe(27);
    expect(meetingMinutes(start, start)).toBe(1);
    expect(meetingMinutes(start, new Date('2026-12-05T08:00:00Z'))).toBe(120);
  });
});

describe('time-outs', () => {
  const startedAt = new Date('2026-12-04T20:00:00Z');
  const pause = { startedAt, returnAt: returnTimeOf(startedAt, 30), endedAt: null };

  it('accepts a return time from 20 minutes to a day, in whole minutes', () => {
    expect([19, 20, 1440, 1441, 30.5].map(isValidTimeOutLength)).toEqual([
      false,
      true,
      true,
      false,
      false,
    ]);
  });

  it('is a pause until the agreed time, then time to come back, then over', () => {
    expect(timeOutStatus(pause, new Date('2026-12-04T20:29:59Z'))).toBe('paused');
    expect(timeOutStatus(pause, new Date('2026-12-04T20:30:00Z'))).toBe('time_to_return');
    expect(timeOutStatus(pause, new Date('2026-12-05T08:30:00Z'))).toBe('over');
  });

  it('is over as soon as the person who asked for it ends it', () => {
    const ended = { ...pause, endedAt: new Date('2026-12-04T20:10:00Z') };
    expect(timeOutStatus(ended, new Date('2026-12-04T20:11:00Z'))).toBe('over');
  });
});

describe('trigger moments in the signs of progress', () => {
  const at = (daysAgo: number, intensity: number) => ({
    date: addDays(TODAY, -daysAgo),
    intensity,
  });

  it('compares the last four weeks with the four before, ignoring what is dated later', () => {
    const comparison = compareTriggerWindows([at(1, 2), at(30, 4), at(40, 5), at(-3, 5)], TODAY);
    expect(comparison.last4Weeks).toEqual({ count: 1, meanIntensity: 2 });
    expect(comparison.previous4Weeks).toEqual({ count: 2, meanIntensity: 4.5 });
    expect(comparison.daysLogging).toBe(40);
  });

  it('shows when triggers come less often, or as often but gentler', () => {
    expect(fewerTriggers([at(1, 4), at(30, 4), at(35, 4)], TODAY).status).toBe('showing');
    expect(fewerTriggers([at(1, 2), at(30, 4)], TODAY).status).toBe('showing');
  });

  it('says not yet, never failed, when they come as often and as strong', () => {
    expect(fewerTriggers([at(1, 4), at(2, 4), at(30, 4)], TODAY).status).toBe('not_yet');
  });

  it('needs four weeks of logging and something logged in the last eight', () => {
    expect(fewerTriggers([at(3, 5)], TODAY).status).toBe('not_enough_data');
    expect(fewerTriggers([at(100, 5)], TODAY).status).toBe('not_enough_data');
    expect(fewerTriggers([], TODAY).status).toBe('not_enough_data');
  });
});

describe('appreciation and time together toward closeness', () => {
  const base = {
    today: TODAY,
    trust: [],
    closeness: [],
    honestConversations: [],
    incidents: [],
    checkInWeeks: [],
  };
  const closenessWith = (moments: LocalDate[]) =>
    signsOfProgress({ ...base, connectionMoments: moments }).find((s) => s.key === 'closeness');

  it('counts appreciations sent and time together that happened, not plans', () => {
    const appreciations = [addDays(TODAY, -1), addDays(TODAY, -8)];
    expect(connectionMoments(appreciations, [addDays(TODAY, -3), null])).toEqual([
      ...appreciations,
      addDays(TODAY, -3),
    ]);
  });

  it('shows growing closeness with about one moment of connection a week', () => {
    const four = [1, 6, 12, 20].map((days) => addDays(TODAY, -days));
    expect(closenessWith(four)?.status).toBe('showing');
    expect(closenessWith(four)?.evidence.connectionMomentsLast4Weeks).toBe(4);
    expect(closenessWith(four.slice(0, 2))?.status).toBe('not_yet');
    expect(closenessWith([])?.status).toBe('not_enough_data');
  });
});

describe('signs of progress, as properties', () => {
  const base = {
    today: TODAY,
    trust: [],
    closeness: [],
    honestConversations: [],
    incidents: [],
    checkInWeeks: [],
  };
  const rank = { not_enough_data: 0, not_yet: 1, showing: 2 } as const;
  const daysAgo = fc.array(fc.integer({ min: 0, max: 120 }), { maxLength: 30 });

  it('more moments of connection never make growing closeness look worse', () => {
    fc.assert(
      fc.property(daysAgo, daysAgo, (some, more) => {
        const dates = (days: number[]) => days.map((n) => addDays(TODAY, -n));
        const closeness = (moments: LocalDate[]) =>
          signsOfProgress({ ...base, connectionMoments: moments }).find(
            (sign) => sign.key === 'closeness',
          )?.status ?? 'not_enough_data';
        const before = closeness(dates(some));
        const after = closeness([...dates(some), ...dates(more)]);
        expect(rank[after]).toBeGreaterThanOrEqual(rank[before]);
      }),
    );
  });

  it('a trigger moment dated after today changes nothing', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            days: fc.integer({ min: 0, max: 90 }),
            intensity: fc.integer({ min: 1, max: 5 }),
          }),
        ),
        fc.integer({ min: 1, max: 30 }),
        (moments, ahead) => {
          const triggers = moments.map((m) => ({
            date: addDays(TODAY, -m.days),
            intensity: m.intensity,
          }));
          const later = [...triggers, { date: addDays(TODAY, ahead), intensity: 5 }];
          expect(fewerTriggers(later, TODAY)).toEqual(fewerTriggers(triggers, TODAY));
        },
      ),
    );
  });
});
