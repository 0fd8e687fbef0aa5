import { formatCalendarDate, t } from '../../i18n';
import type { Agreement, Person } from './types';

export function personName(person: Person | null): string {
  if (!person) return t('agreements.formerMember');
  return person.isYou ? t('agreements.you') : person.displayName;
}

export function reviewLine(reviewOn: string): string {
  return t('agreements.reviewOn', { date: formatCalendarDate(reviewOn) });
}

export type AgreementSection = 'forYou' | 'inForce' | 'forPartner' | 'closed';

/**
 * Where an agreement is listed: what waits for the viewer's answer first (a proposal or a change),
 * then what is in force, then the viewer's proposals waiting for the partner, then what is over.
 */
export function sectionOf(agreement: Agreement): AgreementSection {
  if (agreement.youMay.accept) return 'forYou';
  if (agreement.state === 'in_force' || agreement.state === 'change_proposed') return 'inForce';
  if (agreement.state === 'proposed') return 'forPartner';
  return 'closed';
}
