import { t } from '../../i18n';
import type { Person } from './types';

/** "you", a partner's name, or a kind phrase for someone who has left the space. */
export function personName(person: Person | null): string {
  if (person === null) return t('incidents.formerMember');
  return person.isYou ? t('incidents.you') : person.displayName;
}
