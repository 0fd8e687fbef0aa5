import { useId } from 'react';
import { LoadFailed } from '../../app/ui/LoadFailed';
import { Loading } from '../../app/ui/Loading';
import { formatDateTime, t } from '../../i18n';
import { describeEntry } from './accessLogWords';
import { useAccessLog } from './api';

/** "Who has seen your data": every event about this person, newest first, older on request. */
export function AccessLogSection() {
  const headingId = useId();
  const log = useAccessLog();
  const entries = log.data?.pages.flatMap((page) => page.entries) ?? [];

  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('privacy.log.heading')}</h2>
      <p>{t('privacy.log.explanation')}</p>
      {log.isPending ? <Loading label={t('privacy.log.loading')} /> : null}
      {log.isError ? <LoadFailed onRetry={() => void log.refetch()} /> : null}
      {log.isSuccess && entries.length === 0 ? <p>{t('privacy.log.empty')}</p> : null}
      {entries.length > 0 ? (
        <ol className="plain-list access-log" aria-label={t('privacy.log.listLabel')}>
          {entries.map((entry) => (
            <li key={entry.id} className="access-log__entry">
              <time dateTime={entry.at} className="access-log__time">
                {formatDateTime(entry.at)}
              </time>
              <div className="access-log__what">
                <span>{describeEntry(entry)}</span>
                {/* The browser and system, as the server summarised them ("Safari on iPhone"). */}
                {entry.device ? <span className="muted">{entry.device}</span> : null}
              </div>
            </li>
          ))}
        </ol>
      ) : null}
      {log.hasNextPage ? (
        <div>
          <button
            type="button"
            className="button button--secondary"
            disabled={log.isFetchingNextPage}
            onClick={() => void log.fetchNextPage()}
          >
            {log.isFetchingNextPage ? t('privacy.log.loadingOlder') : t('privacy.log.older')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
