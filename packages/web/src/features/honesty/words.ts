import { t } from '../../i18n';
import type { Person } from './types';

/** How a person is named in a sentence: their name, "You", or someone who has left. */
export function nameOf(person: Person | null): string {
  if (!person) return t('honesty.someoneWhoLeft');
  return person.isYou ? t('honesty.you') : person.displayName;
}
