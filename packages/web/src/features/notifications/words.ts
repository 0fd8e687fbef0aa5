import { hasMessage, type MessageKey, t } from '../../i18n';
import type { Notification } from './api';

/**
 * Where a notification leads, by the type of record it is about. A feature that notifies adds
 * its record type here (one line).
 */
const SUBJECT_PAGES: Readonly<Record<string, (id: string) => string>> = {
  agreement: (id) => `/agreements/${encodeURIComponent(id)}`,
  time_out: () => '/talking',
  meeting: (id) => `/talking/meeting/${encodeURIComponent(id)}`,
  trigger: () => '/talking/triggers',
  appreciation: () => '/talking/together',
  question: (id) => `/questions#question-${encodeURIComponent(id)}`,
  disclosure: () => '/disclosures',
  account: () => '/disclosures/account',
  commitment: (id) => `/commitments#commitment-${encodeURIComponent(id)}`,
  appointment: () => '/sessions',
};

export function notificationHref(notification: Notification): string | null {
  const { subject } = notification;
  if (!subject) return null;
  return SUBJECT_PAGES[subject.type]?.(subject.id) ?? null;
}

/** The sentence for a notification, written here rather than stored with it. */
export function notificationText(notification: Notification): string {
  const name = notification.actorName ?? t('notifications.someone');
  const key = `notifications.kind.${notification.kind.replace('.', '_')}`;
  return hasMessage(key) ? t(key as MessageKey, { name }) : t('notifications.unknownKind');
}
