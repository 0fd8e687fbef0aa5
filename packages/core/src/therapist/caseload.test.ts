import { describe, expect, it } from 'vitest';
import { addDays, type LocalDate } from '../time/local-date.js';
import {
  type CaseloadCoupleFacts,
  type CaseloadPartnerFacts,
  caseloadRow,
  sortCaseload,
} from './caseload.js';

const today = '2026-12-03' as LocalDate; // a Thursday
const thisWeek = '2026-11-30' as LocalDate;

function weeks(values: readonly number[], lastWeek: LocalDate = thisWeek) {
  return values.map((trust, index) => ({
    weekStart: addDays(lastWeek, -7 * (values.length - 1 - index)),
    trust,
  }));
}

function partner(overrides: Partial<CaseloadPartnerFacts> = {}): CaseloadPartnerFacts {
  return {
    memberId: 'm1',
    displayName: 'Alex',
    role: 'hurt',
    joinedOn: '2026-01-05' as LocalDate,
    checkins: weeks([3, 3, 4, 4, 4, 5, 5]),
    questionnaires: [],
    stage: null,
    ...overrides,
  };
}

function couple(overrides: Partial<CaseloadCoupleFacts> = {}): CaseloadCoupleFacts {
  return {
    coupleId: 'c1',
    startedOn: '2026-01-05' as LocalDate,
    partners: [partner()],
    incidents: [],
    sessionsAttended: 3,
    openQuestionsForSession: null,
    ...overrides,
  };
}

describe('caseload', () => {
  it('a steady couple has no alerts, its weeks in recovery, and each partner’s latest trust and trend', () => {
    const row = caseloadRow(couple(), today);
    expect(row.alerts).toEqual([]);
    expect(row.weeksInRecovery).toBe(48);
    expect(row.partners[0]).toMatchObject({
      latestTrust: 5,
      trustTrend: 'rising',
      sharesMetrics: true,
    });
  });

  it('alerts on a recent incident, a setback, a reliable deterioration and two missed weeks', () => {
    const row = caseloadRow(
      couple({
        incidents: [
          { date: '2026-11-20' as LocalDate, kind: 'contact', disclosure: 'proactive' },
          { date: '2026-06-01' as LocalDate, kind: 'lie', disclosure: 'discovered' },
        ],
        partners: [
          partner({ checkins: weeks([5, 5, 6, 5, 6, 2]) }),
          partner({
            memberId: 'm2',
            checkins: weeks([5, 5, 5], addDays(thisWeek, -21)),
            questionnaires: [
              {
                title: 'Trust',
                completedOn: '2026-11-25' as LocalDate,
                change: 'reliable_deterioration',
              },
            ],
          }),
        ],
      }),
      today,
    );
    expect(row.alerts.map((alert) => [alert.kind, alert.memberId, alert.on])).toEqual([
      ['incident', null, '2026-11-20'],
      ['setback', 'm1', thisWeek],
      ['missed_checkins', 'm2', addDays(thisWeek, -21)],
      ['reliable_deterioration', 'm2', '2026-11-25'],
    ]);
    expect(row.attention).toBe(4 + 2 + 1 + 3);
  });

  it('one missed week is not yet an alert; a partner who never checked in is, after two weeks', () => {
    const oneMissed = caseloadRow(
      couple({ partners: [partner({ checkins: weeks([5, 5], addDays(thisWeek, -7)) })] }),
      today,
    );
    expect(oneMissed.alerts).toEqual([]);
    const never = caseloadRow(couple({ partners: [partner({ checkins: [] })] }), today);
    expect(never.alerts.map((alert) => alert.kind)).toEqual(['missed_checkins']);
  });

  it('what a partner does not share raises no alert and shows no trust', () => {
    const row = caseloadRow(
      couple({ incidents: null, partners: [partner({ checkins: null, questionnaires: null })] }),
      today,
    );
    expect(row.alerts).toEqual([]);
    expect(row.partners[0]).toMatchObject({ sharesMetrics: false, latestTrust: null });
  });

  it('sorts who needs attention first, then the lowest trust', () => {
    const calm = caseloadRow(couple({ coupleId: 'calm' }), today);
    const low = caseloadRow(
      couple({ coupleId: 'low', partners: [partner({ checkins: weeks([2, 2, 2, 2]) })] }),
      today,
    );
    const incident = caseloadRow(
      couple({
        coupleId: 'incident',
        incidents: [{ date: today, kind: 'lie', disclosure: 'discovered' }],
      }),
      today,
    );
    expect(sortCaseload([calm, low, incident]).map((row) => row.coupleId)).toEqual([
      'incident',
      'low',
      'calm',
    ]);
  });
});
