import { describe, expect, it } from 'vitest';
import { agreementHoldingByWeek } from './agreements.js';

describe('an agreement held, week by week, for the therapist', () => {
  it('lines up each sharing partner’s own marks by week and counts the weeks held', () => {
    const summary = agreementHoldingByWeek(
      'a1',
      ['alex', 'sam'],
      [
        { agreementId: 'a1', memberId: 'sam', weekStart: '2026-11-09', mark: 'not_held' },
        { agreementId: 'a1', memberId: 'alex', weekStart: '2026-11-02', mark: 'held' },
        { agreementId: 'a1', memberId: 'alex', weekStart: '2026-11-09', mark: 'held' },
        // Another agreement, and a partner who does not share: neither counts.
        { agreementId: 'a2', memberId: 'alex', weekStart: '2026-11-09', mark: 'not_held' },
        { agreementId: 'a1', memberId: 'robin', weekStart: '2026-11-16', mark: 'held' },
      ],
    );
    expect(summary.weeks).toEqual([
      {
        weekStart: '2026-11-02',
        marks: [
          { memberId: 'alex', mark: 'held' },
          { memberId: 'sam', mark: null },
        ],
      },
      {
        weekStart: '2026-11-09',
        marks: [
          { memberId: 'alex', mark: 'held' },
          { memberId: 'sam', mark: 'not_held' },
        ],
      },
    ]);
    expect(summary.partners).toEqual([
      { memberId: 'alex', marked: 2, held: 2 },
      { memberId: 'sam', marked: 1, held: 0 },
    ]);
  });
});
