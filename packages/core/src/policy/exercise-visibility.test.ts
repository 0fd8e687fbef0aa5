import { describe, expect, it } from 'vitest';
import type { CoupleId, UserId } from '../ids.js';
import type { ExerciseVisibility } from '../program/types.js';
import {
  type ExerciseViewer,
  mayChangeExerciseAnswer,
  mayReadExerciseAnswer,
} from './exercise-visibility.js';
import type { ConsentCategory, TherapistLink } from './therapist-access.js';

const couple = 'c1' as CoupleId;
const owner = 'owner' as UserId;
const partner = 'partner' as UserId;
const member = (userId: UserId, activeCoupleId: CoupleId | null = couple): ExerciseViewer => ({
  kind: 'member',
  userId,
  activeCoupleId,
});
const answer = (visibility: ExerciseVisibility) => ({
  coupleId: couple,
  ownerId: owner,
  visibility,
});

describe('exercise answer visibility', () => {
  it('lets the owner read their answer whatever its visibility', () => {
    for (const visibility of ['private', 'partner', 'therapist'] as const)
      expect(mayReadExerciseAnswer(member(owner), answer(visibility))).toBe(true);
  });

  it('lets the partner read only what was shared with the partner', () => {
    expect(mayReadExerciseAnswer(member(partner), answer('partner'))).toBe(true);
    expect(mayReadExerciseAnswer(member(partner), answer('private'))).toBe(false);
    expect(mayReadExerciseAnswer(member(partner), answer('therapist'))).toBe(false);
  });

  it('lets the couple’s therapist read only what was shared with them, while the owner consents to program', () => {
    const therapistId = 't' as UserId;
    const link = (categories: ConsentCategory[], active = true): TherapistLink => ({
      coupleId: couple,
      therapistUserId: therapistId,
      active,
      consents: new Map([[owner, categories]]),
    });
    const therapist = (l: TherapistLink | null, userId = therapistId): ExerciseViewer => ({
      kind: 'therapist',
      userId,
      link: l,
    });
    expect(mayReadExerciseAnswer(therapist(link(['program'])), answer('therapist'))).toBe(true);
    // Shared with the partner or kept private is not shared with the therapist.
    expect(mayReadExerciseAnswer(therapist(link(['program'])), answer('partner'))).toBe(false);
    expect(mayReadExerciseAnswer(therapist(link(['program'])), answer('private'))).toBe(false);
    // No program consent, a revoked one, an ended link, no link, or another therapist.
    expect(mayReadExerciseAnswer(therapist(link(['metrics'])), answer('therapist'))).toBe(false);
    expect(mayReadExerciseAnswer(therapist(link([])), answer('therapist'))).toBe(false);
    expect(mayReadExerciseAnswer(therapist(link(['program'], false)), answer('therapist'))).toBe(
      false,
    );
    expect(mayReadExerciseAnswer(therapist(null), answer('therapist'))).toBe(false);
    expect(
      mayReadExerciseAnswer(therapist(link(['program']), 'other' as UserId), answer('therapist')),
    ).toBe(false);
    // A link to another couple does not open this couple's answers.
    const elsewhere = { ...link(['program']), coupleId: 'c2' as CoupleId };
    expect(mayReadExerciseAnswer(therapist(elsewhere), answer('therapist'))).toBe(false);
    expect(mayChangeExerciseAnswer(therapist(link(['program'])), answer('therapist'))).toBe(false);
  });

  it('denies anyone outside the space, anyone signed out, and an owner who has left', () => {
    expect(mayReadExerciseAnswer(null, answer('partner'))).toBe(false);
    expect(mayReadExerciseAnswer(member('x' as UserId, 'c2' as CoupleId), answer('partner'))).toBe(
      false,
    );
    expect(mayReadExerciseAnswer(member(owner, null), answer('private'))).toBe(false);
  });

  it('lets only the owner change an answer, its drafts or who sees it', () => {
    expect(mayChangeExerciseAnswer(member(owner), answer('partner'))).toBe(true);
    expect(mayChangeExerciseAnswer(member(partner), answer('partner'))).toBe(false);
  });
});
