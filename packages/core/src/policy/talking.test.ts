import { describe, expect, it } from 'vitest';
import type { CoupleId, UserId } from '../ids.js';
import {
  mayChangeTalkingRecord,
  mayContributeTo,
  mayLogTriggers,
  mayReadTalkingRecord,
  mayRespondToTrigger,
  mayWriteInMeeting,
  type TalkingVisibility,
} from './talking.js';

const SPACE = 'space-1' as CoupleId;
const owner = { userId: 'owner' as UserId, activeCoupleId: SPACE };
const partner = { userId: 'partner' as UserId, activeCoupleId: SPACE };
const outsider = { userId: 'outsider' as UserId, activeCoupleId: 'space-2' as CoupleId };
const formerMember = { userId: 'partner' as UserId, activeCoupleId: null };
const record = (visibility: TalkingVisibility) => ({
  coupleId: SPACE,
  ownerId: owner.userId,
  visibility,
});

describe('the talking records policy', () => {
  it('lets the owner read everything of theirs, the partner only what is not private', () => {
    for (const visibility of ['private', 'partner', 'space'] as const) {
      expect(mayReadTalkingRecord(owner, record(visibility))).toBe(true);
      expect(mayReadTalkingRecord(partner, record(visibility))).toBe(visibility !== 'private');
    }
  });

  it('denies anyone outside the space, someone who left, and nobody signed in', () => {
    for (const actor of [outsider, formerMember, null]) {
      expect(mayReadTalkingRecord(actor, record('space'))).toBe(false);
      expect(mayChangeTalkingRecord(actor, record('space'))).toBe(false);
      expect(mayContributeTo(actor, record('space'))).toBe(false);
    }
  });

  it('lets only the owner change a record, and either partner add to a shared one', () => {
    expect(mayChangeTalkingRecord(owner, record('partner'))).toBe(true);
    expect(mayChangeTalkingRecord(partner, record('space'))).toBe(false);
    expect(mayContributeTo(partner, record('space'))).toBe(true);
    expect(mayContributeTo(partner, record('partner'))).toBe(false);
  });

  it('offers trigger logging to every role but the involved partner', () => {
    expect(mayLogTriggers('hurt')).toBe(true);
    expect(mayLogTriggers('both')).toBe(true);
    expect(mayLogTriggers('undisclosed')).toBe(true);
    expect(mayLogTriggers('involved')).toBe(false);
  });

  it('lets the partner respond to a shared trigger only, and never the owner to their own', () => {
    expect(mayRespondToTrigger(partner, record('partner'))).toBe(true);
    expect(mayRespondToTrigger(partner, record('private'))).toBe(false);
    expect(mayRespondToTrigger(owner, record('partner'))).toBe(false);
    expect(mayRespondToTrigger(outsider, record('partner'))).toBe(false);
  });

  it('keeps a finished meeting’s notes as they were', () => {
    expect(mayWriteInMeeting(partner, { coupleId: SPACE, finished: false })).toBe(true);
    expect(mayWriteInMeeting(partner, { coupleId: SPACE, finished: true })).toBe(false);
    expect(mayWriteInMeeting(outsider, { coupleId: SPACE, finished: false })).toBe(false);
  });
});
