import {
  type AttendancePoint,
  addDays,
  aggregateWeekly,
  attendanceSeries,
  benchmarkFor,
  type DatedValue,
  daysBetween,
  detectSetbacks,
  type GapPoint,
  type IncidentFact,
  type LocalDate,
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
import { currentUser } from '../accounts/service.js';
import { coupleCheckins } from '../checkins/service.js';
import type { CheckinRow } from '../checkins/store.js';
import { listIncidents } from '../incidents/service.js';
import { type QuestionnaireProgress, questionnaireProgress } from '../questionnaires/service.js';
import { listSessions } from '../sessions-attended/service.js';
import { activeMembers, authorizedSpace, spaceTimeline } from '../space/service.js';

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
    field: keyof CheckinRow;
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
}

function weeklyOf(rows: readonly CheckinRow[], field: keyof CheckinRow): WeeklyValue[] {
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

function ratingMetric(
  key: CardKey,
  rows: readonly CheckinRow[],
  members: readonly { id: string; userId: string; displayName: string; isYou: boolean }[],
  startedOn: LocalDate,
  currentWeek: LocalDate,
): RatingMetricView {
  const spec = RATING_METRICS[key];
  const partners = members.map((member) => {
    const weekly = weeklyOf(
      rows.filter((row) => row.userId === member.userId),
      spec.field,
    );
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
  const firstWeek = [...rows.map((row) => row.weekStart)].sort()[0] as LocalDate | undefined;
  const baseline = you?.series[0]?.value;
  const band = firstWeek
    ? weeksFrom(firstWeek, currentWeek).flatMap((weekStart) => {
        const range = typicalBand(spec.metric, monthsBetween(startedOn, weekStart), baseline);
        return range ? [{ weekStart, low: range.low, high: range.high }] : [];
      })
    : [];
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
 */
export async function progressFor(deps: AppDeps, userId: string): Promise<ProgressView> {
  const { coupleId } = await authorizedSpace(deps, userId, 'view');
  const user = await currentUser(deps, userId);
  const [space, people, allRows] = await Promise.all([
    spaceTimeline(deps, coupleId),
    activeMembers(deps, coupleId),
    coupleCheckins(deps, coupleId),
  ]);
  const today = localDateOf(deps.now(), user.timeZone);
  const currentWeek = weekStartOf(today);
  const startedOn = localDateOf(space.createdAt, user.timeZone);
  const members = people.map((person) => ({
    id: person.memberId,
    displayName: person.displayName,
    isYou: person.userId === userId,
    userId: person.userId,
  }));
  // Someone who left the space no longer appears on its dashboard.
  const activeUserIds = new Set(people.map((person) => person.userId));
  const rows = allRows.filter((row) => activeUserIds.has(row.userId));
  const mine = rows.filter((row) => row.userId === userId);
  const [incidents, sessions, questionnaires] = await Promise.all([
    listIncidents(deps, userId),
    listSessions(deps, userId),
    questionnaireProgress(deps, userId),
  ]);
  const incidentFacts: IncidentFact[] = incidents.map((incident) => ({
    date: incident.current.occurredOn as LocalDate,
    kind: incident.current.kind as IncidentFact['kind'],
    disclosure: incident.current.disclosure === 'proactive' ? 'proactive' : 'discovered',
  }));
  const relapseBenchmark = benchmarkFor('relapse');
  const attendanceBenchmark = benchmarkFor('attendance');
  const metrics = {
    trust: ratingMetric('trust', rows, members, startedOn, currentWeek),
    closeness: ratingMetric('closeness', rows, members, startedOn, currentWeek),
    communication: ratingMetric('communication', rows, members, startedOn, currentWeek),
  };
  const signs = signsOfProgress({
    today,
    trust: weeklyOf(mine, 'trust'),
    closeness: weeklyOf(mine, 'closeness'),
    honestConversations: weeklyOf(mine, 'honestConversations'),
    incidents: incidentFacts,
    checkInWeeks: mine.map((row) => row.weekStart as LocalDate),
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
  };
}
