import { addDays, daysBetween, type LocalDate } from '../time/local-date.js';

/**
 * Trigger moments: a sudden wave of hurt, fear or anger set off by a reminder of the affair. The
 * hurt partner logs one in a few taps (how strong, what set it off as a category rather than a
 * story, what helped), privately by default; sharing one tells the partner what is needed now.
 */
export const TRIGGER_INTENSITY = { min: 1, max: 5 } as const;

export const TRIGGER_CATEGORIES = [
  'place',
  'date_or_anniversary',
  'phone_or_message',
  'name_or_person',
  'song_film_or_show',
  'late_or_unreachable',
  'intimacy',
  'memory',
  'other',
] as const;
export type TriggerCategory = (typeof TRIGGER_CATEGORIES)[number];

export const WHAT_HELPED = [
  'breathing',
  'reassurance',
  'talking_it_through',
  'time_alone',
  'moving',
  'writing',
  'someone_else',
  'nothing_yet',
] as const;
export type WhatHelped = (typeof WHAT_HELPED)[number];

export const TRIGGER_NEED_MAX_LENGTH = 300;
export const TRIGGER_RESPONSE_MAX_LENGTH = 1000;

/**
 * What the partner is offered when a trigger is shared with them: ways to answer that reassure
 * rather than defend. The partner may use one as it is, change it, or write their own. Written
 * for Amend: short, owning, present, no "but".
 */
export const SUGGESTED_TRIGGER_RESPONSES: readonly string[] = [
  'Thank you for telling me. I am here, and I am not going anywhere.',
  'I am sorry I caused this pain. You are not overreacting.',
  'Would it help if I stopped what I am doing and sat with you?',
  'You can ask me anything about it, now or later. I will answer honestly.',
  'I know this came from what I did. I will keep showing you that you are safe now.',
  'Take the time you need. I will check in with you in a little while.',
];

export function isTriggerCategory(value: string): value is TriggerCategory {
  return (TRIGGER_CATEGORIES as readonly string[]).includes(value);
}

export function isWhatHelped(value: string): value is WhatHelped {
  return (WHAT_HELPED as readonly string[]).includes(value);
}

export interface TriggerFact {
  readonly date: LocalDate;
  readonly intensity: number;
}

/** Trigger moments in two back-to-back four-week windows ending today, to compare. */
export interface TriggerComparison {
  readonly last4Weeks: { count: number; meanIntensity: number | null };
  readonly previous4Weeks: { count: number; meanIntensity: number | null };
  /** Days since the first trigger moment logged (none: null). */
  readonly daysLogging: number | null;
}

function windowOf(triggers: readonly TriggerFact[], from: LocalDate, to: LocalDate) {
  const inside = triggers.filter((trigger) => trigger.date >= from && trigger.date <= to);
  const meanIntensity =
    inside.length === 0
      ? null
      : inside.reduce((sum, trigger) => sum + trigger.intensity, 0) / inside.length;
  return { count: inside.length, meanIntensity };
}

/** The last 28 days (today included) against the 28 before them. Future dates are ignored. */
export function compareTriggerWindows(
  triggers: readonly TriggerFact[],
  today: LocalDate,
): TriggerComparison {
  const past = triggers.filter((trigger) => trigger.date <= today);
  const first = past.reduce<LocalDate | null>(
    (earliest, trigger) => (earliest === null || trigger.date < earliest ? trigger.date : earliest),
    null,
  );
  const lastFrom = addDays(today, -27);
  return {
    last4Weeks: windowOf(past, lastFrom, today),
    previous4Weeks: windowOf(past, addDays(lastFrom, -28), addDays(lastFrom, -1)),
    daysLogging: first === null ? null : daysBetween(first, today),
  };
}
