import { describe, expect, it } from 'vitest';
import type { CoupleId, UserId } from '../ids.js';
import { mayEnterSpace, maySpaceAction, type SpaceAction } from './space-access.js';

const spaceA = 'a0000000-0000-7000-8000-000000000001' as CoupleId;
const spaceB = 'b0000000-0000-7000-8000-000000000002' as CoupleId;
const user = 'c0000000-0000-7000-8000-000000000003' as UserId;
const actions: SpaceAction[] = ['view', 'record', 'invite_partner', 'revoke_invitation', 'leave'];

describe('space access policy', () => {
  it('lets an active member do everything in their own space', () => {
    for (const action of actions) {
      expect(maySpaceAction({ userId: user, activeCoupleId: spaceA }, action, spaceA)).toBe(true);
    }
  });

  it('denies members of another space, people with no space, and the signed-out', () => {
    for (const action of actions) {
      expect(maySpaceAction({ userId: user, activeCoupleId: spaceB }, action, spaceA)).toBe(false);
      expect(maySpaceAction({ userId: user, activeCoupleId: null }, action, spaceA)).toBe(false);
      expect(maySpaceAction(null, action, spaceA)).toBe(false);
    }
  });

  it('lets a person enter a space only when they are in none', () => {
    expect(mayEnterSpace({ userId: user, activeCoupleId: null }, 'person')).toBe(true);
    expect(mayEnterSpace({ userId: user, activeCoupleId: spaceA }, 'person')).toBe(false);
    expect(mayEnterSpace(null, 'person')).toBe(false);
  });

  it('a therapist never creates or joins a space', () => {
    expect(mayEnterSpace({ userId: user, activeCoupleId: null }, 'therapist')).toBe(false);
  });
});
