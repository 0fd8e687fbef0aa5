import {
  addDays,
  type CaseloadCoupleFacts,
  type CaseloadPartnerFacts,
  type CaseloadRow,
  caseloadRow,
  type IncidentFact,
  type InstrumentDefinition,
  type LocalDate,
  localDateOf,
  orderedStages,
  PARTNER_ROLES,
  type PartnerRole,
  programContent,
  programPosition,
  type ReliableChangeClass,
  reliableChange,
  sortCaseload,
  weekStartOf,
} from '@amend/core';
import type { AppDeps, RequestOrigin } from '../../platform/deps.js';
import { offeredInstruments } from '../instruments/service.js';
import { recordViews, type SpaceDataOwners } from '../privacy/access-recording.js';
import { groupBy, key, membersOnCaseload, pairsOf } from './caseload-shared.js';
import * as reads from './caseload-store.js';
import { therapistOrNotFound } from './context.js';

/**
 * Enough weeks of check-ins for the trend (8), a setback (4 weeks before it) inside the alert
 * window (4), with room to spare; older weeks change nothing on this page, so they are not read.
 */
export const CHECKIN_WEEKS_READ = 16;

/** Latest response per questionnaire with its reliable change from the baseline, when defined. */
function latestChanges(
  rows: readonly Awaited<ReturnType<typeof reads.baselineAndLatestScores>>[number][],
  definitions: ReadonlyMap<string, InstrumentDefinition>,
  timeZone: string,
) {
  return [...groupBy(rows, (row) => row.instrument_id)].flatMap(([instrumentId, pair]) => {
    const definition = definitions.get(instrumentId);
    const first = pair.find((row) => row.is_first);
    const last = pair.find((row) => row.is_last);
    if (!definition || !last) return [];
    let change: ReliableChangeClass | null = null;
    if (
      first &&
      first !== last &&
      first.total !== null &&
      last.total !== null &&
      definition.normSd != null &&
      definition.reliability != null
    ) {
      change = reliableChange(
        first.total,
        last.total,
        definition.normSd,
        definition.reliability,
        definition.higherIsBetter,
      ).classification;
    }
    return [
      {
        title: definition.title,
        completedOn: localDateOf(last.completed_at, timeZone),
        change,
      },
    ];
  });
}

/**
 * Every couple the therapist works with, with what each partner lets them see, sorted so that who
 * needs attention comes first. Eight statements whatever the number of couples; every partner whose
 * records were shown gets one access-log event.
 */
export async function caseload(
  deps: AppDeps,
  therapistUserId: string,
  origin: RequestOrigin,
): Promise<CaseloadRow[]> {
  // A person who is not a therapist has no couples linked: the two reads can run together.
  const [profile, members] = await Promise.all([
    therapistOrNotFound(deps, therapistUserId),
    membersOnCaseload(deps, therapistUserId),
  ]);
  const today = localDateOf(deps.now(), profile.timeZone);
  const metricOwners = pairsOf(members, 'metrics');
  const coupleIds = [...new Set(members.map((member) => member.coupleId))];
  const since = addDays(weekStartOf(today), -7 * CHECKIN_WEEKS_READ);
  const sessionQuestionOwners = pairsOf(members, 'session_questions');
  const [checkins, incidents, sessions, scores, stages, held, catalogue] = await Promise.all([
    reads.trustCheckins(deps.db, metricOwners, since),
    reads.currentIncidents(deps.db, pairsOf(members, 'agreements_incidents')),
    reads.sessionCounts(deps.db, therapistUserId, coupleIds, metricOwners),
    reads.baselineAndLatestScores(deps.db, pairsOf(members, 'questionnaires')),
    reads.stageEvents(deps.db, pairsOf(members, 'program')),
    reads.questionsHeldForSession(deps.db, sessionQuestionOwners),
    offeredInstruments(deps, { kind: 'therapist', therapistUserId }),
  ]);
  const definitions = new Map(catalogue.map((definition) => [definition.id, definition]));
  const content = programContent();
  const stageTitles = new Map(orderedStages(content).map((stage) => [stage.id, stage]));
  const checkinsOf = groupBy(checkins, (row) => key(row.couple_id, row.user_id));
  const scoresOf = groupBy(scores, (row) => key(row.couple_id, row.user_id));
  const stagesOf = groupBy(stages, (row) => key(row.couple_id, row.user_id));
  const incidentsOf = groupBy(incidents, (row) => row.couple_id);
  const sessionsOf = new Map(sessions.map((row) => [row.couple_id, row.sessions]));
  const heldOf = new Map(held.map((row) => [row.couple_id, row.held]));
  const sharingQuestions = new Set(sessionQuestionOwners.coupleIds);

  const rows = [...groupBy(members, (member) => member.coupleId)].map(([coupleId, partners]) => {
    const partnerFacts: CaseloadPartnerFacts[] = partners.map((member) => {
      const own = key(coupleId, member.userId);
      const position = member.shares.has('program')
        ? programPosition(
            content,
            (stagesOf.get(own) ?? []).map((event) => ({
              kind: event.kind,
              stageId: event.stage_id,
              on: event.occurred_on as LocalDate,
            })),
            today,
          )
        : null;
      const stage = position?.current ? stageTitles.get(position.current) : undefined;
      return {
        memberId: member.memberId,
        displayName: member.displayName,
        role: (PARTNER_ROLES as readonly string[]).includes(member.role)
          ? (member.role as PartnerRole)
          : 'undisclosed',
        joinedOn: localDateOf(member.joinedAt, profile.timeZone),
        checkins: member.shares.has('metrics')
          ? (checkinsOf.get(own) ?? []).map((row) => ({
              weekStart: row.week_start as LocalDate,
              trust: row.trust,
            }))
          : null,
        questionnaires: member.shares.has('questionnaires')
          ? latestChanges(scoresOf.get(own) ?? [], definitions, profile.timeZone)
          : null,
        stage: stage ? { number: stage.number, title: stage.title } : null,
      };
    });
    const sharesIncidents = partners.some((member) => member.shares.has('agreements_incidents'));
    const facts: CaseloadCoupleFacts = {
      coupleId,
      startedOn: localDateOf(partners[0]?.spaceCreatedAt ?? deps.now(), profile.timeZone),
      partners: partnerFacts,
      incidents: sharesIncidents
        ? (incidentsOf.get(coupleId) ?? []).map(
            (row): IncidentFact => ({
              date: row.occurred_on as LocalDate,
              kind: row.kind as IncidentFact['kind'],
              disclosure: row.disclosure === 'proactive' ? 'proactive' : 'discovered',
            }),
          )
        : null,
      sessionsAttended: sessionsOf.get(coupleId) ?? 0,
      openQuestionsForSession: sharingQuestions.has(coupleId) ? (heldOf.get(coupleId) ?? 0) : null,
    };
    return caseloadRow(facts, today);
  });

  const shown: SpaceDataOwners[] = [...groupBy(members, (member) => member.coupleId)].flatMap(
    ([coupleId, partners]) => {
      const ownerIds = partners.filter((m) => m.shares.size > 0).map((m) => m.userId);
      return ownerIds.length > 0 ? [{ coupleId, ownerIds }] : [];
    },
  );
  await recordViews(deps, therapistUserId, shown, 'progress', origin);
  return sortCaseload(rows);
}
