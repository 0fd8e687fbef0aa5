import { describe, expect, it } from 'vitest';
import {
  appointmentCancellation,
  appointmentInviteesProblem,
  isAppointmentVisibleTo,
} from './appointments.js';

const ALEX = 'member-alex';
const SAM = 'member-sam';
const BOTH = [ALEX, SAM];

describe('who an appointment expects', () => {
  it('an individual session is with exactly one of the partners', () => {
    expect(appointmentInviteesProblem('individual', [ALEX], BOTH)).toBeNull();
    expect(appointmentInviteesProblem('individual', [ALEX, SAM], BOTH)).toContain('one partner');
    expect(appointmentInviteesProblem('individual', [], BOTH)).toContain('Choose who');
    expect(appointmentInviteesProblem('individual', ['someone-else'], BOTH)).toContain(
      'Choose who',
    );
  });

  it('a couple session is with every partner in the space, and with nobody else', () => {
    expect(appointmentInviteesProblem('couple', [SAM, ALEX], BOTH)).toBeNull();
    expect(appointmentInviteesProblem('couple', [ALEX, ALEX, SAM], BOTH)).toBeNull();
    expect(appointmentInviteesProblem('couple', [ALEX], BOTH)).toContain('both partners');
    expect(appointmentInviteesProblem('couple', [ALEX, SAM, 'x'], BOTH)).toContain('Choose who');
    // A space whose second partner has not joined yet: the one partner is the couple.
    expect(appointmentInviteesProblem('couple', [ALEX], [ALEX])).toBeNull();
  });
});

describe('who sees an appointment', () => {
  it('an individual session is seen only by the partner it is with', () => {
    const alone = { kind: 'individual', invitees: [ALEX] } as const;
    expect(isAppointmentVisibleTo(alone, ALEX)).toBe(true);
    expect(isAppointmentVisibleTo(alone, SAM)).toBe(false);
  });

  it('a couple session is seen by both, a partner who joined after it was booked too', () => {
    const together = { kind: 'couple', invitees: [ALEX] } as const;
    expect(isAppointmentVisibleTo(together, ALEX)).toBe(true);
    expect(isAppointmentVisibleTo(together, SAM)).toBe(true);
  });
});

describe('cancelling an appointment', () => {
  const now = new Date('2026-12-04T12:00:00Z');
  const booked = {
    therapistUserId: 'dr-morgan',
    startsAt: new Date('2026-12-05T10:00:00Z'),
    cancelledAt: null,
  };

  it('is for the therapist who scheduled it, before it begins', () => {
    expect(appointmentCancellation(booked, 'dr-morgan', now)).toBe('allowed');
  });

  it('is "not found" for anyone else, and for an appointment that does not exist', () => {
    expect(appointmentCancellation(booked, 'dr-other', now)).toBe('not_found');
    expect(appointmentCancellation(null, 'dr-morgan', now)).toBe('not_found');
  });

  it('is closed once cancelled, and from the moment it begins', () => {
    expect(appointmentCancellation({ ...booked, cancelledAt: now }, 'dr-morgan', now)).toBe(
      'already_cancelled',
    );
    expect(appointmentCancellation(booked, 'dr-morgan', booked.startsAt)).toBe('already_begun');
    expect(appointmentCancellation(booked, 'dr-morgan', new Date('2026-12-06T00:00:00Z'))).toBe(
      'already_begun',
    );
  });
});
