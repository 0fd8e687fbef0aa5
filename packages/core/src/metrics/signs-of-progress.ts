import { addDays, daysBetween, type LocalDate } from '../time/local-date.js';
import { mean, sortByWeek } from './stats.js';
import { trendOf } from './trend.js';
import { type WeeklyValue, weekStartOf } from './weekly.js';

export type SignKey =
  | 'openness'
  | 'less_suspicion'
  | 'consistent_honesty'
  | 'closeness'
  | 'commitment';

export interface SignOfProgress {
  key: SignKey;
  status: 'showing' | 'not_yet' | 'not_enough_data';
  /** The numbers behind the status, by name, so the app can say why (absent when unknown). */
  evidence: Record<string, number>;
}

export interface ProgressInputs {
  today: LocalDate;
  /** Weekly trust ratings (1–10), as aggregateWeekly returns them. */
  trust: readonly WeeklyValue[];
  /** Weekly closeness ratings (1–10). */
  closeness: readonly WeeklyValue[];
  /** One entry per week: value = the number of honest conversations logged that week. */
  honestConversations: readonly WeeklyValue[];
  incidents: readonly {
    date: LocalDate;
    kind: 'contact' | 'new_affair' | 'lie' | 'broken_agreement';
    disclosure: 'proactive' | 'discovered';
  }[];
  /** Weeks with a check-in (any date in the week will do; duplicates are fine). */
  checkInWeeks: readonly LocalDate[];
}

// Thresholds, named so the rules below read as the guide's signs rather than as magic numbers.
const GOOD_RATING = 7; // on a 1–10 scale: the guide's typical end range for trust starts at 7
const CONVERSATIONS_PER_WEEK = 3;
// Conversation counts move in whole units, so "rising" needs more than the 1–10 default:
// 0.1 a week is nearly one more conversation a week across 8 weeks.
const CONVERSATION_MIN_SLOPE = 0.1;
const HONESTY_MIN_CHECK_IN_WEEKS = 4;
const COMMITMENT_MIN_CHECK_IN_WEEKS = 6;

/**
 * The guide's signs of progress (increased openness, reduced suspicion, consistent honesty,
 * emotional intimacy, renewed commitment), each computed from data with the numbers that
 * justify it. Returned in that order.
 *
 * "The last N weeks" means N ISO weeks ending with the week containing `today`; anything dated
 * after `today` is ignored. Signs are encouragement, not grades: 'not_yet' is never 'failed'.
 */
export function signsOfProgress(input: ProgressInputs): SignOfProgress[] {
  return [
    openness(input),
    lessSuspicion(input),
    consistentHonesty(input),
    closeness(input),
    commitment(input),
  ];
}

/**
 * Openness: showing when honest conversations run at ≥ 3 a week over the last 4 weeks, or their
 * weekly count is rising over the 8 completed weeks before this one, or proactive disclosures
 * outnumber discovered incidents in the last 12 weeks. The 4-week rate divides by the days that
 * have actually passed, so a Monday does not look like a silent week. Weeks without a logged
 * conversation count as 0 (it is a frequency). Not enough data when nothing was logged and no
 * incident recorded in the last 12 weeks: an unused log says nothing about openness.
 */
function openness(input: ProgressInputs): SignOfProgress {
  const { today } = input;
  const last4 = weeksWithin(input.honestConversations, today, 4);
  const daysElapsed = daysBetween(windowStart(today, 4), today) + 1;
  const perWeek = (last4.reduce((sum, week) => sum + week.value, 0) * 7) / daysElapsed;

  const currentWeek = weekStartOf(today);
  const completed = zeroFilledWeeks(input.honestConversations, addDays(currentWeek, -7), 8);
  const trend = trendOf(completed, { windowWeeks: 8, minMeaningfulSlope: CONVERSATION_MIN_SLOPE });

  const incidents12 = incidentsWithin(input.incidents, today, 12);
  const proactive = incidents12.filter((i) => i.disclosure === 'proactive').length;
  const discovered = incidents12.filter((i) => i.disclosure === 'discovered').length;

  const evidence: Record<string, number> = {
    conversationsPerWeekLast4Weeks: perWeek,
    proactiveDisclosuresLast12Weeks: proactive,
    discoveredIncidentsLast12Weeks: discovered,
  };
  if (trend.slopePerWeek !== null) evidence.conversationSlopePerWeek = trend.slopePerWeek;

  if (perWeek >= CONVERSATIONS_PER_WEEK || trend.direction === 'rising' || proactive > discovered) {
    return { key: 'openness', status: 'showing', evidence };
  }
  const anyConversation = weeksWithin(input.honestConversations, today, 12).some(
    (w) => w.value > 0,
  );
  const thin = !anyConversation && incidents12.length === 0;
  return { key: 'openness', status: thin ? 'not_enough_data' : 'not_yet', evidence };
}

/**
 * Less suspicion: showing when trust ratings are rising over the last 8 weeks, or the latest
 * rating in that period is ≥ 7. Not enough data when fewer than 3 weeks were rated in the last
 * 8 weeks (and the latest is not already ≥ 7): no direction can be read from that.
 */
function lessSuspicion(input: ProgressInputs): SignOfProgress {
  const last8 = weeksWithin(input.trust, input.today, 8);
  const trend = trendOf(last8, { windowWeeks: 8 });
  const latest = last8.at(-1);
  const evidence: Record<string, number> = { ratedWeeksLast8Weeks: last8.length };
  if (latest) evidence.latestTrust = latest.value;
  if (trend.slopePerWeek !== null) evidence.trustSlopePerWeek = trend.slopePerWeek;

  if (trend.direction === 'rising' || (latest !== undefined && latest.value >= GOOD_RATING)) {
    return { key: 'less_suspicion', status: 'showing', evidence };
  }
  const status = trend.direction === 'not_enough_data' ? 'not_enough_data' : 'not_yet';
  return { key: 'less_suspicion', status, evidence };
}

/**
 * Consistent honesty: showing when the last 8 weeks have no 'lie' incident and no discovered
 * incident, and at least 4 weeks with a check-in (so there were real chances to be honest).
 * A lie or a discovered incident makes it 'not_yet' whatever the check-ins; without one, fewer
 * than 4 check-in weeks is 'not_enough_data', since silence is not evidence of honesty.
 */
function consistentHonesty(input: ProgressInputs): SignOfProgress {
  const incidents8 = incidentsWithin(input.incidents, input.today, 8);
  const lies = incidents8.filter((i) => i.kind === 'lie').length;
  const discovered = incidents8.filter((i) => i.disclosure === 'discovered').length;
  const checkIns = checkInWeeksInLast8(input);
  const evidence = {
    lieIncidentsLast8Weeks: lies,
    discoveredIncidentsLast8Weeks: discovered,
    checkInWeeksLast8Weeks: checkIns,
  };
  if (lies > 0 || discovered > 0) return { key: 'consistent_honesty', status: 'not_yet', evidence };
  if (checkIns < HONESTY_MIN_CHECK_IN_WEEKS) {
    return { key: 'consistent_honesty', status: 'not_enough_data', evidence };
  }
  return { key: 'consistent_honesty', status: 'showing', evidence };
}

/**
 * Closeness (emotional intimacy): showing when closeness ratings are rising over the last 8
 * weeks, or the mean of the weeks rated in the last 4 weeks is ≥ 7. Not enough data when fewer
 * than 3 weeks were rated in the last 8 weeks (and the recent mean is not already ≥ 7).
 */
function closeness(input: ProgressInputs): SignOfProgress {
  const last8 = weeksWithin(input.closeness, input.today, 8);
  const last4 = weeksWithin(input.closeness, input.today, 4);
  const trend = trendOf(last8, { windowWeeks: 8 });
  const recentMean = last4.length > 0 ? mean(last4.map((week) => week.value)) : null;
  const evidence: Record<string, number> = { ratedWeeksLast8Weeks: last8.length };
  if (recentMean !== null) evidence.closenessMeanLast4Weeks = recentMean;
  if (trend.slopePerWeek !== null) evidence.closenessSlopePerWeek = trend.slopePerWeek;

  if (trend.direction === 'rising' || (recentMean !== null && recentMean >= GOOD_RATING)) {
    return { key: 'closeness', status: 'showing', evidence };
  }
  const status = trend.direction === 'not_enough_data' ? 'not_enough_data' : 'not_yet';
  return { key: 'closeness', status, evidence };
}

/**
 * Commitment: showing when there was a check-in in at least 6 of the last 8 weeks (the slack
 * allows for holidays and hard weeks). Not enough data when no check-in was ever recorded:
 * check-ins are the only measure here, and a couple not using them has shown nothing either way.
 */
function commitment(input: ProgressInputs): SignOfProgress {
  const checkIns = checkInWeeksInLast8(input);
  const evidence = { checkInWeeksLast8Weeks: checkIns };
  if (checkInWeekSet(input).size === 0) {
    return { key: 'commitment', status: 'not_enough_data', evidence };
  }
  const status = checkIns >= COMMITMENT_MIN_CHECK_IN_WEEKS ? 'showing' : 'not_yet';
  return { key: 'commitment', status, evidence };
}

/** Monday of the first week of the N weeks ending with the week containing `today`. */
function windowStart(today: LocalDate, weeks: number): LocalDate {
  return addDays(weekStartOf(today), -7 * (weeks - 1));
}

/** The series' weeks among the N weeks ending with the week containing `today`, sorted. */
function weeksWithin(series: readonly WeeklyValue[], today: LocalDate, weeks: number) {
  const from = windowStart(today, weeks);
  const to = weekStartOf(today);
  return sortByWeek(series.filter((week) => week.weekStart >= from && week.weekStart <= to));
}

function incidentsWithin(
  incidents: ProgressInputs['incidents'],
  today: LocalDate,
  weeks: number,
): ProgressInputs['incidents'] {
  const from = windowStart(today, weeks);
  return incidents.filter((incident) => incident.date >= from && incident.date <= today);
}

/** N consecutive weeks ending with `lastWeek`, each with its logged value or 0 if none. */
function zeroFilledWeeks(
  series: readonly WeeklyValue[],
  lastWeek: LocalDate,
  weeks: number,
): WeeklyValue[] {
  const byWeek = new Map(series.map((week) => [week.weekStart, week] as const));
  const filled: WeeklyValue[] = [];
  for (let i = weeks - 1; i >= 0; i -= 1) {
    const weekStart = addDays(lastWeek, -7 * i);
    filled.push(byWeek.get(weekStart) ?? { weekStart, value: 0, count: 0 });
  }
  return filled;
}

/** Distinct check-in weeks up to the week containing `today`. */
function checkInWeekSet(input: ProgressInputs): Set<LocalDate> {
  const currentWeek = weekStartOf(input.today);
  const weeks = input.checkInWeeks.map(weekStartOf).filter((week) => week <= currentWeek);
  return new Set(weeks);
}

/**
 * Check-in weeks among the last 8. The current week counts only once it has a check-in: the
 * week is not over, so until then the 8 weeks end with last week instead.
 */
function checkInWeeksInLast8(input: ProgressInputs): number {
  const weeks = checkInWeekSet(input);
  const currentWeek = weekStartOf(input.today);
  const lastWeek = weeks.has(currentWeek) ? currentWeek : addDays(currentWeek, -7);
  const from = addDays(lastWeek, -7 * 7);
  let count = 0;
  for (const week of weeks) if (week >= from && week <= lastWeek) count += 1;
  return count;
}
