import { Link } from 'wouter';
import { t } from '../../i18n';
import { useNotifications } from './api';
import '../../styles/notifications.css';

/** The header's link to the updates page, with how many are new. */
export function UpdatesLink() {
  const notifications = useNotifications();
  const unread = notifications.data?.unread ?? 0;
  return (
    <Link href="/notifications" className="button button--quiet updates-link">
      {unread > 0 ? (
        <>
          <span aria-hidden="true">{t('notifications.headerLink')}</span>
          <span className="updates-link__count" aria-hidden="true">
            {unread}
          </span>
          <span className="visually-hidden">
            {t('notifications.headerLinkUnread', { count: unread })}
          </span>
        </>
      ) : (
        t('notifications.headerLink')
      )}
    </Link>
  );
}
