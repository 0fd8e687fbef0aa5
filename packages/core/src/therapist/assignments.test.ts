import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type LocalDate } from '../time/local-date.js';
import { ASSIGNMENT_SCHEDULES, assignmentOpensOn, isAssignmentDue } from './assignments.js';

const day = (offset: number) => addDays('2026-01-05' as LocalDate, offset);

describe('when a therapist’s assignment opens', () => {
  it('opens on its start, then a week or four weeks after each answer', () => {
    expect(assignmentOpensOn('weekly', day(0), null)).toBe(day(0));
    expect(assignmentOpensOn('weekly', day(0), day(2))).toBe(day(9));
    expect(assignmentOpensOn('monthly', day(0), day(2))).toBe(day(30));
    // An answer from before the assignment started does not count toward it.
    expect(assignmentOpensOn('monthly', day(10), day(2))).toBe(day(10));
    expect(assignmentOpensOn('once', day(0), null)).toBe(day(0));
    expect(assignmentOpensOn('once', day(0), day(1))).toBeNull();
  });

  it('is due exactly from the day it opens', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ASSIGNMENT_SCHEDULES),
        fc.integer({ min: 0, max: 400 }),
        fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
        fc.integer({ min: 0, max: 400 }),
        (schedule, start, completed, today) => {
          const opens = assignmentOpensOn(
            schedule,
            day(start),
            completed === null ? null : day(completed),
          );
          // Only answers up to today exist.
          fc.pre(completed === null || completed <= today);
          const due = isAssignmentDue(
            schedule,
            day(start),
            completed === null ? null : day(completed),
            day(today),
          );
          expect(due).toBe(opens !== null && opens <= day(today));
        },
      ),
    );
  });
});
