import type { CoachKind } from '../types.js';
import { ACCEPTABLE_FROM_HURT_PARTNER } from './acceptable-hurt.js';
import { ACCEPTABLE_FROM_INVOLVED_PARTNER } from './acceptable-involved.js';
import { BLAME_EXAMPLES, CONTEMPT_EXAMPLES, CRITICISM_EXAMPLES } from './flagged-attacks.js';
import {
  DEFENSIVENESS_EXAMPLES,
  MINIMIZATION_EXAMPLES,
  STONEWALLING_EXAMPLES,
} from './flagged-retreats.js';
import { HELD_OUT_ACCEPTABLE, HELD_OUT_FLAGGED } from './held-out.js';

export interface EvaluationSet {
  acceptable: readonly string[];
  flagged: Readonly<Record<CoachKind, readonly string[]>>;
}

/** The labelled evaluation set: sentences that must pass, and sentences of each kind. */
export const EVALUATION_SET: EvaluationSet = {
  acceptable: [
    ...ACCEPTABLE_FROM_HURT_PARTNER,
    ...ACCEPTABLE_FROM_INVOLVED_PARTNER,
    ...HELD_OUT_ACCEPTABLE,
  ],
  flagged: {
    blame: [...BLAME_EXAMPLES, ...HELD_OUT_FLAGGED.blame],
    criticism: [...CRITICISM_EXAMPLES, ...HELD_OUT_FLAGGED.criticism],
    contempt: [...CONTEMPT_EXAMPLES, ...HELD_OUT_FLAGGED.contempt],
    defensiveness: [...DEFENSIVENESS_EXAMPLES, ...HELD_OUT_FLAGGED.defensiveness],
    stonewalling: [...STONEWALLING_EXAMPLES, ...HELD_OUT_FLAGGED.stonewalling],
    minimization: [...MINIMIZATION_EXAMPLES, ...HELD_OUT_FLAGGED.minimization],
  },
};
