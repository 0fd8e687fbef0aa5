import type { MessageKey } from '../i18n';

/**
 * The main sections of the app for a partner, in the order they appear under the header. A
 * feature adds its section here (one line) rather than editing the layout; keep the list short
 * enough to read at a glance on a phone: group related pages behind one entry.
 */
export interface NavigationEntry {
  readonly href: string;
  readonly label: MessageKey;
  /** Other paths that belong to this section, so it is marked current there too. */
  readonly alsoCurrentUnder?: readonly string[];
  /** Current on its own path only (other sections live under it), plus alsoCurrentUnder. */
  readonly exact?: boolean;
}

export const PARTNER_NAVIGATION: readonly NavigationEntry[] = [
  { href: '/', label: 'navigation.home' },
  { href: '/progress', label: 'navigation.progress', alsoCurrentUnder: ['/questionnaires'] },
  { href: '/program', label: 'navigation.program', alsoCurrentUnder: ['/learn'] },
  { href: '/talking', label: 'navigation.talking' },
  { href: '/agreements', label: 'navigation.agreements' },
  {
    href: '/honesty',
    label: 'navigation.honesty',
    alsoCurrentUnder: ['/questions', '/disclosures', '/commitments', '/timeline'],
  },
  { href: '/journal', label: 'navigation.journal' },
];

/** A therapist's sections: they have no space of their own, only the couples they work with. */
export const THERAPIST_NAVIGATION: readonly NavigationEntry[] = [
  {
    href: '/therapist',
    label: 'therapist.navigation.caseload',
    exact: true,
    alsoCurrentUnder: ['/therapist/couples'],
  },
  { href: '/therapist/instruments', label: 'therapist.navigation.instruments' },
];

/** True when `location` is this entry's page or one of the pages under it. */
export function isCurrentSection(entry: NavigationEntry, location: string): boolean {
  const under = (prefix: string) =>
    prefix === '/' ? location === '/' : location === prefix || location.startsWith(`${prefix}/`);
  const own = entry.exact ? location === entry.href : under(entry.href);
  return own || (entry.alsoCurrentUnder ?? []).some(under);
}
