import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { t } from '../i18n';
import { dismissRefused, onOutboxSent, useOutbox, useOutboxSending } from './outbox';
import '../styles/reminders.css';

function subscribeToConnection(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

function useOnline(): boolean {
  return useSyncExternalStore(subscribeToConnection, () => navigator.onLine);
}

/**
 * Under the header on every page: that the device is offline, what waits to be sent, and any
 * write the server later refused, with its reason, until the person has read it.
 */
export function OfflineStatus({ userId }: { userId: string }) {
  const online = useOnline();
  const outbox = useOutbox();
  const queryClient = useQueryClient();
  useOutboxSending(userId);
  useEffect(
    () =>
      onOutboxSent(() => {
        for (const queryKey of [['checkins'], ['progress'], ['talking']]) {
          void queryClient.invalidateQueries({ queryKey });
        }
      }),
    [queryClient],
  );

  return (
    <div className="stack offline-status" aria-live="polite">
      {online ? null : <p className="offline-banner">{t('reminders.offline.youAreOffline')}</p>}
      {outbox.waiting.length > 0 ? (
        <div className="offline-banner" role="status">
          {outbox.sending ? (
            <p>{t('reminders.offline.sending')}</p>
          ) : (
            outbox.waiting.map(({ kind, count }) => (
              <p key={kind}>{t(`reminders.offline.waiting.${kind}`, { count })}</p>
            ))
          )}
          <p className="fine-print">{t('reminders.offline.waitingHint')}</p>
        </div>
      ) : null}
      {outbox.refused.map((entry) => (
        <div key={entry.id} className="alert alert--error" role="alert">
          <p>{t(`reminders.offline.refused.${entry.kind}`, { reason: entry.reason })}</p>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => dismissRefused(entry.id)}
          >
            {t('reminders.offline.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
