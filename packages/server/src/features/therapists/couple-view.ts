import {
  benchmarkFor,
  type CoupleRatingMetric,
  coupleRatingMetric,
  daysBetween,
  type IncidentFact,
  type LocalDate,
  localDateOf,
  type MetricId,
  observedCommunication,
  type RelapseSummary,
  relapseSummary,
  type UserId,
  weekStartOf,
} from '@amend/core';
import type { AppDeps, RequestOrigin } from '../../platform/deps.js';
import { type CheckinRatings, checkinRatingsInSpace } from '../checkins/service.js';
import { offeredInstruments } from '../instruments/service.js';
import { recordViews, type SpaceDataOwners } from '../privacy/access-recording.js';
import { type QuestionnaireProgress, questionnaireProgress } from '../questionnaires/service.js';
import { currentIncidents } from './caseload-store.js';
import {
  asSpaceContextOf,
  type TherapistCoupleContext,
  therapistCoupleContext,
  visibleMembers,
} from './context.js';
import {
  type SharedAgreementView,
  type SharedExerciseView,
  sharedAgreements,
  sharedExercises,
} from './couple-shared.js';
import { listObservations, type ObservationView } from './sessions.js';

const RATINGS = {
  trust: { field: 'trust', metric: 'trust', scale: { min: 1, max: 10 } },
  closeness: { field: 'closeness', metric: 'intimacy', scale: { min: 1, max: 10 } },
  communication: {
    field: 'honestConversations',
    metric: 'communication',
    scale: { min: 0, max: 10 },
  },
} as const satisfies Record<
  string,
  { field: keyof CheckinRatings; metric: MetricId; scale: { min: number; max: number } }
>;

export interface CoupleMetricView extends CoupleRatingMetric {
  readonly id: keyof typeof RATINGS;
  readonly scale: { min: number; max: number };
  readonly benchmark: {
    timeframeMonths: { min: number; max: number };
    typicalStart: { low: number; high: number } | null;
    typicalEnd: { low: number; high: number } | null;
    sourceNote: string;
  };
}

export interface CoupleView {
  readonly coupleId: string;
  readonly cameToLightOn: string;
  readonly weeksInRecovery: number;
  readonly partners: {
    memberId: string;
    displayName: string;
    role: string;
    consent: string[];
  }[];
  /** Only partners who share metrics appear in each. */
  readonly metrics: CoupleMetricView[];
  /** Honest conversations a week as this therapist observed them (the guide's therapist source). */
  readonly observedCommunication: { weekStart: string; value: number }[];
  readonly questionnaires: {
    memberId: string;
    displayName: string;
    instruments: (QuestionnaireProgress & {
      cutoffs: { meaning: string; value: number; direction: string }[];
    })[];
  }[];
  /** Null when no partner shares agreements and incidents. */
  readonly relapse: RelapseSummary | null;
  readonly observations: ObservationView[];
}

/** The couple view as the therapist's page shows it, with what only the page shows. */
export interface CouplePageView extends CoupleView {
  /** Null when no partner shares agreements and incidents. */
  readonly agreements: SharedAgreementView[] | null;
  /** Answers shared with the therapist by partners who share their program. */
  readonly exercises: SharedExerciseView[];
}

/**
 * Both partners side by side, each showing only what they consent to now, computed by the same
 * core functions as the couple's own dashboard. Each partner whose records were shown gets an
 * access-log event per kind of record.
 */
export async function coupleView(
  deps: AppDeps,
  therapistUserId: string,
  coupleId: string,
  origin: RequestOrigin,
): Promise<CouplePageView> {
  const context = await therapistCoupleContext(deps, therapistUserId, coupleId, 'open');
  const [view, agreements, exercises] = await Promise.all([
    assembleCoupleView(deps, context),
    sharedAgreements(deps, context),
    sharedExercises(deps, context),
  ]);
  const incidentSharers = visibleMembers(context, 'agreements_incidents');
  await recordShown(deps, therapistUserId, coupleId, origin, {
    progress: visibleMembers(context, 'metrics').map((member) => member.userId),
    questionnaires: visibleMembers(context, 'questionnaires').map((member) => member.userId),
    incidents: incidentSharers.map((member) => member.userId),
    // Both partners accepted the terms shown, so both are told they were read; each partner's
    // weekly marks are in the view only when that partner shares them.
    agreements:
      agreements && agreements.length > 0 ? context.members.map((member) => member.userId) : [],
    program_answers: [
      ...new Set(
        exercises.flatMap(
          (answer) =>
            context.members.find((member) => member.memberId === answer.memberId)?.userId ?? [],
        ),
      ),
    ],
  });
  return { ...view, agreements, exercises };
}

/** The couple view for a context already checked; the caller records what it shows. */
export async function assembleCoupleView(
  deps: AppDeps,
  context: TherapistCoupleContext,
): Promise<CoupleView> {
  const { coupleId } = context;
  const today = localDateOf(deps.now(), context.timeZone);
  const startedOn = localDateOf(context.spaceCreatedAt, context.timeZone);
  const metricMembers = visibleMembers(context, 'metrics');
  const questionnaireMembers = visibleMembers(context, 'questionnaires');
  const incidentMembers = visibleMembers(context, 'agreements_incidents');
  const anchor = context.members[0];
  const [checkins, incidents, questionnaires, observations, catalogue] = await Promise.all([
    metricMembers.length > 0 && anchor
      ? checkinRatingsInSpace(deps, asSpaceContextOf(context, anchor, metricMembers))
      : Promise.resolve([]),
    // Incidents reported by a partner who shares them; not the other partner's reports.
    incidentMembers.length > 0
      ? currentIncidents(deps.db, {
          coupleIds: incidentMembers.map(() => coupleId),
          userIds: incidentMembers.map((member) => member.userId),
        })
      : Promise.resolve(null),
    Promise.all(
      questionnaireMembers.map(async (member) => ({
        member,
        progress: await questionnaireProgress(deps, asSpaceContextOf(context, member, [member]), {
          kind: 'therapist',
          therapistUserId: context.viewer.userId,
        }),
      })),
    ),
    listObservations(deps, context),
    offeredInstruments(deps, { kind: 'therapist', therapistUserId: context.viewer.userId }),
  ]);
  const cutoffsOf = new Map(catalogue.map((d) => [d.id, d.cutoffs ?? []]));
  const metrics = (Object.keys(RATINGS) as (keyof typeof RATINGS)[]).map((id) => {
    const spec = RATINGS[id];
    const benchmark = benchmarkFor(spec.metric);
    return {
      id,
      scale: spec.scale,
      benchmark: {
        timeframeMonths: benchmark.timeframeMonths,
        typicalStart: benchmark.typicalStart,
        typicalEnd: benchmark.typicalEnd,
        sourceNote: benchmark.sourceNote,
      },
      ...coupleRatingMetric(
        spec.metric,
        metricMembers.map((member) => ({
          memberId: member.memberId,
          displayName: member.displayName,
          points: checkins
            .filter((row) => row.userId === member.userId)
            .map((row) => ({
              weekStart: row.weekStart as LocalDate,
              value: Number(row[spec.field]),
            })),
        })),
        startedOn,
        weekStartOf(today),
        0.05,
      ),
    };
  });
  const incidentFacts: IncidentFact[] | null = incidents
    ? incidents.map((incident) => ({
        date: incident.occurred_on as LocalDate,
        kind: incident.kind as IncidentFact['kind'],
        disclosure: incident.disclosure === 'proactive' ? 'proactive' : 'discovered',
      }))
    : null;
  return {
    coupleId,
    cameToLightOn: context.cameToLightOn,
    weeksInRecovery: Math.floor(daysBetween(startedOn, today) / 7) + 1,
    partners: context.members.map((member) => ({
      memberId: member.memberId,
      displayName: member.displayName,
      role: member.role,
      consent: [...(context.link.consents.get(member.userId as UserId) ?? [])],
    })),
    metrics,
    observedCommunication: observedCommunication(
      observations
        .filter((o) => o.kind === 'communication')
        .map((o) => ({ on: o.observedOn as LocalDate, perWeek: o.value })),
    ).map(({ weekStart, value }) => ({ weekStart, value })),
    questionnaires: questionnaires.map(({ member, progress }) => ({
      memberId: member.memberId,
      displayName: member.displayName,
      instruments: progress.map((instrument) => ({
        ...instrument,
        cutoffs: (cutoffsOf.get(instrument.id) ?? []).map(({ meaning, value, direction }) => ({
          meaning,
          value,
          direction,
        })),
      })),
    })),
    relapse: incidentFacts ? relapseSummary(incidentFacts, today) : null,
    observations,
  };
}

async function recordShown(
  deps: AppDeps,
  therapistUserId: string,
  coupleId: string,
  origin: RequestOrigin,
  shown: Record<
    'progress' | 'questionnaires' | 'incidents' | 'agreements' | 'program_answers',
    string[]
  >,
): Promise<void> {
  for (const [kind, ownerIds] of Object.entries(shown) as [keyof typeof shown, string[]][]) {
    const owners: SpaceDataOwners[] = ownerIds.length > 0 ? [{ coupleId, ownerIds }] : [];
    await recordViews(deps, therapistUserId, owners, kind, origin);
  }
}
