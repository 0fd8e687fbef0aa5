import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../time/local-date.js';
import { nextSteps, spaceDays } from './space-summary.js';

const cameToLightOn = '2026-01-10' as LocalDate;

describe('days in the space', () => {
  it('the day a space is created is day 1', () => {
    const createdAt = new Date('2026-02-01T09:00:00Z');
    expect(spaceDays({ createdAt, cameToLightOn }, createdAt, 'UTC').daysSinceBegan).toBe(1);
  });

  it('counts calendar days in the viewer’s time zone, not 24-hour periods', () => {
    const createdAt = new Date('2026-02-01T22:30:00Z');
    const nextMorning = new Date('2026-02-02T07:00:00Z');
    expect(spaceDays({ createdAt, cameToLightOn }, nextMorning, 'UTC').daysSinceBegan).toBe(2);
    // In Tokyo both moments fall on 2 February, so it is still day 1 there.
    expect(spaceDays({ createdAt, cameToLightOn }, nextMorning, 'Asia/Tokyo').daysSinceBegan).toBe(
      1,
    );
  });

  it('counts the days since the infidelity came to light', () => {
    const createdAt = new Date('2026-02-01T09:00:00Z');
    const days = spaceDays({ createdAt, cameToLightOn }, createdAt, 'UTC');
    expect(days.daysSinceCameToLight).toBe(22);
  });
});

describe('what comes next', () => {
  it('asks a person alone to invite their partner', () => {
    expect(nextSteps({ activeMemberCount: 1, hasPendingInvitation: false })).toEqual([
      'invite_partner',
    ]);
  });

  it('tells a person with an open invitation that it is waiting', () => {
    expect(nextSteps({ activeMemberCount: 1, hasPendingInvitation: true })).toEqual([
      'waiting_for_partner',
    ]);
  });

  it('recognises when both partners are in', () => {
    expect(nextSteps({ activeMemberCount: 2, hasPendingInvitation: false })).toEqual(['together']);
  });
});
