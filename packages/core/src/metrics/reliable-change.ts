export type ReliableChangeClass =
  | 'reliable_improvement'
  | 'reliable_deterioration'
  | 'no_reliable_change';

// Two-sided 95 %: a change this large would arise from measurement error alone about 1 time in 20.
const RELIABLE_Z = 1.96;

/**
 * Jacobson & Truax: RC = (x2 − x1) / (√2 · SD · √(1 − r)); reliable when |RC| > 1.96; direction
 * by higherIsBetter.
 *
 * SD is the instrument's norm (or baseline) standard deviation and r its reliability (e.g.
 * Cronbach's alpha or test–retest). SD · √(1 − r) is the standard error of measurement, and √2
 * of those is the standard error of a difference between two scores. This classifies change
 * statistically, next to (never instead of) the guide's typical bands.
 *
 * Throws RangeError for a non-positive SD or a reliability outside [0, 1): with r = 1 every
 * change would be "reliable", which says more about the input than about the couple.
 */
export function reliableChange(
  x1: number,
  x2: number,
  sd: number,
  reliability: number,
  higherIsBetter: boolean,
): { rc: number; classification: ReliableChangeClass } {
  if (!(sd > 0) || !Number.isFinite(sd)) {
    throw new RangeError(`sd must be a positive finite number, got ${sd}`);
  }
  if (!(reliability >= 0 && reliability < 1)) {
    throw new RangeError(`reliability must be in [0, 1), got ${reliability}`);
  }
  const standardErrorOfDifference = Math.SQRT2 * sd * Math.sqrt(1 - reliability);
  const rc = (x2 - x1) / standardErrorOfDifference;
  if (!(Math.abs(rc) > RELIABLE_Z)) return { rc, classification: 'no_reliable_change' };
  const better = higherIsBetter ? rc > 0 : rc < 0;
  return { rc, classification: better ? 'reliable_improvement' : 'reliable_deterioration' };
}
