import { describe, expect, it } from 'vitest';
import { AMEND_SAFETY_SCREEN, SAFETY_SELF_HARM_ITEM } from '../instruments/amend-instruments.js';
import { safetyScreenOutcome } from './screen-outcome.js';

const ids = AMEND_SAFETY_SCREEN.items.map((item) => item.id);
const allNo = Object.fromEntries(ids.map((id) => [id, 'no']));

describe('safety screen outcome', () => {
  it('is no concern only when every question is answered no', () => {
    expect(safetyScreenOutcome(allNo)).toEqual({
      status: 'no-concern',
      selfHarm: false,
      pauseJointExercises: false,
      answeredCount: 6,
      questionCount: 6,
    });
  });

  it('is a concern as soon as one answer is yes, whichever it is, and pauses joint exercises', () => {
    for (const id of ids) {
      const outcome = safetyScreenOutcome({ ...allNo, [id]: 'yes' });
      expect(outcome.status, id).toBe('concern');
      expect(outcome.pauseJointExercises, id).toBe(true);
    }
  });

  it('is a concern even when the other questions were skipped', () => {
    expect(safetyScreenOutcome({ [ids[1] ?? '']: 'yes' }).status).toBe('concern');
  });

  it('is incomplete, not clear, when some questions were skipped and none answered yes', () => {
    const { [ids[0] ?? '']: _skipped, ...rest } = allNo;
    expect(safetyScreenOutcome(rest)).toMatchObject({
      status: 'incomplete',
      pauseJointExercises: false,
      answeredCount: 5,
    });
  });

  it('marks thoughts of self-harm so crisis support can come first', () => {
    expect(safetyScreenOutcome({ ...allNo, [SAFETY_SELF_HARM_ITEM]: 'yes' }).selfHarm).toBe(true);
    expect(safetyScreenOutcome({ ...allNo, [ids[0] ?? '']: 'yes' }).selfHarm).toBe(false);
  });
});
