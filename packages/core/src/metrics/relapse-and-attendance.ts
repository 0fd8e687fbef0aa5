import { addDays, daysBetween, type LocalDate } from '../time/local-date.js';
import { monthsBetween, typicalBand } from './benchmarks.js';
import { weekStartOf } from './weekly.js';

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
  const firstWeek = weekStartOf(startedOn);
  const lastWeek = weekStartOf(today);
  const sorted = [...sessionDates].filter((date) => date <= today).sort();
  const points: AttendancePoint[] = [];
  let index = 0;
  for (let week = firstWeek; week <= lastWeek; week = addDays(week, 7)) {
    const weekEnd = addDays(week, 6);
    while (index < sorted.length && (sorted[index] as LocalDate) <= weekEnd) index += 1;
    points.push({
      weekStart: week,
      cumulative: index,
      band: typicalBand('attendance', Math.max(0, monthsBetween(startedOn, week))),
    });
  }
  return points;
}
