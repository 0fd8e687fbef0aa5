import { dayNumberOf, localDateFromDayNumber, mondayOfWeek } from '../time/day-number.js';
import { addDays, daysBetween, type LocalDate } from '../time/local-date.js';
import { monthsBetween, typicalBand } from './benchmarks.js';

export type IncidentKind = 'contact' | 'new_affair' | 'lie' | 'broken_agreement';

export interface IncidentFact {
  readonly date: LocalDate;
  readonly kind: IncidentKind;
  readonly disclosure: 'proactive' | 'discovered';
}

export interface RelapseSummary {
  readonly total: number;
  readonly proactive: number;
  readonly discovered: number;
  readonly last12Weeks: number;
  /** Whole weeks since the most recent incident, or null when there has been none. */
  readonly weeksSinceLast: number | null;
  readonly byKind: Record<IncidentKind, number>;
}

/**
 * The relapse metric for one couple. The guide's figure (about 10–15 % of couples) describes
 * couples, not weeks, so this summary counts and dates incidents and leaves the comparison to the
 * words around it. Incidents dated after today are ignored.
 */
export function relapseSummary(
  incidents: readonly IncidentFact[],
  today: LocalDate,
): RelapseSummary {
  const past = incidents.filter((incident) => incident.date <= today);
  const byKind: Record<IncidentKind, number> = {
    contact: 0,
    new_affair: 0,
    lie: 0,
    broken_agreement: 0,
  };
  for (const incident of past) byKind[incident.kind] += 1;
  const latest = past.reduce<LocalDate | null>(
    (max, incident) => (max === null || incident.date > max ? incident.date : max),
    null,
  );
  const since = addDays(today, -12 * 7);
  return {
    total: past.length,
    proactive: past.filter((incident) => incident.disclosure === 'proactive').length,
    discovered: past.filter((incident) => incident.disclosure === 'discovered').length,
    last12Weeks: past.filter((incident) => incident.date > since).length,
    weeksSinceLast: latest === null ? null : Math.floor(daysBetween(latest, today) / 7),
    byKind,
  };
}

export interface AttendancePoint {
  readonly weekStart: LocalDate;
  /** Sessions attended so far, counting from the start of recovery. */
  readonly cumulative: number;
  /** What the program guide calls typical by this week (8–12 sessions over 3–12 months). */
  readonly band: { low: number; high: number } | null;
}

/**
 * Cumulative therapy sessions week by week from the start of recovery to this week, with the
 * guide's typical range beside each week. Sessions before the start count in the first week.
 */
export function attendanceSeries(
  sessionDates: readonly LocalDate[],
  startedOn: LocalDate,
  today: LocalDate,
): AttendancePoint[] {
  // Weeks walk as day numbers of their Mondays; only each week's own start is written out.
  const todayDay = dayNumberOf(today);
  const lastMonday = mondayOfWeek(todayDay);
  const sessions = sessionDates
    .map(dayNumberOf)
    .filter((day) => day <= todayDay)
    .sort((x, y) => x - y);
  const points: AttendancePoint[] = [];
  let index = 0;
  for (let monday = mondayOfWeek(dayNumberOf(startedOn)); monday <= lastMonday; monday += 7) {
    const weekStart = localDateFromDayNumber(monday);
    const sunday = monday + 6;
    while (index < sessions.length && (sessions[index] as number) <= sunday) index += 1;
    points.push({
      weekStart,
      cumulative: index,
      band: typicalBand('attendance', Math.max(0, monthsBetween(startedOn, weekStart))),
    });
  }
  return points;
}
