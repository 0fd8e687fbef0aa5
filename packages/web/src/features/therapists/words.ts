import { formatCalendarDate, t } from '../../i18n';
import type { CaseloadCouple, ConsentCategory } from './types';

/** "Alex and Sam", for naming a couple. */
export function coupleNames(partners: readonly { displayName: string }[]): string {
  return new Intl.ListFormat('en', { type: 'conjunction' }).format(
    partners.map((partner) => partner.displayName),
  );
}

export function categoryList(categories: readonly ConsentCategory[]): string {
  return new Intl.ListFormat('en', { type: 'conjunction' }).format(
    categories.map((category) => t(`therapist.couple.category.${category}`)),
  );
}

/** One sentence per alert, naming the partner it concerns. */
export function alertSentence(
  couple: CaseloadCouple,
  alert: CaseloadCouple['alerts'][number],
): string {
  const name =
    couple.partners.find((partner) => partner.memberId === alert.memberId)?.displayName ?? '';
  const date = alert.on ? formatCalendarDate(alert.on) : '';
  return t(`therapist.caseload.alert.${alert.kind}`, {
    name,
    date,
    instrument: alert.instrument ?? '',
  });
}

export function formatScore(value: number): string {
  return new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(value);
}
