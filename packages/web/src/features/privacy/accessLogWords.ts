import { hasMessage, t } from '../../i18n';
import type { AccessLogEntry } from './types';

function whoOf(entry: AccessLogEntry): string {
  if (entry.who === 'person' && entry.displayName) return entry.displayName;
  return entry.who === 'you' ? t('privacy.log.who.you') : t('privacy.log.who.someone');
}

/** "Sam looked at your check-ins", "You signed in": one sentence for one event. */
export function describeEntry(entry: AccessLogEntry): string {
  const who = whoOf(entry);
  if (entry.action === 'record.viewed' || entry.action === 'record.changed') {
    const group = entry.action === 'record.viewed' ? 'viewed' : 'changed';
    const key = `privacy.log.${group}.${entry.recordKind ?? 'other'}`;
    return hasMessage(key) ? t(key, { who }) : t(`privacy.log.${group}.other`, { who });
  }
  // Messages are nested the way actions are named: account.signed_in → actions.account.signed_in.
  const key = `privacy.log.actions.${entry.action}`;
  return hasMessage(key) ? t(key, { who }) : t('privacy.log.otherAction');
}
