import {
  AMEND_FORGIVENESS,
  aggregateWeekly,
  type CoupleOutcomeFacts,
  type DatedLevel,
  FORGIVENESS_LEVELS,
  type ForgivenessLevel,
  forgivenessLevel,
  forgivenessLevelOf,
  type LocalDate,
  localDateOf,
  type PracticeOutcomes,
  practiceOutcomes,
} from '@amend/core';
import type { AppDeps, RequestOrigin } from '../../platform/deps.js';
import { recordViews } from '../privacy/access-recording.js';
import { groupBy, key, membersOnCaseload, pairsOf } from './caseload-shared.js';
import * as reads from './caseload-store.js';
import { therapistOrNotFound } from './context.js';

/** From the first check-in on: trust change is measured from the start. */
const SINCE_THE_START = '1900-01-01';

function isLevel(value: string | null): value is ForgivenessLevel {
  return value !== null && (FORGIVENESS_LEVELS as readonly string[]).includes(value);
}

function meanOf(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

/**
 * The practice's outcomes across every couple on the caseload, each couple counted only for what
 * its partners share: forgiveness (the hurt partner's questionnaire band, or the therapist's own
 * assessment, whichever is later), relapse, sessions and trust from the first week to the latest.
 * The same handful of statements as the caseload, whatever the number of couples.
 */
export async function outcomesOfPractice(
  deps: AppDeps,
  therapistUserId: string,
  origin: RequestOrigin,
): Promise<PracticeOutcomes> {
  const profile = await therapistOrNotFound(deps, therapistUserId);
  const members = await membersOnCaseload(deps, therapistUserId);
  const coupleIds = [...new Set(members.map((member) => member.coupleId))];
  const metricOwners = pairsOf(members, 'metrics');
  const [checkins, incidents, sessions, scores, assessments] = await Promise.all([
    reads.trustCheckins(deps.db, metricOwners, SINCE_THE_START),
    reads.currentIncidents(deps.db, pairsOf(members, 'agreements_incidents')),
    reads.sessionCounts(deps.db, therapistUserId, coupleIds, metricOwners),
    reads.baselineAndLatestScores(deps.db, pairsOf(members, 'questionnaires')),
    reads.latestForgivenessAssessments(deps.db, therapistUserId, coupleIds),
  ]);
  const checkinsOf = groupBy(checkins, (row) => key(row.couple_id, row.user_id));
  const incidentsOf = groupBy(incidents, (row) => row.couple_id);
  const sessionsOf = new Map(sessions.map((row) => [row.couple_id, row.sessions]));
  const assessmentOf = new Map(assessments.map((row) => [row.couple_id, row]));
  const forgivenessScores = scores.filter(
    (row) => row.is_last && row.instrument_id === AMEND_FORGIVENESS.id && isLevel(row.band),
  );

  const facts = [...groupBy(members, (member) => member.coupleId)].map(
    ([coupleId, partners]): CoupleOutcomeFacts => {
      const answered = forgivenessScores
        .filter((row) => row.couple_id === coupleId)
        .sort((a, b) => b.completed_at.getTime() - a.completed_at.getTime())[0];
      const questionnaire: DatedLevel | null =
        answered && isLevel(answered.band)
          ? { on: localDateOf(answered.completed_at, profile.timeZone), level: answered.band }
          : null;
      const assessed = assessmentOf.get(coupleId);
      const assessedLevel = assessed ? forgivenessLevelOf(assessed.value) : null;
      const assessment: DatedLevel | null =
        assessed && assessedLevel
          ? { on: assessed.observed_on as LocalDate, level: assessedLevel }
          : null;
      const trustSeries = partners
        .filter((member) => member.shares.has('metrics'))
        .map((member) =>
          aggregateWeekly(
            (checkinsOf.get(key(coupleId, member.userId)) ?? []).map((row) => ({
              date: row.week_start as LocalDate,
              value: row.trust,
            })),
          ),
        )
        .filter((weekly) => weekly.length > 0);
      const start = meanOf(trustSeries.map((weekly) => weekly[0]?.value ?? 0));
      const latest = meanOf(trustSeries.map((weekly) => weekly.at(-1)?.value ?? 0));
      return {
        forgiveness: forgivenessLevel(questionnaire, assessment)?.level ?? null,
        relapsed: partners.some((member) => member.shares.has('agreements_incidents'))
          ? (incidentsOf.get(coupleId)?.length ?? 0) > 0
          : null,
        sessionsAttended: sessionsOf.get(coupleId) ?? 0,
        trust: start !== null && latest !== null ? { start, latest } : null,
      };
    },
  );
  const shown = [...groupBy(members, (member) => member.coupleId)].flatMap(([coupleId, ps]) => {
    const ownerIds = ps.filter((m) => m.shares.size > 0).map((m) => m.userId);
    return ownerIds.length > 0 ? [{ coupleId, ownerIds }] : [];
  });
  await recordViews(deps, therapistUserId, shown, 'progress', origin);
  return practiceOutcomes(facts);
}
