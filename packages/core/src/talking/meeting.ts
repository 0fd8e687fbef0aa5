/**
 * The weekly check-in meeting: a guided agenda of about 27 minutes that a couple goes through
 * together, on one screen or two. The order matters: appreciation first, so that what was hard
 * is heard by someone who has just been thanked; a plan for time together last, so the meeting
 * ends looking forward.
 */
export const MEETING_SECTIONS = [
  { id: 'appreciations', minutes: 3 },
  { id: 'went_well', minutes: 4 },
  { id: 'was_hard', minutes: 5 },
  { id: 'agreements', minutes: 4 },
  { id: 'questions', minutes: 4 },
  { id: 'requests', minutes: 4 },
  { id: 'time_together', minutes: 3 },
] as const;

export type MeetingSectionId = (typeof MEETING_SECTIONS)[number]['id'];

export const MEETING_NOTE_MAX_LENGTH = 2000;

/** The agenda's planned length in minutes (the sum of its parts). */
export const MEETING_PLANNED_MINUTES = MEETING_SECTIONS.reduce(
  (sum, section) => sum + section.minutes,
  0,
);

/**
 * A finished meeting is logged as a conversation lasting from its start to its end. A meeting
 * left open (the laptop closed mid-way and finished the next morning) did not last all night,
 * so the time counted is capped at two hours; a meeting is at least a minute.
 */
export const MEETING_MINUTES_CAP = 120;

export function meetingMinutes(startedAt: Date, finishedAt: Date): number {
  const minutes = Math.round((finishedAt.getTime() - startedAt.getTime()) / 60_000);
  return Math.min(MEETING_MINUTES_CAP, Math.max(1, minutes));
}

export function isMeetingSection(value: string): value is MeetingSectionId {
  return MEETING_SECTIONS.some((section) => section.id === value);
}

/** The topic under which a finished meeting appears in the conversation log. */
export const MEETING_TOPIC = 'Weekly check-in meeting';

/**
 * The agenda a couple is shown. The agreements-and-commitments review is there only when there
 * is something to review: an empty part would only take time out of a short meeting.
 */
export function meetingAgenda(input: { readonly agreementsToReview: number }) {
  return MEETING_SECTIONS.filter(
    (section) => section.id !== 'agreements' || input.agreementsToReview > 0,
  );
}
