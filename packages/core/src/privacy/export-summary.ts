import { type TrendDirection, trendOf } from '../metrics/trend.js';
import { aggregateWeekly, type DatedValue, type WeeklyValue } from '../metrics/weekly.js';
import { daysBetween, type LocalDate } from '../time/local-date.js';

/**
 * The numbers in a person's exported summary: how one of their own weekly ratings went, told the
 * way a person would ("it began around 3 and is around 5 lately"), with the same trend rule as
 * the dashboard.
 */
export interface RatingJourney {
  /** How many weeks have a rating. */
  readonly weeksRated: number;
  readonly firstWeek: LocalDate;
  readonly latestWeek: LocalDate;
  /** Whole weeks from the first rated week to the latest. */
  readonly spanWeeks: number;
  /** Mean of the first (up to) four rated weeks, to one decimal. */
  readonly startedAround: number;
  /** Mean of the latest (up to) four rated weeks, to one decimal. */
  readonly recentlyAround: number;
  /** recentlyAround − startedAround, to one decimal. */
  readonly change: number;
  /** The direction of the last 8 weeks, as on the dashboard. */
  readonly trend: TrendDirection;
}

/** How many weeks at each end describe "where it began" and "where it is lately". */
export const JOURNEY_ENDS_WEEKS = 4;

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

function meanOf(weeks: readonly WeeklyValue[]): number {
  return weeks.reduce((sum, week) => sum + week.value, 0) / weeks.length;
}

/** Null when there is nothing rated yet. Points are on the person's own calendar days. */
export function ratingJourney(points: readonly DatedValue[]): RatingJourney | null {
  const weeks = aggregateWeekly(points);
  const first = weeks[0];
  const latest = weeks.at(-1);
  if (!first || !latest) return null;
  const startedAround = oneDecimal(meanOf(weeks.slice(0, JOURNEY_ENDS_WEEKS)));
  const recentlyAround = oneDecimal(meanOf(weeks.slice(-JOURNEY_ENDS_WEEKS)));
  return {
    weeksRated: weeks.length,
    firstWeek: first.weekStart,
    latestWeek: latest.weekStart,
    spanWeeks: Math.round(daysBetween(first.weekStart, latest.weekStart) / 7),
    startedAround,
    recentlyAround,
    change: oneDecimal(recentlyAround - startedAround),
    trend: trendOf(weeks).direction,
  };
}

export interface MonthlyAverage {
  /** YYYY-MM of the weeks' Mondays. */
  readonly month: string;
  /** Mean of the month's weekly values, to one decimal. */
  readonly average: number;
  readonly weeks: number;
}

/** One line per calendar month that has rated weeks, oldest first: a table for the summary. */
export function monthlyAverages(points: readonly DatedValue[]): MonthlyAverage[] {
  const months = new Map<string, WeeklyValue[]>();
  for (const week of aggregateWeekly(points)) {
    const month = week.weekStart.slice(0, 7);
    const list = months.get(month);
    if (list) list.push(week);
    else months.set(month, [week]);
  }
  return [...months].map(([month, weeks]) => ({
    month,
    average: oneDecimal(meanOf(weeks)),
    weeks: weeks.length,
  }));
}
