import { describe, expect, it } from 'vitest';
import type { UserId } from '../ids.js';
import { maySeeSafetyScreen } from './safety-screen.js';

const owner = 'a0000000-0000-7000-8000-000000000001' as UserId;
const partner = 'b0000000-0000-7000-8000-000000000002' as UserId;
const therapist = 'c0000000-0000-7000-8000-000000000003' as UserId;

describe('safety screen policy', () => {
  it('lets the owner see their own screen, shared or not', () => {
    for (const sharedWithTherapist of [false, true]) {
      expect(maySeeSafetyScreen({ userId: owner }, { ownerId: owner, sharedWithTherapist })).toBe(
        true,
      );
    }
  });

  it('never lets the partner see it, even when it was shared with the therapist', () => {
    for (const sharedWithTherapist of [false, true]) {
      expect(maySeeSafetyScreen({ userId: partner }, { ownerId: owner, sharedWithTherapist })).toBe(
        false,
      );
    }
  });

  it('lets a consented therapist see only what the owner chose to share', () => {
    const viewer = { userId: therapist, therapistWithConsent: true };
    expect(maySeeSafetyScreen(viewer, { ownerId: owner, sharedWithTherapist: false })).toBe(false);
    expect(maySeeSafetyScreen(viewer, { ownerId: owner, sharedWithTherapist: true })).toBe(true);
    expect(
      maySeeSafetyScreen(
        { userId: therapist, therapistWithConsent: false },
        { ownerId: owner, sharedWithTherapist: true },
      ),
    ).toBe(false);
  });

  it('denies the signed-out', () => {
    expect(maySeeSafetyScreen(null, { ownerId: owner, sharedWithTherapist: true })).toBe(false);
  });
});
