import { useId } from 'react';
import { errorMessage } from '../../app/api/errorMessage';
import { FormAlert } from '../../app/ui/FormAlert';
import { LoadFailed } from '../../app/ui/LoadFailed';
import { Loading } from '../../app/ui/Loading';
import { formatDateTime, t } from '../../i18n';
import { useTimeZone } from '../accounts/api';
import { type SessionEntry, useEndOtherSessions, useEndSession, useSessions } from './api';

function SessionItem({
  session,
  onEnd,
  ending,
}: {
  session: SessionEntry;
  onEnd: () => void;
  ending: boolean;
}) {
  const timeZone = useTimeZone();
  const details = [
    t('security.sessions.signedIn', { date: formatDateTime(session.createdAt, timeZone) }),
    session.signedInWith ? t(`security.sessions.method.${session.signedInWith}`) : null,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <li className="security-item" data-session-id={session.id}>
      <div>
        <p className="security-item__title">
          {session.device}
          {session.current ? (
            <span className="security-item__badge"> · {t('security.sessions.thisDevice')}</span>
          ) : null}
        </p>
        <p className="muted">
          {details},{' '}
          {t('security.sessions.lastActive', {
            date: formatDateTime(session.lastSeenAt, timeZone),
          })}
        </p>
        {session.network ? (
          <p className="muted">{t('security.sessions.network', { network: session.network })}</p>
        ) : null}
      </div>
      {session.current ? null : (
        <button
          type="button"
          className="button button--quiet"
          onClick={onEnd}
          disabled={ending}
          aria-label={`${t('security.sessions.end')}: ${session.device}`}
        >
          {ending ? t('security.sessions.ending') : t('security.sessions.end')}
        </button>
      )}
    </li>
  );
}

/** Where the person is signed in; any other session can be ended from here. */
export function SessionsSection() {
  const headingId = useId();
  const sessions = useSessions();
  const endOne = useEndSession();
  const endOthers = useEndOtherSessions();
  const others = sessions.data?.filter((session) => !session.current) ?? [];
  const error = endOne.error ?? endOthers.error;

  let status = '';
  if (endOne.isSuccess) status = t('security.sessions.ended');
  if (endOthers.isSuccess)
    status = t('security.sessions.endedOthers', { count: endOthers.data.ended });

  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('security.sessions.heading')}</h2>
      <p>{t('security.sessions.intro')}</p>
      <FormAlert message={error ? errorMessage(error) : null} />
      {sessions.isPending ? (
        <Loading label={t('common.loading')} />
      ) : sessions.isError ? (
        <LoadFailed onRetry={() => void sessions.refetch()} />
      ) : (
        <ul className="plain-list stack">
          {sessions.data.map((session) => (
            <SessionItem
              key={session.id}
              session={session}
              ending={endOne.isPending && endOne.variables === session.id}
              onEnd={() => {
                endOthers.reset();
                endOne.mutate(session.id);
              }}
            />
          ))}
        </ul>
      )}
      {others.length > 0 ? (
        <div className="button-row">
          <button
            type="button"
            className="button button--secondary"
            disabled={endOthers.isPending}
            onClick={() => {
              endOne.reset();
              endOthers.mutate();
            }}
          >
            {endOthers.isPending
              ? t('security.sessions.endingOthers')
              : t('security.sessions.endOthers')}
          </button>
        </div>
      ) : sessions.isSuccess ? (
        <p className="muted">{t('security.sessions.onlyThis')}</p>
      ) : null}
      <p className="status-line muted" role="status">
        {status}
      </p>
    </section>
  );
}
