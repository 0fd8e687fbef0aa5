// Agreements as the server sends them (GET /api/v1/agreements, /api/v1/agreement-holding).
import type { AgreementCategory, HoldingMark } from '@amend/core';

export interface Person {
  displayName: string;
  isYou: boolean;
}

export type AgreementState =
  | 'proposed'
  | 'in_force'
  | 'change_proposed'
  | 'ended'
  | 'declined'
  | 'withdrawn';

export type VersionOutcome =
  | 'waiting'
  | 'in_force'
  | 'replaced'
  | 'declined'
  | 'withdrawn'
  | 'ended'
  | 'lapsed';

export interface AgreementVersion {
  version: number;
  changeKind: 'first' | 'change' | 'sunset_step';
  title: string;
  practice: string;
  category: AgreementCategory;
  /** A calendar date, "YYYY-MM-DD". */
  reviewOn: string;
  sunsetSteps: string[];
  stepsTaken: number;
  reason: string | null;
  /** Null when that person has left the space. */
  proposedBy: Person | null;
  createdAt: string;
  acceptedAt: string | null;
  outcome: VersionOutcome;
}

export interface Agreement {
  id: string;
  state: AgreementState;
  current: AgreementVersion;
  waiting: AgreementVersion | null;
  versions: AgreementVersion[];
  history: {
    type: 'proposed' | 'accepted' | 'declined' | 'withdrawn' | 'ended';
    version: number | null;
    by: Person | null;
    reason: string | null;
    at: string;
  }[];
  youMay: {
    accept: boolean;
    decline: boolean;
    withdraw: boolean;
    proposeChange: boolean;
    takeSunsetStep: boolean;
    end: boolean;
  };
  createdAt: string;
}

export interface AgreementTerms {
  title: string;
  practice: string;
  category: AgreementCategory;
  reviewOn: string;
  sunsetSteps: string[];
}

export interface HoldingWeek {
  weekStart: string;
  editableUntil: string;
  hasPartner: boolean;
  agreements: {
    id: string;
    title: string;
    yours: HoldingMark | null;
    partners: HoldingMark | null;
    comparison: 'same' | 'gap' | 'partner_not_marked' | 'you_not_marked';
  }[];
}

export interface AgreementsHeld {
  partners: {
    memberId: string;
    displayName: string;
    isYou: boolean;
    weekly: {
      weekStart: string;
      held: number;
      notHeld: number;
      notSure: number;
      shareHeld: number | null;
    }[];
  }[];
  gapWeeks: string[];
}
