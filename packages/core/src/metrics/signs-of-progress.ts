import type { TriggerFact } from '../talking/triggers.js';
import { dayNumberOf, mondayOfWeek } from '../time/day-number.js';
import { addDays, daysBetween, type LocalDate } from '../time/local-date.js';
import { mean, sortByWeek } from './stats.js';
import { trendOf } from './trend.js';
import { fewerTriggers } from './trigger-sign.js';
import { type WeeklyValue, weekStartOf } from './weekly.js';

export type SignKey =
  | 'openness'
  | 'less_suspicion'
  | 'consistent_honesty'
  | 'closeness'
  | 'commitment'
  | 'fewer_triggers';

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
  /**
   * Moments of connection: appreciations sent and time together that took place (see
   * connectionMoments in talking/together.ts), one date each. Absent: none logged.
   */
  connectionMoments?: readonly LocalDate[];
  /**
   * The person's own trigger moments (never the partner's: they are private). Absent when the
   * person does not keep a trigger log: the sign is then left out rather than shown as "not
   * enough data" to someone it was never about.
   */
  triggers?: readonly TriggerFact[] | undefined;
  /**
   * The days things were told before they were asked (proactive disclosures, see
   * honesty/disclosures.ts), one date each. Absent: none. They are counted here only, never as
   * incidents a second time: the incident a disclosure records reaches the incident list once.
   */
  toldBeforeAsked?: readonly LocalDate[];
}

// Thresholds, named so the rules below read as the guide's signs rather than as magic numbers.
const GOOD_RATING = 7; // on a 1–10 scale: the guide's typical end range for trust starts at 7
const CONVERSATIONS_PER_WEEK = 3;
// Conversation counts move in whole units, so "rising" needs more than the 1–10 default:
// 0.1 a week is nearly one more conversation a week across 8 weeks.
const CONVERSATION_MIN_SLOPE = 0.1;
const HONESTY_MIN_CHECK_IN_WEEKS = 4;
const COMMITMENT_MIN_CHECK_IN_WEEKS = 6;
// About one appreciation or time together a week, over four weeks, is a couple reconnecting.
const CONNECTION_MOMENTS_LAST_4_WEEKS = 4;

/**
 * The guide's signs of progress (increased openness, reduced suspicion, consistent honesty,
 * emotional intimacy, renewed commitment), each computed from data with the numbers that
 * justify it, and fewer triggers (see trigger-sign.ts) for someone who keeps a trigger log.
 * Returned in that order.
 *
 * "The last N weeks" means N ISO weeks ending with the week containing `today`; anything dated
 * after `today` is ignored. Signs are encouragement, not grades: 'not_yet' is never 'failed'.
 */
export function signsOfProgress(input: ProgressInputs): SignOfProgress[] {
  // Two signs read the check-ins; they are counted once for both.
  const checkIns = countCheckInWeeks(input);
  const signs = [
    openness(input),
    lessSuspicion(input),
    consistentHonesty(input, checkIns),
    closeness(input),
    commitment(checkIns),
  ];
  if (input.triggers !== undefined) signs.push(fewerTriggers(input.triggers, input.today));
  return signs;
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
function consistentHonesty(input: ProgressInputs, checkInWeeks: CheckInWeeks): SignOfProgress {
  const incidents8 = incidentsWithin(input.incidents, input.today, 8);
  const lies = incidents8.filter((i) => i.kind === 'lie').length;
  const discovered = incidents8.filter((i) => i.disclosure === 'discovered').length;
  const checkIns = checkInWeeks.last8Weeks;
  const windowStart8 = windowStart(input.today, 8);
  const toldBeforeAsked = (input.toldBeforeAsked ?? []).filter(
    (date) => date >= windowStart8 && date <= input.today,
  ).length;
  const evidence = {
    lieIncidentsLast8Weeks: lies,
    discoveredIncidentsLast8Weeks: discovered,
    checkInWeeksLast8Weeks: checkIns,
    toldBeforeAskedLast8Weeks: toldBeforeAsked,
  };
  if (lies > 0 || discovered > 0) return { key: 'consistent_honesty', status: 'not_yet', evidence };
  // Telling before being asked is honesty in action: with it, half the usual check-in weeks
  // are enough to see the sign.
  const checkInsNeeded =
    toldBeforeAsked > 0 ? HONESTY_MIN_CHECK_IN_WEEKS / 2 : HONESTY_MIN_CHECK_IN_WEEKS;
  if (checkIns < checkInsNeeded) {
    return { key: 'consistent_honesty', status: 'not_enough_data', evidence };
  }
  return { key: 'consistent_honesty', status: 'showing', evidence };
}

/**
 * Closeness (emotional intimacy): showing when closeness ratings are rising over the last 8
 * weeks, or the mean of the weeks rated in the last 4 weeks is ≥ 7, or the couple shared at
 * least 4 moments of connection (appreciations, time together that happened) in the last 4
 * weeks. Not enough data when fewer than 3 weeks were rated in the last 8 weeks and no moment of
 * connection was logged in them (and neither of the above already shows).
 */
function closeness(input: ProgressInputs): SignOfProgress {
  const last8 = weeksWithin(input.closeness, input.today, 8);
  const last4 = weeksWithin(input.closeness, input.today, 4);
  const trend = trendOf(last8, { windowWeeks: 8 });
  const recentMean = last4.length > 0 ? mean(last4.map((week) => week.value)) : null;
  const evidence: Record<string, number> = { ratedWeeksLast8Weeks: last8.length };
  if (recentMean !== null) evidence.closenessMeanLast4Weeks = recentMean;
  if (trend.slopePerWeek !== null) evidence.closenessSlopePerWeek = trend.slopePerWeek;
  const moments = input.connectionMoments ?? [];
  const momentsLast4 = datesWithin(moments, input.today, 4);
  if (moments.length > 0) evidence.connectionMomentsLast4Weeks = momentsLast4;

  if (
    trend.direction === 'rising' ||
    (recentMean !== null && recentMean >= GOOD_RATING) ||
    momentsLast4 >= CONNECTION_MOMENTS_LAST_4_WEEKS
  ) {
    return { key: 'closeness', status: 'showing', evidence };
  }
  const thin = trend.direction === 'not_enough_data' && datesWithin(moments, input.today, 8) === 0;
  return { key: 'closeness', status: thin ? 'not_enough_data' : 'not_yet', evidence };
}

/**
 * Commitment: showing when there was a check-in in at least 6 of the last 8 weeks (the slack
 * allows for holidays and hard weeks). Not enough data when no check-in was ever recorded:
 * check-ins are the only measure here, and a couple not using them has shown nothing either way.
 */
function commitment(checkInWeeks: CheckInWeeks): SignOfProgress {
  const checkIns = checkInWeeks.last8Weeks;
  const evidence = { checkInWeeksLast8Weeks: checkIns };
  if (checkInWeeks.everRecorded === 0) {
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

/** How many of the dates fall in the N weeks ending with the week containing `today`. */
function datesWithin(dates: readonly LocalDate[], today: LocalDate, weeks: number): number {
  const from = windowStart(today, weeks);
  return dates.filter((date) => date >= from && date <= today).length;
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
  const firstWeek = addDays(lastWeek, -7 * (weeks - 1));
  const byWeek = new Map(
    series
      .filter((week) => week.weekStart >= firstWeek && week.weekStart <= lastWeek)
      .map((week) => [week.weekStart, week] as const),
  );
  const filled: WeeklyValue[] = [];
  for (let i = weeks - 1; i >= 0; i -= 1) {
    const weekStart = addDays(lastWeek, -7 * i);
    filled.push(byWeek.get(weekStart) ?? { weekStart, value: 0, count: 0 });
  }
  return filled;
}

interface CheckInWeeks {
  /** Distinct weeks with a check-in, up to the week containing `today`. */
  everRecorded: number;
  /**
   * Check-in weeks among the last 8. The current week counts only once it has a check-in: the
   * week is not over, so until then the 8 weeks end with last week instead.
   */
  last8Weeks: number;
}

function countCheckInWeeks(input: ProgressInputs): CheckInWeeks {
  // Weeks as the day numbers of their Mondays: a set of numbers, and no date strings to build.
  const currentWeek = mondayOfWeek(dayNumberOf(input.today));
  const weeks = new Set<number>();
  for (const date of input.checkInWeeks) {
    const week = mondayOfWeek(dayNumberOf(date));
    if (week <= currentWeek) weeks.add(week);
  }
  const lastWeek = weeks.has(currentWeek) ? currentWeek : currentWeek - 7;
  const from = lastWeek - 7 * 7;
  let last8Weeks = 0;
  for (const week of weeks) if (week >= from && week <= lastWeek) last8Weeks += 1;
  return { everRecorded: weeks.size, last8Weeks };
}
