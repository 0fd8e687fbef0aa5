/** What the talking routes answer (see packages/server/src/features/talking/schemas.ts). */
export interface Person {
  displayName: string;
  isYou: boolean;
}

export type NoteVisibility = 'private' | 'partner';

export interface Conversation {
  id: string;
  heldOn: string;
  minutes: number;
  topic: string;
  source: 'logged' | 'meeting';
  meetingId: string | null;
  loggedBy: Person | null;
  yourRating: {
    honest: number;
    heard: number;
    note: string | null;
    noteVisibility: NoteVisibility;
    version: number;
  } | null;
  partnerRating: { rated: boolean; note: string | null } | null;
  countsAsHonest: boolean;
  createdAt: string;
}

export interface ConversationOverview {
  suggestedTopics: string[];
  thisWeek: { weekStart: string; logged: number; honest: number };
  conversations: Conversation[];
}

export interface MeetingSummary {
  id: string;
  startedAt: string;
  finishedAt: string | null;
  startedBy: Person | null;
}

export interface Meeting extends MeetingSummary {
  agenda: { id: string; minutes: number }[];
  agreementsInForce: { id: string; title: string; practice: string }[];
  commitmentsInForce: { id: string; what: string }[];
  questionsWaiting: { open: number; onHold: number };
  notes: {
    section: string;
    author: Person | null;
    text: string;
    version: number;
    savedAt: string;
  }[];
}

export interface PromptCardView {
  id: string;
  question: string;
  stages: string[];
  setting: 'any' | 'call' | 'in_person';
  forYourStage: boolean;
  favourite: boolean;
  talkedAbout: boolean;
}

export interface TimeOut {
  id: string;
  calledBy: Person | null;
  startedAt: string;
  returnAt: string;
  reason: string | null;
  endedAt: string | null;
  status: 'paused' | 'time_to_return' | 'over';
}

export interface TimeOutsOverview {
  current: TimeOut[];
  recent: TimeOut[];
  counts: { total: number; yours: number };
}

export interface Trigger {
  id: string;
  owner: Person | null;
  occurredAt: string;
  intensity: number;
  category: string;
  helped: string[];
  visibility: NoteVisibility;
  need: string | null;
  sharedAt: string | null;
  responses: { id: string; author: Person | null; text: string; createdAt: string }[];
}

export interface TriggersOverview {
  mayLog: boolean;
  mine: Trigger[];
  sharedWithYou: Trigger[];
  suggestedResponses: string[];
}

export interface TogetherOverview {
  appreciations: { id: string; from: Person | null; text: string; createdAt: string }[];
  plans: {
    id: string;
    plannedBy: Person | null;
    kind: string;
    title: string;
    plannedFor: string;
    happenedOn: string | null;
    createdAt: string;
  }[];
}
