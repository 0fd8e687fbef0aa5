/**
 * A plausible recovery history for demos and benchmarks: weekly check-ins for both partners,
 * rising slowly along the guide's typical path with week-to-week noise, missed weeks, and
 * setbacks that dip and recover, because healing is not a straight line. Deterministic for a
 * given random source, which the caller injects (core has no randomness of its own).
 */

export type RandomSource = () => number;

/** Mulberry32: a tiny, well-known seeded generator, so a seed always yields the same history. */
export function seededRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export type SimulatedMood = 'very_low' | 'low' | 'okay' | 'good' | 'very_good';

export interface SimulatedWeek {
  readonly week: number;
  readonly trust: number;
  readonly closeness: number;
  readonly honestConversations: number;
  readonly mood: SimulatedMood;
}

export interface SimulatedHistory {
  /** The partner who was hurt. */
  readonly hurt: SimulatedWeek[];
  /** The partner who was unfaithful. */
  readonly involved: SimulatedWeek[];
  /** Weeks (0-based) in which a setback begins. */
  readonly setbackWeeks: number[];
}

export interface SimulationOptions {
  readonly weeks: number;
  readonly random: RandomSource;
  /** Chance that a partner skips a given week's check-in (default 0.08). */
  readonly skipChance?: number;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** A smooth S-curve from `from` to `to`, halfway at `midWeek`. */
function sCurve(week: number, from: number, to: number, midWeek: number, steepness = 0.12): number {
  return from + (to - from) / (1 + Math.exp(-steepness * (week - midWeek)));
}

function moodFor(score: number): SimulatedMood {
  if (score < 3) return 'very_low';
  if (score < 4.5) return 'low';
  if (score < 6) return 'okay';
  if (score < 7.5) return 'good';
  return 'very_good';
}

export function simulateRecovery(options: SimulationOptions): SimulatedHistory {
  const { weeks, random } = options;
  const skipChance = options.skipChance ?? 0.08;
  const noise = (size: number) => (random() - 0.5) * 2 * size;
  // Roughly one setback every four months, never in the first month.
  const setbackWeeks: number[] = [];
  for (let week = 6; week < weeks; week += 14 + Math.floor(random() * 8)) setbackWeeks.push(week);
  const setbackDepth = (week: number) =>
    setbackWeeks.reduce((depth, start) => {
      const since = week - start;
      return since >= 0 && since < 4 ? depth + ([3, 2, 1, 0.4][since] ?? 0) : depth;
    }, 0);

  const hurt: SimulatedWeek[] = [];
  const involved: SimulatedWeek[] = [];
  for (let week = 0; week < weeks; week += 1) {
    const dip = setbackDepth(week);
    const hurtTrust = clamp(Math.round(sCurve(week, 2.2, 7.6, 30) - dip + noise(0.7)), 1, 10);
    const hurtCloseness = clamp(
      Math.round(sCurve(week, 3, 7.2, 24) - dip * 0.7 + noise(0.8)),
      1,
      10,
    );
    const conversations = clamp(
      Math.round(sCurve(week, 1, 4.5, 14) - dip * 0.5 + noise(0.8)),
      0,
      12,
    );
    if (random() >= skipChance) {
      hurt.push({
        week,
        trust: hurtTrust,
        closeness: hurtCloseness,
        honestConversations: conversations,
        mood: moodFor((hurtTrust + hurtCloseness) / 2),
      });
    }
    if (random() >= skipChance) {
      const involvedTrust = clamp(
        Math.round(sCurve(week, 6, 8, 20) - dip * 0.3 + noise(0.6)),
        1,
        10,
      );
      const involvedCloseness = clamp(
        Math.round(sCurve(week, 4.5, 7.8, 20) - dip * 0.5 + noise(0.7)),
        1,
        10,
      );
      involved.push({
        week,
        trust: involvedTrust,
        closeness: involvedCloseness,
        honestConversations: clamp(conversations + Math.round(noise(1)), 0, 12),
        mood: moodFor((involvedTrust + involvedCloseness) / 2 - dip * 0.3),
      });
    }
  }
  return { hurt, involved, setbackWeeks };
}
