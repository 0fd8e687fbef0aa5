import type { DatedValue, WeeklyValue } from '../metrics/weekly.js';
import { aggregateWeekly, weekStartOf } from '../metrics/weekly.js';
import type { LocalDate } from '../time/local-date.js';

/** "It was honest" and "I felt heard" are each rated 1–5 by each partner, privately. */
export const CONVERSATION_RATING = { min: 1, max: 5 } as const;
/** A rating of 4 or 5 ("mostly" or "completely") counts as honest. */
export const HONEST_FROM = 4;
/** Roughly how long it lasted, in minutes: from a short talk to an evening. */
export const CONVERSATION_MINUTES = { min: 1, max: 600 } as const;

export interface ConversationRatingFact {
  readonly userId: string;
  readonly honest: number;
}

/**
 * A conversation counts toward the couple's communication frequency when everyone now in the
 * space rated it honest (4 or 5). With both partners that is "both rated it honest"; someone
 * using Amend alone counts their own honest conversations. A conversation nobody rated, or that
 * one partner has not rated yet, does not count (yet).
 */
export function ratedHonestByAll(
  ratings: readonly ConversationRatingFact[],
  memberIds: readonly string[],
): boolean {
  if (memberIds.length === 0) return false;
  return memberIds.every((memberId) =>
    ratings.some((rating) => rating.userId === memberId && rating.honest >= HONEST_FROM),
  );
}

export interface LoggedConversationFact {
  readonly heldOn: LocalDate;
  readonly ratings: readonly ConversationRatingFact[];
}

/** One ISO week of the couple's conversation log. */
export interface LoggedWeek {
  readonly weekStart: LocalDate;
  /** Conversations logged that week, rated or not. */
  readonly logged: number;
  /** Of those, the ones everyone in the space rated honest: the metric's value. */
  readonly honest: number;
}

/** The log by ISO week, oldest first; weeks with nothing logged are left out. */
export function conversationLogByWeek(
  conversations: readonly LoggedConversationFact[],
  memberIds: readonly string[],
): LoggedWeek[] {
  const byWeek = new Map<LocalDate, { logged: number; honest: number }>();
  for (const conversation of conversations) {
    const week = weekStartOf(conversation.heldOn);
    const counts = byWeek.get(week) ?? { logged: 0, honest: 0 };
    counts.logged += 1;
    if (ratedHonestByAll(conversation.ratings, memberIds)) counts.honest += 1;
    byWeek.set(week, counts);
  }
  return [...byWeek]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([weekStart, counts]) => ({ weekStart, ...counts }));
}

/**
 * Communication frequency for one partner, week by week: where the couple uses the conversation
 * log, the log is the source; the check-in's self-reported count is the fallback.
 *
 * The rule, per ISO week: a week in which the couple logged at least one conversation takes the
 * log's count of conversations everyone rated honest (the same number for both partners, since
 * it is one count of shared conversations). Any other week takes that partner's own check-in
 * answer, when they gave one. So a couple that never logs keeps exactly their check-in series,
 * and a week with logged conversations is never counted twice.
 */
export function communicationFrequency(
  checkinCounts: readonly WeeklyValue[],
  log: readonly LoggedWeek[],
): WeeklyValue[] {
  const merged = new Map<LocalDate, WeeklyValue>();
  for (const week of checkinCounts) merged.set(week.weekStart, week);
  for (const week of log) {
    merged.set(week.weekStart, { weekStart: week.weekStart, value: week.honest, count: 1 });
  }
  return [...merged.values()].sort((a, b) =>
    a.weekStart < b.weekStart ? -1 : a.weekStart > b.weekStart ? 1 : 0,
  );
}

/**
 * What the check-in form offers as "honest conversations this week" when the couple logged any:
 * the log's count for that week. Undefined when nothing was logged, so the form starts empty.
 */
export function checkinPrefillFromLog(
  log: readonly LoggedWeek[],
  weekStart: LocalDate,
): number | undefined {
  return log.find((week) => week.weekStart === weekStart)?.honest;
}

/** Conversations as dated points, for anything that wants the plain weekly count logged. */
export function loggedCountsByWeek(heldOn: readonly LocalDate[]): WeeklyValue[] {
  const points: DatedValue[] = heldOn.map((date) => ({ date, value: 1 }));
  return aggregateWeekly(points).map((week) => ({ ...week, value: week.count }));
}
