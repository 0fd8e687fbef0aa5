import type { PartnerRole } from '../couples/relationship.js';
import type { IncidentFact } from '../metrics/relapse-and-attendance.js';
import type { ReliableChangeClass } from '../metrics/reliable-change.js';
import { detectSetbacks } from '../metrics/setbacks.js';
import { type TrendDirection, trendOf } from '../metrics/trend.js';
import { aggregateWeekly, weekStartOf } from '../metrics/weekly.js';
import { addDays, daysBetween, type LocalDate } from '../time/local-date.js';

/** How recent a setback or an incident must be to ask for the therapist's attention. */
export const ALERT_WINDOW_DAYS = 28;
/** Two full weeks without a check-in from a partner who shares them. */
export const MISSED_CHECKIN_WEEKS = 2;

export type CaseloadAlertKind =
  | 'incident'
  | 'reliable_deterioration'
  | 'setback'
  | 'missed_checkins';

/** How much each kind of alert weighs when ordering the caseload: relapse and decline first. */
const ALERT_WEIGHT: Record<CaseloadAlertKind, number> = {
  incident: 4,
  reliable_deterioration: 3,
  setback: 2,
  missed_checkins: 1,
};

export interface CaseloadAlert {
  readonly kind: CaseloadAlertKind;
  /** The partner it concerns; null for an incident (it concerns the couple). */
  readonly memberId: string | null;
  /** When it happened: the incident, the setback's week, the questionnaire, the last check-in. */
  readonly on: LocalDate | null;
  /** The questionnaire, for a reliable deterioration. */
  readonly instrument: string | null;
}

/** What the therapist may see of one partner, already limited to what that partner consented to. */
export interface CaseloadPartnerFacts {
  readonly memberId: string;
  readonly displayName: string;
  readonly role: PartnerRole;
  readonly joinedOn: LocalDate;
  /** Null when the partner does not share metrics and check-ins. */
  readonly checkins: readonly { readonly weekStart: LocalDate; readonly trust: number }[] | null;
  /** Latest completed response per questionnaire; null when questionnaires are not shared. */
  readonly questionnaires:
    | readonly {
        readonly title: string;
        readonly completedOn: LocalDate;
        readonly change: ReliableChangeClass | null;
      }[]
    | null;
  /** The stage they are in on the path; null when not shared or not begun. */
  readonly stage: { readonly number: number; readonly title: string } | null;
}

export interface CaseloadCoupleFacts {
  readonly coupleId: string;
  readonly startedOn: LocalDate;
  readonly partners: readonly CaseloadPartnerFacts[];
  /** Incidents reported by partners who share agreements and incidents; null when none does. */
  readonly incidents: readonly IncidentFact[] | null;
  readonly sessionsAttended: number;
  /** Questions marked for the session and still open; null when no partner shares them. */
  readonly openQuestionsForSession: number | null;
}

export interface CaseloadPartnerRow {
  readonly memberId: string;
  readonly displayName: string;
  readonly role: PartnerRole;
  readonly sharesMetrics: boolean;
  readonly latestTrust: number | null;
  readonly trustTrend: TrendDirection;
  readonly stage: { readonly number: number; readonly title: string } | null;
}

export interface CaseloadRow {
  readonly coupleId: string;
  readonly weeksInRecovery: number;
  readonly partners: CaseloadPartnerRow[];
  readonly sessionsAttended: number;
  readonly openQuestionsForSession: number | null;
  readonly alerts: CaseloadAlert[];
  /** The sum of the alerts' weights: higher needs attention sooner. */
  readonly attention: number;
}

function partnerAlerts(partner: CaseloadPartnerFacts, today: LocalDate): CaseloadAlert[] {
  const alerts: CaseloadAlert[] = [];
  const recentFrom = addDays(today, -ALERT_WINDOW_DAYS);
  const base = { memberId: partner.memberId, instrument: null };
  if (partner.checkins) {
    const weekly = aggregateWeekly(
      partner.checkins.map((row) => ({ date: row.weekStart, value: row.trust })),
    );
    const setback = detectSetbacks(weekly).at(-1);
    if (setback && setback.weekStart >= weekStartOf(recentFrom)) {
      alerts.push({ ...base, kind: 'setback', on: setback.weekStart });
    }
    // The current week is still open: two full weeks before it with nothing is a gap to ask about.
    const lastWeek = partner.checkins.reduce<LocalDate | null>(
      (latest, row) => (latest === null || row.weekStart > latest ? row.weekStart : latest),
      null,
    );
    const expectedSince = addDays(weekStartOf(today), -7 * MISSED_CHECKIN_WEEKS);
    const missed = lastWeek === null ? partner.joinedOn < expectedSince : lastWeek < expectedSince;
    if (missed) alerts.push({ ...base, kind: 'missed_checkins', on: lastWeek });
  }
  for (const questionnaire of partner.questionnaires ?? []) {
    if (questionnaire.change === 'reliable_deterioration') {
      alerts.push({
        ...base,
        kind: 'reliable_deterioration',
        on: questionnaire.completedOn,
        instrument: questionnaire.title,
      });
    }
  }
  return alerts;
}

/** One couple's caseload row, from what the therapist may see of it. */
export function caseloadRow(facts: CaseloadCoupleFacts, today: LocalDate): CaseloadRow {
  const recentFrom = addDays(today, -ALERT_WINDOW_DAYS);
  const incidentAlerts: CaseloadAlert[] = (facts.incidents ?? [])
    .filter((incident) => incident.date >= recentFrom && incident.date <= today)
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
    .map((incident) => ({ kind: 'incident', memberId: null, on: incident.date, instrument: null }));
  const alerts = [
    ...incidentAlerts,
    ...facts.partners.flatMap((partner) => partnerAlerts(partner, today)),
  ];
  return {
    coupleId: facts.coupleId,
    weeksInRecovery: Math.floor(daysBetween(facts.startedOn, today) / 7) + 1,
    partners: facts.partners.map((partner) => {
      const weekly = aggregateWeekly(
        (partner.checkins ?? []).map((row) => ({ date: row.weekStart, value: row.trust })),
      );
      return {
        memberId: partner.memberId,
        displayName: partner.displayName,
        role: partner.role,
        sharesMetrics: partner.checkins !== null,
        latestTrust: weekly.at(-1)?.value ?? null,
        trustTrend: trendOf(weekly).direction,
        stage: partner.stage,
      };
    }),
    sessionsAttended: facts.sessionsAttended,
    openQuestionsForSession: facts.openQuestionsForSession,
    alerts,
    attention: alerts.reduce((sum, alert) => sum + ALERT_WEIGHT[alert.kind], 0),
  };
}

function lowestTrust(row: CaseloadRow): number {
  const values = row.partners.flatMap((partner) =>
    partner.latestTrust === null ? [] : [partner.latestTrust],
  );
  return values.length === 0 ? Number.POSITIVE_INFINITY : Math.min(...values);
}

/**
 * Who needs attention comes first: the weightiest alerts, then the lowest latest trust, then the
 * couples earliest in recovery (where the guide expects the most turbulence).
 */
export function sortCaseload(rows: readonly CaseloadRow[]): CaseloadRow[] {
  return [...rows].sort(
    (a, b) =>
      b.attention - a.attention ||
      lowestTrust(a) - lowestTrust(b) ||
      a.weeksInRecovery - b.weeksInRecovery ||
      (a.coupleId < b.coupleId ? -1 : a.coupleId > b.coupleId ? 1 : 0),
  );
}
