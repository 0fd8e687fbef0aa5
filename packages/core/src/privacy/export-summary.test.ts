import { describe, expect, it } from 'vitest';
import type { DatedValue } from '../metrics/weekly.js';
import type { LocalDate } from '../time/local-date.js';
import { monthlyAverages, ratingJourney } from './export-summary.js';

const day = (text: string) => text as LocalDate;

/** One rating each Monday from 2026-01-05, in the order given. */
function weekly(values: number[]): DatedValue[] {
  return values.map((value, index) => {
    const date = new Date(Date.UTC(2026, 0, 5 + index * 7));
    return { date: day(date.toISOString().slice(0, 10)), value };
  });
}

describe('ratingJourney', () => {
  it('is null when nothing has been rated', () => {
    expect(ratingJourney([])).toBeNull();
  });

  it('compares the first four rated weeks with the latest four', () => {
    const journey = ratingJourney(weekly([2, 3, 3, 4, 5, 5, 6, 6, 6, 7]));
    expect(journey).toMatchObject({
      weeksRated: 10,
      firstWeek: '2026-01-05',
      latestWeek: '2026-03-09',
      spanWeeks: 9,
      startedAround: 3,
      recentlyAround: 6.3,
      change: 3.3,
      trend: 'rising',
    });
  });

  it('counts two ratings in one week as one week, by their mean', () => {
    const journey = ratingJourney([
      { date: day('2026-01-05'), value: 2 },
      { date: day('2026-01-07'), value: 4 },
    ]);
    expect(journey).toMatchObject({ weeksRated: 1, startedAround: 3, recentlyAround: 3 });
    expect(journey?.trend).toBe('not_enough_data');
  });

  it('reads a fall as a fall, with a negative change', () => {
    const journey = ratingJourney(weekly([8, 8, 7, 7, 6, 5, 4, 4]));
    expect(journey?.change).toBeLessThan(0);
    expect(journey?.trend).toBe('falling');
  });
});

describe('monthlyAverages', () => {
  it('averages the weeks of each month, oldest month first', () => {
    expect(monthlyAverages(weekly([2, 4, 3, 3, 5, 6]))).toEqual([
      { month: '2026-01', average: 3, weeks: 4 },
      { month: '2026-02', average: 5.5, weeks: 2 },
    ]);
  });
});
