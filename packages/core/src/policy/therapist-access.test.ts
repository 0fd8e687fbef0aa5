import { describe, expect, it } from 'vitest';
import type { CoupleId, UserId } from '../ids.js';
import {
  CONSENT_CATEGORIES,
  type ConsentCategory,
  consentInForce,
  describeConsentChange,
  mayTherapistOpenCouple,
  mayTherapistRecord,
  mayTherapistSee,
  partnersVisibleToTherapist,
  type TherapistLink,
} from './therapist-access.js';

const couple = 'c0000000-0000-7000-8000-000000000001' as CoupleId;
const therapist = { kind: 'therapist', userId: 't1' as UserId } as const;
const otherTherapist = { kind: 'therapist', userId: 't2' as UserId } as const;
const alex = 'alex' as UserId;
const sam = 'sam' as UserId;

function link(consents: Record<string, readonly ConsentCategory[]>, active = true): TherapistLink {
  return {
    coupleId: couple,
    therapistUserId: therapist.userId,
    active,
    consents: new Map(Object.entries(consents) as [UserId, readonly ConsentCategory[]][]),
  };
}

describe('therapist access', () => {
  it('sees a category of a partner only while that partner consents to it', () => {
    const partly = link({ alex: ['metrics'], sam: [...CONSENT_CATEGORIES] });
    expect(mayTherapistSee(therapist, partly, alex, 'metrics')).toBe(true);
    expect(mayTherapistSee(therapist, partly, alex, 'questionnaires')).toBe(false);
    for (const category of CONSENT_CATEGORIES) {
      expect(mayTherapistSee(therapist, partly, sam, category)).toBe(true);
    }
  });

  it('shows only the partner who consented when the other has not', () => {
    const onlyAlex = link({ alex: ['metrics'] });
    const members = [{ userId: alex }, { userId: sam }];
    expect(partnersVisibleToTherapist(therapist, onlyAlex, members, 'metrics')).toEqual([
      { userId: alex },
    ]);
  });

  it('sees nothing once consent is revoked, yet the couple stays on the caseload', () => {
    const revoked = link({ alex: [], sam: [] });
    expect(mayTherapistSee(therapist, revoked, alex, 'metrics')).toBe(false);
    expect(mayTherapistOpenCouple(therapist, revoked)).toBe(true);
    expect(mayTherapistRecord(therapist, revoked)).toBe(false);
  });

  it('denies another therapist, an ended link, and nobody at all', () => {
    const full = link({ alex: [...CONSENT_CATEGORIES] });
    expect(mayTherapistSee(otherTherapist, full, alex, 'metrics')).toBe(false);
    expect(mayTherapistSee(therapist, link({ alex: ['metrics'] }, false), alex, 'metrics')).toBe(
      false,
    );
    expect(mayTherapistSee(null, full, alex, 'metrics')).toBe(false);
    expect(mayTherapistSee(therapist, null, alex, 'metrics')).toBe(false);
    expect(mayTherapistOpenCouple(otherTherapist, full)).toBe(false);
    expect(mayTherapistRecord(otherTherapist, full)).toBe(false);
  });

  it('the latest consent of each partner is in force, whatever order the history comes in', () => {
    const at = (minute: number) => new Date(Date.UTC(2026, 10, 1, 9, minute));
    const history = [
      { memberUserId: alex, categories: ['metrics', 'program'] as const, at: at(2) },
      { memberUserId: alex, categories: [...CONSENT_CATEGORIES], at: at(1) },
      { memberUserId: sam, categories: [] as const, at: at(5) },
      { memberUserId: sam, categories: ['metrics'] as const, at: at(3) },
    ];
    expect(consentInForce(history)).toEqual(
      new Map([
        [alex, ['metrics', 'program']],
        [sam, []],
      ]),
    );
  });

  it('names each change of consent for the history', () => {
    expect(describeConsentChange([], ['metrics'])).toBe('granted');
    expect(describeConsentChange(['metrics'], ['metrics', 'program'])).toBe('widened');
    expect(describeConsentChange(['metrics', 'program'], ['program'])).toBe('narrowed');
    expect(describeConsentChange(['metrics'], ['program'])).toBe('changed');
    expect(describeConsentChange(['metrics'], [])).toBe('revoked');
    expect(describeConsentChange(['metrics'], ['metrics'])).toBeNull();
  });
});
