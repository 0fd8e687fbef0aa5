import type { AnswerMark, KeptMark, TimelineKind } from '@amend/core';

export interface Person {
  readonly displayName: string;
  readonly isYou: boolean;
}

export interface Answer {
  readonly id: string;
  readonly author: Person | null;
  readonly text: string;
  readonly createdAt: string;
  readonly mark: AnswerMark | null;
}

export interface Question {
  readonly id: string;
  readonly askedBy: Person | null;
  readonly text: string;
  readonly createdAt: string;
  readonly state: 'waiting' | 'answered' | 'on_hold' | 'withdrawn';
  readonly open: boolean;
  readonly answers: readonly Answer[];
  readonly youMay: {
    readonly answer: boolean;
    readonly mark: boolean;
    readonly hold: boolean;
    readonly release: boolean;
    readonly withdraw: boolean;
  };
}

export interface QuestionsOverview {
  readonly mayAsk: boolean;
  readonly mayAnswer: boolean;
  readonly counts: { readonly open: number; readonly onHold: number };
  readonly questions: readonly Question[];
}

export interface Disclosure {
  readonly id: string;
  readonly by: Person | null;
  readonly topic: string;
  readonly occurredOn: string;
  readonly text: string;
  readonly incidentId: string | null;
  readonly createdAt: string;
}

export interface FullAccount {
  readonly id: string;
  readonly author: Person | null;
  readonly state: 'draft' | 'sealed' | 'opened';
  readonly text: string | null;
  readonly versions: number;
  readonly youAgreedToOpen: boolean;
  readonly partnerAgreedToOpen: boolean;
  readonly createdAt: string;
  readonly savedAt: string;
  readonly sealedAt: string | null;
  readonly openedAt: string | null;
  /** Set when the couple's therapist opened it in a session; the name is null once they left. */
  readonly openedInSession: { readonly therapistName: string | null } | null;
}

export interface CommitmentWeekView {
  readonly week: number;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly yourMark: KeptMark | null;
  readonly partnerMark: KeptMark | null;
  readonly outcome: 'kept' | 'not_kept' | 'unclear';
  readonly gap: boolean;
}

export interface Commitment {
  readonly id: string;
  readonly author: Person | null;
  readonly what: string;
  readonly howOften: string;
  readonly madeOn: string;
  readonly until: string;
  readonly acknowledgement: { readonly note: string | null; readonly at: string } | null;
  readonly mayAcknowledge: boolean;
  readonly weeks: readonly CommitmentWeekView[];
  readonly summary: {
    readonly weeks: number;
    readonly kept: number;
    readonly notKept: number;
    readonly unclear: number;
    readonly keptInARow: number;
  };
}

export interface TimelineEntryView {
  readonly kind: TimelineKind;
  readonly event: string;
  readonly recordId: string;
  readonly date: string;
  readonly at: string;
  readonly title: string | null;
}

export interface Timeline {
  readonly counts: Record<TimelineKind, number>;
  readonly entries: readonly TimelineEntryView[];
}
