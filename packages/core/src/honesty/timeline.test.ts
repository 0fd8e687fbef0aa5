import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../time/local-date.js';
import { incidentKindOfDisclosure } from './disclosures.js';
import { buildTimeline, countTimelineKinds, type TimelineEntry } from './timeline.js';

const entry = (kind: TimelineEntry['kind'], at: string, recordId = kind): TimelineEntry => ({
  kind,
  event: `${kind}.something`,
  recordId,
  date: at.slice(0, 10) as LocalDate,
  at,
  title: null,
});

describe('the timeline', () => {
  const entries = [
    entry('incident', '2026-10-01T09:00:00.000Z'),
    entry('question', '2026-11-02T09:00:00.000Z'),
    entry('agreement', '2026-11-02T10:00:00.000Z'),
    entry('commitment', '2026-12-01T09:00:00.000Z'),
  ];

  it('puts the newest first', () => {
    expect(buildTimeline(entries, {}).map((item) => item.kind)).toEqual([
      'commitment',
      'agreement',
      'question',
      'incident',
    ]);
  });

  it('keeps only the kinds and days asked for', () => {
    expect(
      buildTimeline(entries, { kinds: ['question', 'incident'] }).map((item) => item.kind),
    ).toEqual(['question', 'incident']);
    expect(
      buildTimeline(entries, {
        from: '2026-11-01' as LocalDate,
        to: '2026-11-30' as LocalDate,
      }).map((item) => item.kind),
    ).toEqual(['agreement', 'question']);
    expect(buildTimeline(entries, { kinds: [] })).toHaveLength(4);
  });

  it('counts each kind for the filter', () => {
    expect(countTimelineKinds(entries)).toEqual({
      agreement: 1,
      incident: 1,
      disclosure: 0,
      account: 0,
      question: 1,
      commitment: 1,
    });
  });
});

describe('a disclosure and the incident it records', () => {
  it('is an incident for the relapse kinds and not for anything else', () => {
    expect(incidentKindOfDisclosure('contact')).toBe('contact');
    expect(incidentKindOfDisclosure('lie')).toBe('lie');
    expect(incidentKindOfDisclosure('something_else')).toBeNull();
  });
});
