import { Link, useLocation } from 'wouter';
import { errorMessage } from '../../app/api/errorMessage';
import { LoadFailed } from '../../app/ui/LoadFailed';
import { Loading } from '../../app/ui/Loading';
import { PageHeading } from '../../app/ui/PageHeading';
import { formatDateTime, t } from '../../i18n';
import { type Notification, useMarkNotificationsRead, useNotifications } from './api';
import { notificationHref, notificationText } from './words';
import '../../styles/notifications.css';

function NotificationItem({ notification }: { notification: Notification }) {
  const markRead = useMarkNotificationsRead();
  const [, navigate] = useLocation();
  const href = notificationHref(notification);
  const open = () => {
    // Opening an update is reading it; the page it leads to loads whatever the answer.
    if (!notification.read) markRead.mutate({ ids: [notification.id] });
    if (href) navigate(href);
  };
  return (
    <article className={`card notification${notification.read ? '' : ' notification--unread'}`}>
      <p>
        {notification.read ? null : (
          <span className="notification__new">{t('notifications.unread')}</span>
        )}{' '}
        {notificationText(notification)}
      </p>
      <p className="muted">
        <time dateTime={notification.createdAt}>{formatDateTime(notification.createdAt)}</time>
      </p>
      <div className="button-row">
        {href ? (
          <a
            href={href}
            className="button button--secondary"
            onClick={(event) => {
              event.preventDefault();
              open();
            }}
          >
            {t('notifications.open')}
          </a>
        ) : null}
        {notification.read ? null : (
          <button
            type="button"
            className="button button--quiet"
            disabled={markRead.isPending}
            onClick={() => markRead.mutate({ ids: [notification.id] })}
          >
            {t('notifications.markRead')}
          </button>
        )}
      </div>
    </article>
  );
}

/** Everything that happened that concerns the person, newest first; only they see it. */
export function NotificationsPage() {
  const notifications = useNotifications();
  const markAll = useMarkNotificationsRead();
  if (notifications.data === undefined) {
    if (notifications.isError) return <LoadFailed onRetry={() => void notifications.refetch()} />;
    return <Loading label={t('notifications.loading')} />;
  }
  const { unread, notifications: items } = notifications.data;
  return (
    <div className="stack stack--loose">
      <div className="stack">
        <PageHeading>{t('notifications.title')}</PageHeading>
        <p className="lead">{t('notifications.intro')}</p>
        {unread > 0 ? (
          <div className="button-row">
            <button
              type="button"
              className="button button--secondary"
              disabled={markAll.isPending}
              onClick={() => markAll.mutate({ all: true })}
            >
              {markAll.isPending ? t('notifications.markingRead') : t('notifications.markAllRead')}
            </button>
          </div>
        ) : null}
        {markAll.isError ? <p role="alert">{errorMessage(markAll.error)}</p> : null}
      </div>
      {items.length === 0 ? (
        <p>{t('notifications.empty')}</p>
      ) : (
        <ul className="plain-list stack">
          {items.map((notification) => (
            <li key={notification.id}>
              <NotificationItem notification={notification} />
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href="/">{t('notifications.homeLink')}</Link>
      </p>
    </div>
  );
}
