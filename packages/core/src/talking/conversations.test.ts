import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WeeklyValue } from '../metrics/weekly.js';
import { addDays, type LocalDate } from '../time/local-date.js';
import {
  checkinPrefillFromLog,
  communicationFrequency,
  conversationLogByWeek,
  ratedHonestByAll,
} from './conversations.js';

const MONDAY = '2026-11-02' as LocalDate;
const ALEX = 'alex';
const SAM = 'sam';

describe('ratedHonestByAll', () => {
  it('counts a conversation both partners rated 4 or 5 for honesty', () => {
    const ratings = [
      { userId: ALEX, honest: 4 },
      { userId: SAM, honest: 5 },
    ];
    expect(ratedHonestByAll(ratings, [ALEX, SAM])).toBe(true);
  });

  it('does not count it while one partner has not rated, or rated it 3 or lower', () => {
    expect(ratedHonestByAll([{ userId: ALEX, honest: 5 }], [ALEX, SAM])).toBe(false);
    const oneDoubts = [
      { userId: ALEX, honest: 5 },
      { userId: SAM, honest: 3 },
    ];
    expect(ratedHonestByAll(oneDoubts, [ALEX, SAM])).toBe(false);
  });

  it('counts a person using Amend alone by their own rating, and nobody by none', () => {
    expect(ratedHonestByAll([{ userId: ALEX, honest: 4 }], [ALEX])).toBe(true);
    expect(ratedHonestByAll([], [])).toBe(false);
  });
});

describe('conversationLogByWeek', () => {
  it('counts logged and honest conversations per ISO week, oldest week first', () => {
    const honest = [
      { userId: ALEX, honest: 5 },
      { userId: SAM, honest: 4 },
    ];
    const log = conversationLogByWeek(
      [
        { heldOn: addDays(MONDAY, 8), ratings: honest },
        { heldOn: MONDAY, ratings: honest },
        { heldOn: addDays(MONDAY, 6), ratings: [{ userId: ALEX, honest: 2 }] },
      ],
      [ALEX, SAM],
    );
    expect(log).toEqual([
      { weekStart: MONDAY, logged: 2, honest: 1 },
      { weekStart: addDays(MONDAY, 7), logged: 1, honest: 1 },
    ]);
  });
});

describe('communicationFrequency', () => {
  const weeks = fc
    .uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 20 })
    .map((offsets) => offsets.sort((a, b) => a - b).map((offset) => addDays(MONDAY, offset * 7)));
  const checkinSeries = weeks.chain((starts) =>
    fc
      .tuple(...starts.map(() => fc.integer({ min: 0, max: 20 })))
      .map((values) =>
        starts.map((weekStart, i): WeeklyValue => ({ weekStart, value: values[i] ?? 0, count: 1 })),
      ),
  );

  it('is exactly the check-in series for a couple who never log a conversation', () => {
    fc.assert(
      fc.property(checkinSeries, (series) => {
        expect(communicationFrequency(series, [])).toEqual(series);
      }),
    );
  });

  it('takes a week from the log when anything was logged that week, never both', () => {
    fc.assert(
      fc.property(checkinSeries, weeks, (series, loggedWeeks) => {
        const log = loggedWeeks.map((weekStart) => ({ weekStart, logged: 3, honest: 2 }));
        const merged = communicationFrequency(series, log);
        const starts = merged.map((week) => week.weekStart);
        expect(new Set(starts).size).toBe(starts.length);
        expect([...starts].sort()).toEqual(starts);
        for (const week of merged) {
          const fromLog = loggedWeeks.includes(week.weekStart);
          const fromCheckin = series.find((own) => own.weekStart === week.weekStart);
          expect(week.value).toBe(fromLog ? 2 : fromCheckin?.value);
        }
      }),
    );
  });

  it('prefills the check-in with the log’s honest count for that week, or nothing', () => {
    const log = [{ weekStart: MONDAY, logged: 4, honest: 3 }];
    expect(checkinPrefillFromLog(log, MONDAY)).toBe(3);
    expect(checkinPrefillFromLog(log, addDays(MONDAY, 7))).toBeUndefined();
  });
});
