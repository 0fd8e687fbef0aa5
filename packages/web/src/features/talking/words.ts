import { t } from '../../i18n';
import type { Person } from './types';

/** How a person is named in a sentence: their name, "you", or someone who has left. */
export function nameOf(person: Person | null): string {
  if (!person) return t('talking.someoneWhoLeft');
  return person.isYou ? t('talking.you') : person.displayName;
}

/** The time of day (and the day when it is not today), in the reader's own time zone. */
export function formatReturnTime(iso: string, now = new Date()): string {
  const date = new Date(iso);
  const sameDay = date.toDateString() === now.toDateString();
  return new Intl.DateTimeFormat(undefined, {
    ...(sameDay ? {} : { weekday: 'long' }),
    hour: 'numeric',
    minute: '2-digit',
  }).format(date);
}
