import type { LocalDate } from '../time/local-date.js';

/** What the space's timeline can show; each can be filtered in or out. */
export const TIMELINE_KINDS = [
  'agreement',
  'incident',
  'disclosure',
  'account',
  'question',
  'commitment',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export function isTimelineKind(value: string): value is TimelineKind {
  return (TIMELINE_KINDS as readonly string[]).includes(value);
}

export interface TimelineEntry {
  readonly kind: TimelineKind;
  /** What happened, as a stable code the web app words (e.g. 'agreement.version_in_force'). */
  readonly event: string;
  /** The record it belongs to, so the app can link to it. */
  readonly recordId: string;
  /** The day it happened, on the viewer's calendar. */
  readonly date: LocalDate;
  /** The exact moment, for order within a day. */
  readonly at: string;
  /** A short title the couple wrote (an agreement's title, a question), when there is one. */
  readonly title: string | null;
}

export interface TimelineFilter {
  readonly kinds?: readonly TimelineKind[] | undefined;
  readonly from?: LocalDate | undefined;
  readonly to?: LocalDate | undefined;
}

/** The road travelled, newest first, with only the kinds and days asked for. */
export function buildTimeline(
  entries: readonly TimelineEntry[],
  filter: TimelineFilter,
): TimelineEntry[] {
  const kinds = filter.kinds && filter.kinds.length > 0 ? new Set(filter.kinds) : null;
  return entries
    .filter((entry) => !kinds || kinds.has(entry.kind))
    .filter((entry) => !filter.from || entry.date >= filter.from)
    .filter((entry) => !filter.to || entry.date <= filter.to)
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.recordId < b.recordId ? 1 : -1));
}

/** How many entries of each kind, for the filter's labels. */
export function countTimelineKinds(
  entries: readonly TimelineEntry[],
): Record<TimelineKind, number> {
  const counts = Object.fromEntries(TIMELINE_KINDS.map((kind) => [kind, 0])) as Record<
    TimelineKind,
    number
  >;
  for (const entry of entries) counts[entry.kind] += 1;
  return counts;
}
