export const MOODS = ['very_low', 'low', 'okay', 'good', 'very_good'] as const;
export type Mood = (typeof MOODS)[number];

export const NOTE_VISIBILITIES = ['private', 'partner'] as const;
export type NoteVisibility = (typeof NOTE_VISIBILITIES)[number];

/** The limits the server enforces; the form uses them to help before sending. */
export const RATING_MIN = 1;
export const RATING_MAX = 10;
export const CONVERSATIONS_MIN = 0;
export const CONVERSATIONS_MAX = 50;
export const NOTE_MAX_LENGTH = 2000;

/** One person's check-in for one week (Monday to Sunday, in their own time zone). */
export interface CheckIn {
  id: string;
  /** A calendar date, "YYYY-MM-DD": the Monday of the week. */
  weekStart: string;
  /** The last calendar day on which the check-in can still be changed. */
  editableUntil: string;
  editable: boolean;
  trust: number;
  closeness: number;
  honestConversations: number;
  mood: Mood;
  note: string | null;
  noteVisibility: NoteVisibility;
  createdAt: string;
  updatedAt: string;
}

/** What a partner shares of their check-in: the ratings always, the note only if they chose. */
export interface PartnerCheckIn {
  weekStart: string;
  trust: number;
  closeness: number;
  honestConversations: number;
  note: string | null;
}

export interface CheckinOverview {
  /** The Monday of the person's current week. */
  currentWeek: string;
  /** This week's conversations in the log that both partners rated honest; null if none logged. */
  honestConversationsFromLog: number | null;
  thisWeek: CheckIn | null;
  mine: CheckIn[];
  partner: PartnerCheckIn[];
}

/** What is sent to save a check-in; the note is left out when empty. */
export interface CheckinInput {
  trust: number;
  closeness: number;
  honestConversations: number;
  mood: Mood;
  note?: string;
  noteVisibility: NoteVisibility;
}
