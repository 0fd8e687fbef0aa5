import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import {
  type AccountAction,
  type AccountActor,
  type AccountEvent,
  accountEventFor,
  accountStatus,
  checkAccountAction,
  mayKnowOfAccount,
  mayReadAccountText,
} from './full-account.js';

const AUTHOR = 'involved-partner';
const PARTNER = 'hurt-partner';
const author: AccountActor = { kind: 'member', userId: AUTHOR };
const partner: AccountActor = { kind: 'member', userId: PARTNER };
const therapist: AccountActor = { kind: 'therapist', userId: 'therapist' };

const draft: AccountEvent[] = [
  { type: 'saved', by: AUTHOR, version: 1 },
  { type: 'saved', by: AUTHOR, version: 2 },
];
const sealed: AccountEvent[] = [...draft, { type: 'sealed', by: AUTHOR, version: 2 }];
const partnerAgreed: AccountEvent[] = [...sealed, { type: 'agreed_to_open', by: PARTNER }];
const opened: AccountEvent[] = [...partnerAgreed, { type: 'agreed_to_open', by: AUTHOR }];
const openedInSession: AccountEvent[] = [...sealed, { type: 'opened_in_session', by: 'therapist' }];

function codeOf(events: AccountEvent[], action: AccountAction, actor: AccountActor) {
  try {
    checkAccountAction(accountStatus(events), action, actor);
    return 'allowed';
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

const edit = { type: 'edit' } as const;
const seal = { type: 'seal' } as const;
const agree = { type: 'agree_to_open' } as const;
const inSession = { type: 'open_in_session' } as const;

describe('the full account’s state', () => {
  it('is a draft, then sealed, then opened only when both agreed', () => {
    expect(accountStatus(draft)).toMatchObject({
      state: 'draft',
      latestVersion: 2,
      sealedVersion: null,
    });
    expect(accountStatus(sealed)).toMatchObject({ state: 'sealed', sealedVersion: 2 });
    expect(accountStatus(partnerAgreed)).toMatchObject({
      state: 'sealed',
      agreedToOpen: [PARTNER],
    });
    expect(accountStatus(opened).state).toBe('opened');
    expect(accountStatus(openedInSession).state).toBe('opened');
  });

  it('counts one person pressing "open" twice as one agreement', () => {
    const twice: AccountEvent[] = [...partnerAgreed, { type: 'agreed_to_open', by: PARTNER }];
    expect(accountStatus(twice).state).toBe('sealed');
  });
});

describe('every transition, by who takes it', () => {
  it('from draft: only the author edits or seals; nobody opens it', () => {
    expect(codeOf(draft, edit, author)).toBe('allowed');
    expect(codeOf(draft, seal, author)).toBe('allowed');
    expect(codeOf(draft, edit, partner)).toBe('NOT_FOUND');
    expect(codeOf(draft, seal, partner)).toBe('NOT_FOUND');
    expect(codeOf(draft, agree, author)).toBe('ACCOUNT_NOT_SEALED');
    expect(codeOf(draft, agree, partner)).toBe('ACCOUNT_NOT_SEALED');
    expect(codeOf(draft, inSession, therapist)).toBe('ACCOUNT_NOT_SEALED');
  });

  it('from sealed: no more edits; each partner agrees once; the therapist may open it', () => {
    expect(codeOf(sealed, edit, author)).toBe('ACCOUNT_SEALED');
    expect(codeOf(sealed, seal, author)).toBe('ACCOUNT_SEALED');
    expect(codeOf(sealed, agree, author)).toBe('allowed');
    expect(codeOf(sealed, agree, partner)).toBe('allowed');
    expect(codeOf(partnerAgreed, agree, partner)).toBe('ACCOUNT_WAITING_FOR_PARTNER');
    expect(codeOf(partnerAgreed, agree, author)).toBe('allowed');
    expect(codeOf(sealed, inSession, therapist)).toBe('allowed');
  });

  it('from opened: read-only history for everyone', () => {
    for (const events of [opened, openedInSession]) {
      expect(codeOf(events, edit, author)).toBe('ACCOUNT_OPENED');
      expect(codeOf(events, seal, author)).toBe('ACCOUNT_OPENED');
      expect(codeOf(events, agree, partner)).toBe('ACCOUNT_OPENED');
      expect(codeOf(events, inSession, therapist)).toBe('ACCOUNT_OPENED');
    }
  });

  it('keeps the roles apart: a member never opens in session, a therapist never edits', () => {
    expect(codeOf(sealed, inSession, author)).toBe('ACCOUNT_NOT_YOURS');
    expect(codeOf(sealed, inSession, partner)).toBe('ACCOUNT_NOT_YOURS');
    expect(codeOf(draft, edit, therapist)).toBe('ACCOUNT_NOT_YOURS');
    expect(codeOf(sealed, agree, therapist)).toBe('ACCOUNT_NOT_YOURS');
  });

  it('adds the fact each permitted action stands for', () => {
    const status = accountStatus(draft);
    expect(accountEventFor(status, edit, author)).toEqual({
      type: 'saved',
      by: AUTHOR,
      version: 3,
    });
    expect(accountEventFor(status, seal, author)).toEqual({
      type: 'sealed',
      by: AUTHOR,
      version: 2,
    });
    expect(accountEventFor(accountStatus(sealed), agree, partner)).toEqual({
      type: 'agreed_to_open',
      by: PARTNER,
    });
    expect(accountEventFor(accountStatus(sealed), inSession, therapist)).toEqual({
      type: 'opened_in_session',
      by: 'therapist',
    });
  });
});

describe('who sees what', () => {
  it('hides a draft from the partner entirely, and the text until it is opened', () => {
    expect(mayKnowOfAccount(accountStatus(draft), PARTNER)).toBe(false);
    expect(mayKnowOfAccount(accountStatus(draft), AUTHOR)).toBe(true);
    expect(mayKnowOfAccount(accountStatus(sealed), PARTNER)).toBe(true);
    expect(mayReadAccountText(accountStatus(sealed), PARTNER)).toBe(false);
    expect(mayReadAccountText(accountStatus(partnerAgreed), PARTNER)).toBe(false);
    expect(mayReadAccountText(accountStatus(sealed), AUTHOR)).toBe(true);
    expect(mayReadAccountText(accountStatus(opened), PARTNER)).toBe(true);
  });
});
