import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import {
  type AccountEvent,
  accountEventFor,
  accountStatus,
  checkAccountAction,
  mayReadAccountText,
} from '../honesty/full-account.js';
import type { CoupleId, UserId } from '../ids.js';
import { mayTherapistOpenAccountInSession } from './account-in-session.js';
import {
  CONSENT_CATEGORIES,
  type ConsentCategory,
  type TherapistLink,
} from './therapist-access.js';

const couple = 'c0000000-0000-7000-8000-000000000001' as CoupleId;
const therapist = { kind: 'therapist', userId: 't1' as UserId } as const;
const otherTherapist = { kind: 'therapist', userId: 't2' as UserId } as const;
const author = 'author' as UserId;
const reader = 'reader' as UserId;
const both = [author, reader];

function link(consents: Record<string, readonly ConsentCategory[]>, active = true): TherapistLink {
  return {
    coupleId: couple,
    therapistUserId: therapist.userId,
    active,
    consents: new Map(Object.entries(consents) as [UserId, readonly ConsentCategory[]][]),
  };
}

const consenting = link({ author: ['session_questions'], reader: ['session_questions'] });

describe('a therapist opening the full account in a session: who may', () => {
  it('is allowed only for the linked therapist with both partners consenting now', () => {
    expect(mayTherapistOpenAccountInSession(therapist, consenting, both)).toBe('allowed');
  });

  it('is not the business of another therapist, an ended link, or nobody at all', () => {
    expect(mayTherapistOpenAccountInSession(otherTherapist, consenting, both)).toBe('not_linked');
    const ended = link({ author: ['session_questions'], reader: ['session_questions'] }, false);
    expect(mayTherapistOpenAccountInSession(therapist, ended, both)).toBe('not_linked');
    expect(mayTherapistOpenAccountInSession(null, consenting, both)).toBe('not_linked');
    expect(mayTherapistOpenAccountInSession(therapist, null, both)).toBe('not_linked');
  });

  it('needs both partners’ consent: one partner’s, or another category, is never enough', () => {
    const authorOnly = link({ author: ['session_questions'], reader: ['metrics'] });
    expect(mayTherapistOpenAccountInSession(therapist, authorOnly, both)).toBe('consent_missing');
    const readerOnly = link({ reader: ['session_questions'] });
    expect(mayTherapistOpenAccountInSession(therapist, readerOnly, both)).toBe('consent_missing');
    const everythingElse = CONSENT_CATEGORIES.filter((c) => c !== 'session_questions');
    const noSessionConsent = link({ author: everythingElse, reader: everythingElse });
    expect(mayTherapistOpenAccountInSession(therapist, noSessionConsent, both)).toBe(
      'consent_missing',
    );
    const revoked = link({ author: ['session_questions'], reader: [] });
    expect(mayTherapistOpenAccountInSession(therapist, revoked, both)).toBe('consent_missing');
  });

  it('needs two partners in the space: with one left there is nobody to open it for', () => {
    const consentingAlone = link({ author: ['session_questions'] });
    expect(mayTherapistOpenAccountInSession(therapist, consentingAlone, [author])).toBe(
      'partner_missing',
    );
    expect(mayTherapistOpenAccountInSession(therapist, consentingAlone, [author, author])).toBe(
      'partner_missing',
    );
    const alone = link({ author: ['metrics'] });
    expect(mayTherapistOpenAccountInSession(therapist, alone, [author])).toBe('consent_missing');
  });
});

describe('the open_in_session step, once the therapist is allowed', () => {
  const sealed: AccountEvent[] = [
    { type: 'saved', by: author, version: 1 },
    { type: 'sealed', by: author, version: 1 },
  ];
  const actor = { kind: 'therapist', userId: therapist.userId } as const;
  const step = { type: 'open_in_session' } as const;

  function codeOf(events: AccountEvent[]): string {
    try {
      checkAccountAction(accountStatus(events), step, actor);
      return 'allowed';
    } catch (error) {
      if (error instanceof DomainError) return error.code;
      throw error;
    }
  }

  it('opens a sealed account for both, whether or not one partner had pressed "open"', () => {
    const partnerPressed: AccountEvent[] = [...sealed, { type: 'agreed_to_open', by: reader }];
    for (const events of [sealed, partnerPressed]) {
      expect(codeOf(events)).toBe('allowed');
      const event = accountEventFor(accountStatus(events), step, actor);
      expect(event).toEqual({ type: 'opened_in_session', by: therapist.userId });
      const after = accountStatus([...events, event]);
      expect(after.state).toBe('opened');
      expect(mayReadAccountText(after, reader)).toBe(true);
    }
  });

  it('refuses a draft, and an account already opened (by both, or in a session)', () => {
    expect(codeOf([{ type: 'saved', by: author, version: 1 }])).toBe('ACCOUNT_NOT_SEALED');
    const openedByBoth: AccountEvent[] = [
      ...sealed,
      { type: 'agreed_to_open', by: reader },
      { type: 'agreed_to_open', by: author },
    ];
    expect(codeOf(openedByBoth)).toBe('ACCOUNT_OPENED');
    expect(codeOf([...sealed, { type: 'opened_in_session', by: therapist.userId }])).toBe(
      'ACCOUNT_OPENED',
    );
  });

  it('after opening in a session, a partner’s "open" and the author’s edits are refused', () => {
    const opened = accountStatus([...sealed, { type: 'opened_in_session', by: therapist.userId }]);
    const member = (userId: UserId) => ({ kind: 'member', userId }) as const;
    expect(() => checkAccountAction(opened, { type: 'agree_to_open' }, member(reader))).toThrow(
      /has been opened/,
    );
    expect(() => checkAccountAction(opened, { type: 'edit' }, member(author))).toThrow(
      /has been opened/,
    );
  });
});
