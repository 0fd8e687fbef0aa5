import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../time/local-date.js';
import { AMEND_FORGIVENESS, AMEND_TRUST } from './amend-instruments.js';
import { isOfferedTo, isQuestionnaireDue } from './schedule.js';

const day = (text: string) => text as LocalDate;

describe('questionnaire schedule', () => {
  it('a questionnaire never taken is due: it becomes the baseline', () => {
    expect(isQuestionnaireDue('monthly', null, day('2026-03-01'))).toBe(true);
    expect(isQuestionnaireDue('once', null, day('2026-03-01'))).toBe(true);
  });

  it('a monthly questionnaire comes round again after four weeks', () => {
    expect(isQuestionnaireDue('monthly', day('2026-03-01'), day('2026-03-28'))).toBe(false);
    expect(isQuestionnaireDue('monthly', day('2026-03-01'), day('2026-03-29'))).toBe(true);
  });

  it('a one-time questionnaire is not offered again on a schedule', () => {
    expect(isQuestionnaireDue('once', day('2026-03-01'), day('2027-03-01'))).toBe(false);
  });

  it('forgiveness is offered to the hurt partner and to someone who holds both roles, not the other', () => {
    expect(isOfferedTo(AMEND_FORGIVENESS, 'hurt')).toBe(true);
    expect(isOfferedTo(AMEND_FORGIVENESS, 'both')).toBe(true);
    expect(isOfferedTo(AMEND_FORGIVENESS, 'involved')).toBe(false);
    expect(isOfferedTo(AMEND_TRUST, 'involved')).toBe(true);
  });
});
