import { benchmarkFor } from '../metrics/benchmarks.js';
import { median } from '../metrics/stats.js';
import { type ForgivenessLevel, isModerateOrHigh } from './observations.js';

/**
 * Below this many couples a share or a median says more about chance than about a practice;
 * the portal shows the counts and says so.
 */
export const FEW_COUPLES = 10;

/** What one couple contributes to the practice's outcomes, from what its partners share. */
export interface CoupleOutcomeFacts {
  /** The hurt partner's forgiveness now; null when neither measured nor shared. */
  readonly forgiveness: ForgivenessLevel | null;
  /** Whether any incident is on record; null when no partner shares incidents. */
  readonly relapsed: boolean | null;
  readonly sessionsAttended: number;
  /** The couple's mean trust rating in its first and latest week with one; null when not shared. */
  readonly trust: { readonly start: number; readonly latest: number } | null;
}

export interface ShareOutcome {
  readonly count: number;
  readonly couples: number;
  /** count / couples, or null with no couples. */
  readonly share: number | null;
  readonly guide: { low: number; high: number } | null;
  readonly few: boolean;
}

export interface PracticeOutcomes {
  readonly couples: number;
  readonly forgiveness: ShareOutcome;
  readonly relapse: ShareOutcome;
  readonly sessions: {
    median: number | null;
    couples: number;
    guide: { low: number; high: number } | null;
    few: boolean;
  };
  readonly trust: {
    medianStart: number | null;
    medianLatest: number | null;
    couples: number;
    guide: {
      start: { low: number; high: number } | null;
      end: { low: number; high: number } | null;
    };
    few: boolean;
  };
}

function shareOf(flags: readonly boolean[], guide: ShareOutcome['guide']): ShareOutcome {
  const count = flags.filter(Boolean).length;
  return {
    count,
    couples: flags.length,
    share: flags.length === 0 ? null : count / flags.length,
    guide,
    few: flags.length < FEW_COUPLES,
  };
}

const medianOrNull = (values: readonly number[]) => (values.length === 0 ? null : median(values));

/**
 * The practice's outcomes beside the guide's typical figures (60–70 % moderate-to-high
 * forgiveness, 10–15 % relapse, 8–12 sessions, trust 2–3 → 7–8). Each figure counts only the
 * couples that measured and shared it, and says how many that is.
 */
export function practiceOutcomes(couples: readonly CoupleOutcomeFacts[]): PracticeOutcomes {
  const forgiven = couples.flatMap((c) => (c.forgiveness ? [isModerateOrHigh(c.forgiveness)] : []));
  const relapsed = couples.flatMap((c) => (c.relapsed === null ? [] : [c.relapsed]));
  const sessions = couples.map((c) => c.sessionsAttended);
  const trust = couples.flatMap((c) => (c.trust ? [c.trust] : []));
  const trustGuide = benchmarkFor('trust');
  return {
    couples: couples.length,
    forgiveness: shareOf(forgiven, benchmarkFor('forgiveness').share ?? null),
    relapse: shareOf(relapsed, benchmarkFor('relapse').share ?? null),
    sessions: {
      median: medianOrNull(sessions),
      couples: sessions.length,
      guide: benchmarkFor('attendance').typicalEnd,
      few: sessions.length < FEW_COUPLES,
    },
    trust: {
      medianStart: medianOrNull(trust.map((t) => t.start)),
      medianLatest: medianOrNull(trust.map((t) => t.latest)),
      couples: trust.length,
      guide: { start: trustGuide.typicalStart, end: trustGuide.typicalEnd },
      few: trust.length < FEW_COUPLES,
    },
  };
}
