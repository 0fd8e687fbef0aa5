import {
  type AttendancePoint,
  addDays,
  aggregateWeekly,
  attendanceSeries,
  benchmarkFor,
  communicationFrequency,
  type DatedValue,
  daysBetween,
  detectSetbacks,
  type GapPoint,
  type IncidentFact,
  type LocalDate,
  type LoggedWeek,
  localDateOf,
  type MetricId,
  monthsBetween,
  perceptionGap,
  type RelapseSummary,
  relapseSummary,
  type SignOfProgress,
  signsOfProgress,
  trendOf,
  typicalBand,
  type WeeklyValue,
  weekStartOf,
} from '@amend/core';
import type { AppDeps } from '../../platform/deps.js';
import { type AgreementsHeldView, agreementsHeldInSpace } from '../agreements/holding.js';
import { type CheckinRatings, checkinRatingsInSpace } from '../checkins/service.js';
import { disclosureDatesInSpace } from '../honesty/disclosures.js';
import { incidentFactsInSpace } from '../incidents/service.js';
import { type QuestionnaireProgress, questionnaireProgress } from '../questionnaires/service.js';
import { attendanceInSpace } from '../sessions-attended/service.js';
import { spaceContext } from '../space/service.js';
import { conversationLogInSpace } from '../talking/conversations.js';
import { connectionMomentsInSpace } from '../talking/together.js';
import { ownTriggerFactsInSpace } from '../talking/triggers.js';

/** Which check-in field feeds which dashboard card, its scale, and the guide's metric behind it. */
const RATING_METRICS = {
  trust: {
    field: 'trust',
    metric: 'trust',
    scale: { min: 1, max: 10 },
    unit: 'rating (1–10)',
    minMeaningfulSlope: 0.05,
  },
  closeness: {
    field: 'closeness',
    metric: 'intimacy',
    scale: { min: 1, max: 10 },
    unit: 'rating (1–10)',
    minMeaningfulSlope: 0.05,
  },
  communication: {
    field: 'honestConversations',
    metric: 'communication',
    scale: { min: 0, max: 10 },
    unit: 'honest conversations a week',
    minMeaningfulSlope: 0.05,
  },
} as const satisfies Record<
  string,
  {
    field: keyof CheckinRatings;
    metric: MetricId;
    scale: { min: number; max: number };
    unit: string;
    minMeaningfulSlope: number;
  }
>;

type CardKey = keyof typeof RATING_METRICS;

export interface PartnerSeries {
  readonly memberId: string;
  readonly displayName: string;
  readonly isYou: boolean;
  readonly weekly: { weekStart: string; value: number }[];
  readonly first: number | null;
  readonly latest: number | null;
  readonly weeks: number;
  readonly trend: { direction: string; slopePerWeek: number | null };
  readonly setbacks: { weekStart: string; value: number; expected: number; drop: number }[];
}

export interface RatingMetricView {
  readonly id: CardKey;
  readonly scale: { min: number; max: number };
  readonly unit: string;
  readonly partners: PartnerSeries[];
  readonly band: { weekStart: string; low: number; high: number }[];
  readonly gap: GapPoint[];
  readonly benchmark: {
    timeframeMonths: { min: number; max: number };
    typicalStart: { low: number; high: number } | null;
    typicalEnd: { low: number; high: number } | null;
    sourceNote: string;
  };
}

export interface ProgressView {
  readonly weeksInRecovery: number;
  readonly metrics: Record<CardKey, RatingMetricView>;
  readonly relapse: RelapseSummary & {
    benchmark: { share: { low: number; high: number } | null; sourceNote: string };
  };
  readonly attendance: {
    total: number;
    verified: number;
    weekly: AttendancePoint[];
    benchmark: { typicalEnd: { low: number; high: number } | null; sourceNote: string };
  };
  readonly questionnaires: QuestionnaireProgress[];
  readonly signs: SignOfProgress[];
  /** Each partner's own weekly view of whether the agreements in force held. */
  readonly agreementsHeld: AgreementsHeldView;
}

function weeklyOf(rows: readonly CheckinRatings[], field: keyof CheckinRatings): WeeklyValue[] {
  const points: DatedValue[] = rows.map((row) => ({
    date: row.weekStart as LocalDate,
    value: Number(row[field]),
  }));
  return aggregateWeekly(points);
}

/** Every week from the first with data to this one, so the band spans the whole chart. */
function weeksFrom(first: LocalDate, last: LocalDate): LocalDate[] {
  const weeks: LocalDate[] = [];
  for (let week = weekStartOf(first); week <= last; week = addDays(week, 7)) weeks.push(week);
  return weeks;
}

type RatingField = (typeof RATING_METRICS)[CardKey]['field'];
const RATING_FIELDS: readonly RatingField[] = ['trust', 'closeness', 'honestConversations'];

/**
 * What the three rating cards and the signs of progress share, worked out once per request:
 * each active member's check-ins and weekly series, and the chart's weeks with the months of
 * recovery at each (for the guide's typical band).
 */
interface RatingBasis {
  readonly checkins: ReadonlyMap<string, readonly CheckinRatings[]>;
  readonly weekly: ReadonlyMap<string, Readonly<Record<RatingField, WeeklyValue[]>>>;
  readonly weeks: readonly { weekStart: LocalDate; months: number }[];
}

/**
 * `log` is the couple's conversation log by week: where it has a week, communication frequency
 * comes from it rather than from the check-ins (see communicationFrequency in core).
 */
function ratingBasis(
  rows: readonly CheckinRatings[],
  log: readonly LoggedWeek[],
  userIds: readonly string[],
  startedOn: LocalDate,
  currentWeek: LocalDate,
): RatingBasis {
  const checkins = new Map<string, CheckinRatings[]>(userIds.map((userId) => [userId, []]));
  let firstWeek: string | undefined;
  for (const row of rows) {
    // Someone who left the space no longer appears on its dashboard.
    const own = checkins.get(row.userId);
    if (!own) continue;
    own.push(row);
    if (firstWeek === undefined || row.weekStart < firstWeek) firstWeek = row.weekStart;
  }
  const weekly = new Map(
    [...checkins].map(([userId, own]) => {
      const series = Object.fromEntries(
        RATING_FIELDS.map((field) => [field, weeklyOf(own, field)]),
      ) as Record<RatingField, WeeklyValue[]>;
      series.honestConversations = communicationFrequency(series.honestConversations, log);
      return [userId, series] as const;
    }),
  );
  const firstLogged = log[0]?.weekStart;
  if (firstLogged !== undefined && (firstWeek === undefined || firstLogged < firstWeek)) {
    firstWeek = firstLogged;
  }
  const weeks = firstWeek
    ? weeksFrom(firstWeek as LocalDate, currentWeek).map((weekStart) => ({
        weekStart,
        months: monthsBetween(startedOn, weekStart),
      }))
    : [];
  return { checkins, weekly, weeks };
}

function ratingMetric(
  key: CardKey,
  basis: RatingBasis,
  members: readonly { id: string; userId: string; displayName: string; isYou: boolean }[],
): RatingMetricView {
  const spec = RATING_METRICS[key];
  const partners = members.map((member) => {
    const weekly = basis.weekly.get(member.userId)?.[spec.field] ?? [];
    return {
      memberId: member.id,
      displayName: member.displayName,
      isYou: member.isYou,
      weekly: weekly.map(({ weekStart, value }) => ({ weekStart, value })),
      first: weekly[0]?.value ?? null,
      latest: weekly.at(-1)?.value ?? null,
      weeks: weekly.length,
      trend: trendOf(weekly, { minMeaningfulSlope: spec.minMeaningfulSlope }),
      setbacks: detectSetbacks(weekly).map(({ weekStart, value, expected, drop }) => ({
        weekStart,
        value,
        expected,
        drop,
      })),
      series: weekly,
    };
  });
  const you = partners.find((partner) => partner.isYou);
  const other = partners.find((partner) => !partner.isYou);
  const baseline = you?.series[0]?.value;
  const band = basis.weeks.flatMap(({ weekStart, months }) => {
    const range = typicalBand(spec.metric, months, baseline);
    return range ? [{ weekStart, low: range.low, high: range.high }] : [];
  });
  const benchmark = benchmarkFor(spec.metric);
  return {
    id: key,
    scale: spec.scale,
    unit: spec.unit,
    partners: partners.map(({ series: _series, ...rest }) => rest),
    band,
    gap: you && other ? perceptionGap(you.series, other.series) : [],
    benchmark: {
      timeframeMonths: benchmark.timeframeMonths,
      typicalStart: benchmark.typicalStart,
      typicalEnd: benchmark.typicalEnd,
      sourceNote: benchmark.sourceNote,
    },
  };
}

/**
 * Everything on the dashboard, computed by packages/core from what the two partners entered. The
 * viewer's own week and dates are counted in their time zone.
 *
 * The person, their space and its members are resolved once, in one statement, and handed to
 * every feature's read; those reads run at the same time. A request runs 6 statements in three
 * round trips (the session, the space, then the data) where one feature after another used to
 * resolve the space, the person and the members again (20 statements).
 */
export async function progressFor(deps: AppDeps, userId: string): Promise<ProgressView> {
  const context = await spaceContext(deps, userId, 'view');
  const [
    allRows,
    incidents,
    sessions,
    questionnaires,
    log,
    moments,
    triggers,
    agreementsHeld,
    toldBeforeAsked,
  ] = await Promise.all([
    checkinRatingsInSpace(deps, context),
    incidentFactsInSpace(deps, context),
    attendanceInSpace(deps, context),
    questionnaireProgress(deps, context),
    conversationLogInSpace(deps, context),
    connectionMomentsInSpace(deps, context),
    ownTriggerFactsInSpace(deps, context),
    agreementsHeldInSpace(deps, context),
    disclosureDatesInSpace(deps, context),
  ]);
  const people = context.members;
  const today = localDateOf(deps.now(), context.timeZone);
  const currentWeek = weekStartOf(today);
  const startedOn = localDateOf(context.spaceCreatedAt, context.timeZone);
  const members = people.map((person) => ({
    id: person.memberId,
    displayName: person.displayName,
    isYou: person.userId === userId,
    userId: person.userId,
  }));
  const basis = ratingBasis(
    allRows,
    log,
    people.map((person) => person.userId),
    startedOn,
    currentWeek,
  );
  const mine = basis.checkins.get(userId) ?? [];
  const mySeries = basis.weekly.get(userId);
  const incidentFacts: IncidentFact[] = incidents.map((incident) => ({
    date: incident.occurredOn as LocalDate,
    kind: incident.kind as IncidentFact['kind'],
    disclosure: incident.disclosure === 'proactive' ? 'proactive' : 'discovered',
  }));
  const relapseBenchmark = benchmarkFor('relapse');
  const attendanceBenchmark = benchmarkFor('attendance');
  const metrics = {
    trust: ratingMetric('trust', basis, members),
    closeness: ratingMetric('closeness', basis, members),
    communication: ratingMetric('communication', basis, members),
  };
  const signs = signsOfProgress({
    today,
    trust: mySeries?.trust ?? [],
    closeness: mySeries?.closeness ?? [],
    honestConversations: mySeries?.honestConversations ?? [],
    incidents: incidentFacts,
    checkInWeeks: mine.map((row) => row.weekStart as LocalDate),
    connectionMoments: moments,
    triggers,
    toldBeforeAsked,
  });
  return {
    weeksInRecovery: Math.floor(daysBetween(startedOn, today) / 7) + 1,
    metrics,
    relapse: {
      ...relapseSummary(incidentFacts, today),
      benchmark: { share: relapseBenchmark.share ?? null, sourceNote: relapseBenchmark.sourceNote },
    },
    attendance: {
      total: sessions.length,
      verified: sessions.filter((session) => session.verification === 'verified').length,
      weekly: attendanceSeries(
        sessions.map((session) => session.heldOn as LocalDate),
        startedOn,
        today,
      ),
      benchmark: {
        typicalEnd: attendanceBenchmark.typicalEnd,
        sourceNote: attendanceBenchmark.sourceNote,
      },
    },
    questionnaires,
    signs,
    agreementsHeld,
  };
}
