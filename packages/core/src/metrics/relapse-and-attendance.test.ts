import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../time/local-date.js';
import { attendanceSeries, relapseSummary } from './relapse-and-attendance.js';

const d = (text: string) => text as LocalDate;

describe('relapse summary', () => {
  it('counts incidents by kind and disclosure, recent ones, and weeks since the last', () => {
    const summary = relapseSummary(
      [
        { date: d('2026-01-05'), kind: 'contact', disclosure: 'discovered' },
        { date: d('2026-09-01'), kind: 'lie', disclosure: 'proactive' },
        { date: d('2027-01-01'), kind: 'new_affair', disclosure: 'discovered' },
      ],
      d('2026-10-13'),
    );
    expect(summary).toEqual({
      total: 2,
      proactive: 1,
      discovered: 1,
      last12Weeks: 1,
      weeksSinceLast: 6,
      byKind: { contact: 1, new_affair: 0, lie: 1, broken_agreement: 0 },
    });
  });

  it('says nothing has happened when nothing has', () => {
    expect(relapseSummary([], d('2026-10-13'))).toMatchObject({ total: 0, weeksSinceLast: null });
  });
});

describe('attendance series', () => {
  it('accumulates sessions week by week, with the guide’s range reaching 8–12', () => {
    const series = attendanceSeries(
      [d('2026-01-07'), d('2026-01-08'), d('2026-01-21')],
      d('2026-01-05'),
      d('2027-02-01'),
    );
    expect(series[0]).toMatchObject({ weekStart: '2026-01-05', cumulative: 2 });
    expect(series[2]?.cumulative).toBe(3);
    expect(series.at(-1)?.cumulative).toBe(3);
    expect(series[0]?.band?.low).toBe(0);
    expect(series.at(-1)?.band).toEqual({ low: 8, high: 12 });
  });

  it('never decreases and ends with the number of sessions held so far', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 40 }), (offsets) => {
        const start = d('2026-01-05');
        const dates = offsets.map((offset) => {
          const day = new Date(Date.UTC(2026, 0, 5 + offset));
          return day.toISOString().slice(0, 10) as LocalDate;
        });
        const series = attendanceSeries(dates, start, d('2027-02-15'));
        for (let i = 1; i < series.length; i += 1) {
          expect(series[i]?.cumulative).toBeGreaterThanOrEqual(series[i - 1]?.cumulative ?? 0);
        }
        expect(series.at(-1)?.cumulative).toBe(dates.length);
      }),
    );
  });
});
