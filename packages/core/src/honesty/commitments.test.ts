import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import type { LocalDate } from '../time/local-date.js';
import {
  checkAcknowledge,
  checkCommitmentUntil,
  checkMarkableWeek,
  commitmentConsistency,
  commitmentWeeks,
  consistencySummary,
  type KeptMarkRecord,
} from './commitments.js';

const day = (text: string) => text as LocalDate;
const AUTHOR = 'involved';
const PARTNER = 'hurt';

function codeOf(check: () => void): string {
  try {
    check();
    return 'allowed';
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

describe('a commitment’s weeks', () => {
  it('counts weeks from the day it was made, up to today or its end', () => {
    const weeks = commitmentWeeks(day('2026-11-04'), day('2026-12-31'), day('2026-11-20'));
    expect(weeks).toEqual([
      { week: 1, startsOn: '2026-11-04', endsOn: '2026-11-10' },
      { week: 2, startsOn: '2026-11-11', endsOn: '2026-11-17' },
      { week: 3, startsOn: '2026-11-18', endsOn: '2026-11-24' },
    ]);
    const ended = commitmentWeeks(day('2026-11-04'), day('2026-11-14'), day('2026-12-20'));
    expect(ended.at(-1)).toEqual({ week: 2, startsOn: '2026-11-11', endsOn: '2026-11-14' });
  });

  it('asks for an end at least a week and at most a year away', () => {
    const today = day('2026-12-04');
    expect(codeOf(() => checkCommitmentUntil(day('2026-12-07'), today))).toBe('VALIDATION_FAILED');
    expect(codeOf(() => checkCommitmentUntil(day('2026-12-10'), today))).toBe('allowed');
    expect(codeOf(() => checkCommitmentUntil(day('2027-12-10'), today))).toBe('VALIDATION_FAILED');
  });

  it('takes marks for weeks that have begun, until four weeks after the end', () => {
    const made = day('2026-11-04');
    const until = day('2026-11-30');
    expect(codeOf(() => checkMarkableWeek(1, made, until, day('2026-11-04')))).toBe('allowed');
    expect(codeOf(() => checkMarkableWeek(2, made, until, day('2026-11-04')))).toBe(
      'VALIDATION_FAILED',
    );
    expect(codeOf(() => checkMarkableWeek(4, made, until, day('2026-12-28')))).toBe('allowed');
    expect(codeOf(() => checkMarkableWeek(4, made, until, day('2026-12-29')))).toBe(
      'COMMITMENT_CLOSED',
    );
  });
});

describe('the consistency view', () => {
  const weeks = commitmentWeeks(day('2026-11-02'), day('2026-12-31'), day('2026-11-30'));
  const marks: KeptMarkRecord[] = [
    { userId: AUTHOR, week: 1, mark: 'kept' },
    { userId: PARTNER, week: 1, mark: 'kept' },
    { userId: AUTHOR, week: 2, mark: 'kept' },
    { userId: PARTNER, week: 2, mark: 'not_kept' },
    { userId: AUTHOR, week: 3, mark: 'kept' },
    { userId: AUTHOR, week: 4, mark: 'not_sure' },
    { userId: AUTHOR, week: 4, mark: 'kept' },
    { userId: PARTNER, week: 4, mark: 'kept' },
  ];

  it('shows each view per week; either "not kept" counts, and a difference is a gap', () => {
    const view = commitmentConsistency(weeks, marks, AUTHOR);
    expect(view.map((week) => [week.outcome, week.gap])).toEqual([
      ['kept', false],
      ['not_kept', true],
      ['unclear', false],
      ['kept', false],
      ['unclear', false],
    ]);
    // The latest mark for a week stands.
    expect(view[3]?.authorMark).toBe('kept');
  });

  it('sums the pattern: kept, not kept, unclear and the latest run of kept weeks', () => {
    expect(consistencySummary(commitmentConsistency(weeks, marks, AUTHOR))).toEqual({
      weeks: 5,
      kept: 2,
      notKept: 1,
      unclear: 2,
      keptInARow: 1,
    });
    expect(consistencySummary([])).toEqual({
      weeks: 0,
      kept: 0,
      notKept: 0,
      unclear: 0,
      keptInARow: 0,
    });
  });
});

describe('acknowledging', () => {
  it('is the partner’s, once', () => {
    expect(codeOf(() => checkAcknowledge(AUTHOR, PARTNER, false))).toBe('allowed');
    expect(codeOf(() => checkAcknowledge(AUTHOR, AUTHOR, false))).toBe('COMMITMENT_NOT_YOURS');
    expect(codeOf(() => checkAcknowledge(AUTHOR, PARTNER, true))).toBe('COMMITMENT_ACKNOWLEDGED');
  });
});
