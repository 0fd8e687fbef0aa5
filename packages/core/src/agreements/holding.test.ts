import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../time/local-date.js';
import {
  agreementsHeldByWeek,
  compareHolding,
  type HoldingMark,
  type HoldingRecord,
  holdingGapWeeks,
} from './holding.js';

const record = (weekStart: string, agreementId: string, mark: HoldingMark): HoldingRecord => ({
  weekStart: weekStart as LocalDate,
  agreementId,
  mark,
});

describe('did it hold?', () => {
  it('compares two views without a verdict', () => {
    expect(compareHolding('held', 'held')).toBe('same');
    expect(compareHolding('held', 'not_held')).toBe('gap');
    expect(compareHolding('not_sure', 'held')).toBe('gap');
    expect(compareHolding('held', null)).toBe('partner_not_marked');
    expect(compareHolding(null, 'held')).toBe('you_not_marked');
  });

  it('counts the share held among the agreements judged, week by week, with not sure beside it', () => {
    const weeks = agreementsHeldByWeek([
      record('2026-11-23', 'a', 'held'),
      record('2026-11-16', 'a', 'held'),
      record('2026-11-16', 'b', 'not_held'),
      record('2026-11-16', 'c', 'not_sure'),
      record('2026-11-23', 'b', 'held'),
      record('2026-11-30', 'a', 'not_sure'),
    ]);
    expect(weeks).toEqual([
      { weekStart: '2026-11-16', held: 1, notHeld: 1, notSure: 1, shareHeld: 0.5 },
      { weekStart: '2026-11-23', held: 2, notHeld: 0, notSure: 0, shareHeld: 1 },
      { weekStart: '2026-11-30', held: 0, notHeld: 0, notSure: 1, shareHeld: null },
    ]);
    expect(agreementsHeldByWeek([])).toEqual([]);
  });

  it('finds the weeks the two views differed on the same agreement', () => {
    const yours = [record('2026-11-16', 'a', 'held'), record('2026-11-23', 'a', 'held')];
    const partners = [
      record('2026-11-16', 'a', 'held'),
      record('2026-11-23', 'a', 'not_held'),
      record('2026-11-30', 'a', 'not_held'),
    ];
    expect(holdingGapWeeks(yours, partners)).toEqual(['2026-11-23']);
  });
});
