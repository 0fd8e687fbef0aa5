import { describe, expect, it } from 'vitest';
import { addDays, type LocalDate } from '../time/local-date.js';
import { type ProgressInputs, type SignKey, signsOfProgress } from './signs-of-progress.js';
import type { WeeklyValue } from './weekly.js';

const TODAY = '2026-03-12' as LocalDate; // a Thursday: 4 days of the current week have passed
const THIS_WEEK = '2026-03-09' as LocalDate;

/** Weekly values ending with the current week: the last value is this week's. */
function recent(values: readonly number[], endWeeksAgo = 0): WeeklyValue[] {
  return values.map((value, i) => ({
    weekStart: addDays(THIS_WEEK, -7 * (values.length - 1 - i + endWeeksAgo)),
    value,
    count: 1,
  }));
}

/** Check-in dates (Wednesdays) the given numbers of weeks ago. */
const checkIns = (...weeksAgo: number[]) => weeksAgo.map((n) => addDays(THIS_WEEK, 2 - 7 * n));

const empty: ProgressInputs = {
  today: TODAY,
  trust: [],
  closeness: [],
  honestConversations: [],
  incidents: [],
  checkInWeeks: [],
};

function sign(key: SignKey, changes: Partial<ProgressInputs>) {
  const found = signsOfProgress({ ...empty, ...changes }).find((s) => s.key === key);
  if (!found) throw new Error(`missing sign ${key}`);
  return found;
}

describe('signsOfProgress', () => {
  it('returns the five signs in the guide’s order, then fewer triggers for a trigger log', () => {
    const guide = ['openness', 'less_suspicion', 'consistent_honesty', 'closeness', 'commitment'];
    expect(signsOfProgress(empty).map((s) => s.key)).toEqual(guide);
    expect(signsOfProgress({ ...empty, triggers: [] }).map((s) => s.key)).toEqual([
      ...guide,
      'fewer_triggers',
    ]);
  });

  it('says not_enough_data for every sign when nothing has been recorded', () => {
    expect(signsOfProgress(empty).map((s) => s.status)).toEqual(Array(5).fill('not_enough_data'));
  });

  it('shows every sign for a couple who talk, rate, check in and have no incidents', () => {
    const statuses = signsOfProgress({
      today: TODAY,
      trust: recent([3, 4, 4, 5, 5, 6, 6, 7]),
      closeness: recent([7, 8, 7, 8]),
      honestConversations: recent([4, 4, 5, 3]),
      incidents: [],
      checkInWeeks: checkIns(0, 1, 2, 3, 4, 5, 6, 7),
      triggers: [
        { date: addDays(TODAY, -50), intensity: 4 },
        { date: addDays(TODAY, -40), intensity: 4 },
        { date: addDays(TODAY, -10), intensity: 2 },
      ],
    }).map((s) => s.status);
    expect(statuses).toEqual(Array(6).fill('showing'));
  });

  describe('openness', () => {
    it('counts the conversation rate over the days that have passed, not whole weeks', () => {
      // 3 + 3 + 3 in the last three weeks, 2 so far this week: 11 in 25 days ≈ 3.08 a week.
      const result = sign('openness', { honestConversations: recent([3, 3, 3, 2]) });
      expect(result.status).toBe('showing');
      expect(result.evidence.conversationsPerWeekLast4Weeks).toBeCloseTo((11 * 7) / 25, 10);
    });

    it('shows when the conversation count is rising even below 3 a week', () => {
      const rising = recent([0, 0, 1, 1, 1, 2, 2, 2, 0]); // this week (0) is not over yet
      expect(sign('openness', { honestConversations: rising }).status).toBe('showing');
    });

    it('shows when proactive disclosures outnumber discovered incidents in 12 weeks', () => {
      const incidents = [
        { date: addDays(TODAY, -10), kind: 'contact', disclosure: 'proactive' },
        { date: addDays(TODAY, -30), kind: 'contact', disclosure: 'proactive' },
        { date: addDays(TODAY, -40), kind: 'broken_agreement', disclosure: 'discovered' },
      ] as const;
      const result = sign('openness', { incidents });
      expect(result.status).toBe('showing');
      expect(result.evidence).toMatchObject({
        proactiveDisclosuresLast12Weeks: 2,
        discoveredIncidentsLast12Weeks: 1,
      });
    });

    it('is not yet showing with one steady conversation a week', () => {
      const result = sign('openness', { honestConversations: recent([1, 1, 1, 1, 1, 1, 1, 1, 1]) });
      expect(result.status).toBe('not_yet');
      expect(result.evidence.conversationSlopePerWeek).toBe(0);
    });
  });

  describe('less suspicion', () => {
    it('shows when trust is rising over the last 8 weeks or the latest rating is 7 or more', () => {
      expect(sign('less_suspicion', { trust: recent([3, 4, 5]) }).status).toBe('showing');
      expect(sign('less_suspicion', { trust: recent([7]) }).status).toBe('showing');
    });

    it('is not yet showing for steady low trust, and needs 3 rated weeks to judge', () => {
      expect(sign('less_suspicion', { trust: recent([4, 4, 4, 4]) }).status).toBe('not_yet');
      expect(sign('less_suspicion', { trust: recent([4, 4]) }).status).toBe('not_enough_data');
    });

    it('does not let old ratings speak for the last 8 weeks', () => {
      const old = recent([2, 4, 6, 8], 10);
      const result = sign('less_suspicion', { trust: old });
      expect(result.status).toBe('not_enough_data');
      expect(result.evidence.ratedWeeksLast8Weeks).toBe(0);
    });
  });

  describe('consistent honesty', () => {
    const regular = checkIns(0, 1, 2, 3);

    it('shows with 4 check-in weeks and no lie or discovered incident in 8 weeks', () => {
      const proactive = [
        { date: addDays(TODAY, -5), kind: 'contact', disclosure: 'proactive' },
      ] as const;
      expect(
        sign('consistent_honesty', { checkInWeeks: regular, incidents: proactive }).status,
      ).toBe('showing');
    });

    it('is not yet showing after a lie or a discovered incident, whatever the check-ins', () => {
      const lie = [{ date: addDays(TODAY, -20), kind: 'lie', disclosure: 'proactive' }] as const;
      const found = [
        { date: addDays(TODAY, -20), kind: 'contact', disclosure: 'discovered' },
      ] as const;
      expect(sign('consistent_honesty', { checkInWeeks: regular, incidents: lie }).status).toBe(
        'not_yet',
      );
      expect(sign('consistent_honesty', { checkInWeeks: regular, incidents: found }).status).toBe(
        'not_yet',
      );
    });

    it('forgets incidents older than 8 weeks and needs 4 check-in weeks to judge', () => {
      const oldLie = [
        { date: addDays(TODAY, -70), kind: 'lie', disclosure: 'discovered' },
      ] as const;
      expect(sign('consistent_honesty', { checkInWeeks: regular, incidents: oldLie }).status).toBe(
        'showing',
      );
      expect(sign('consistent_honesty', { checkInWeeks: checkIns(1, 2, 3) }).status).toBe(
        'not_enough_data',
      );
    });

    it('counts telling before being asked as honesty: it shows with fewer check-in weeks', () => {
      const told = [addDays(TODAY, -10)];
      const shown = sign('consistent_honesty', {
        checkInWeeks: checkIns(1, 2),
        toldBeforeAsked: told,
      });
      expect(shown.status).toBe('showing');
      expect(shown.evidence.toldBeforeAskedLast8Weeks).toBe(1);
      // Long ago, or with a lie found out, it does not.
      const longAgo = [addDays(TODAY, -90)];
      expect(
        sign('consistent_honesty', { checkInWeeks: checkIns(1, 2), toldBeforeAsked: longAgo })
          .status,
      ).toBe('not_enough_data');
      const found = [{ date: addDays(TODAY, -5), kind: 'lie', disclosure: 'discovered' }] as const;
      expect(
        sign('consistent_honesty', {
          checkInWeeks: checkIns(1, 2),
          toldBeforeAsked: told,
          incidents: found,
        }).status,
      ).toBe('not_yet');
    });
  });

  describe('closeness', () => {
    it('shows when the last 4 weeks average 7 or more, or closeness is rising', () => {
      expect(sign('closeness', { closeness: recent([7, 7.5]) }).status).toBe('showing');
      expect(sign('closeness', { closeness: recent([3, 4, 5, 6]) }).status).toBe('showing');
    });

    it('is not yet showing when closeness is falling, and needs 3 rated weeks otherwise', () => {
      const falling = sign('closeness', { closeness: recent([6, 5, 4, 3]) });
      expect(falling.status).toBe('not_yet');
      expect(falling.evidence).toMatchObject({
        closenessMeanLast4Weeks: 4.5,
        closenessSlopePerWeek: -1,
      });
      expect(sign('closeness', { closeness: recent([5, 5]) }).status).toBe('not_enough_data');
    });
  });

  describe('commitment', () => {
    it('shows with check-ins in 6 of the last 8 weeks', () => {
      const result = sign('commitment', { checkInWeeks: checkIns(0, 1, 3, 4, 6, 7) });
      expect(result).toEqual({
        key: 'commitment',
        status: 'showing',
        evidence: { checkInWeeksLast8Weeks: 6 },
      });
      expect(sign('commitment', { checkInWeeks: checkIns(0, 1, 3, 4, 6) }).status).toBe('not_yet');
    });

    it('does not count the current week against a couple until it is over', () => {
      // Nothing yet this week: the 8 weeks are last week and the 7 before it.
      const result = sign('commitment', { checkInWeeks: checkIns(1, 2, 3, 5, 6, 8) });
      expect(result.status).toBe('showing');
    });

    it('counts a week once however many check-ins it had, and ignores future dates', () => {
      const doubled = [...checkIns(1, 2, 3), ...checkIns(1, 2, 3), addDays(TODAY, 14)];
      expect(sign('commitment', { checkInWeeks: doubled }).evidence.checkInWeeksLast8Weeks).toBe(3);
    });
  });
});
