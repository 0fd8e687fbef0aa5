import { AMEND_SAFETY_SCREEN } from '../instruments/amend/safety-screen.js';
import type { InstrumentDefinition } from '../instruments/definition.js';
import { type InstrumentAnswers, scoreResponse } from '../instruments/score.js';

/**
 * What a safety screen's answers mean for the person who gave them:
 * - `concern`: at least one answer was yes (the instrument's `positive` cut-off is met);
 * - `no-concern`: every question was answered and none was yes;
 * - `incomplete`: some were left unanswered and none that was answered was yes. We cannot say
 *   more, so help stays one step away rather than being pushed or withheld.
 */
export type SafetyScreenStatus = 'concern' | 'no-concern' | 'incomplete';

export interface SafetyScreenOutcome {
  readonly status: SafetyScreenStatus;
  /** Thoughts of self-harm were reported: crisis support is shown first. */
  readonly selfHarm: boolean;
  /**
   * Joint exercises (anything asking both partners to work on something together) should wait:
   * pushing a couple to open up when one of them may be in danger can put them at more risk.
   */
  readonly pauseJointExercises: boolean;
  readonly answeredCount: number;
  readonly questionCount: number;
}

function cutoffMet(score: ReturnType<typeof scoreResponse>, key: string): boolean | null {
  return score.cutoffs.find((outcome) => outcome.cutoff.key === key)?.met ?? null;
}

/** Reads the outcome from the scoring engine's cut-offs; the safety screen has no other rule. */
export function safetyScreenOutcome(
  answers: InstrumentAnswers,
  definition: InstrumentDefinition = AMEND_SAFETY_SCREEN,
): SafetyScreenOutcome {
  const score = scoreResponse(definition, answers);
  const positive = cutoffMet(score, 'positive');
  const status: SafetyScreenStatus =
    positive === true ? 'concern' : positive === false ? 'no-concern' : 'incomplete';
  return {
    status,
    selfHarm: cutoffMet(score, 'self-harm') === true,
    pauseJointExercises: status === 'concern',
    answeredCount: score.answeredCount,
    questionCount: score.itemCount,
  };
}
