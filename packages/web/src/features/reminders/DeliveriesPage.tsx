import { isApiError } from '../../app/api/problem';
import { NotFoundPage } from '../../app/NotFoundPage';
import { LoadFailed } from '../../app/ui/LoadFailed';
import { Loading } from '../../app/ui/Loading';
import { PageHeading } from '../../app/ui/PageHeading';
import { formatDateTime, t } from '../../i18n';
import { useFailingDeliveries } from './api';
import '../../styles/reminders.css';

/** /admin/deliveries: for the instance's administrators, what is failing to go out. */
export function DeliveriesPage() {
  const deliveries = useFailingDeliveries();
  if (deliveries.isPending) return <Loading label={t('common.loading')} />;
  if (deliveries.isError) {
    // Everyone but an administrator is told there is nothing here, as the server says.
    if (isApiError(deliveries.error) && deliveries.error.status === 404) return <NotFoundPage />;
    return <LoadFailed onRetry={() => void deliveries.refetch()} />;
  }
  const { retrying, undeliverable, messages } = deliveries.data;
  return (
    <div className="stack stack--loose">
      <PageHeading>{t('reminders.deliveries.title')}</PageHeading>
      <p>{t('reminders.deliveries.intro')}</p>
      <div className="card stack">
        <p>{t('reminders.deliveries.retrying', { count: retrying })}</p>
        <p>{t('reminders.deliveries.undeliverable', { count: undeliverable })}</p>
      </div>
      {messages.length === 0 ? (
        <p>{t('reminders.deliveries.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="deliveries-table">
            <caption>{t('reminders.deliveries.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reminders.deliveries.lastTried')}</th>
                <th scope="col">{t('reminders.deliveries.channel')}</th>
                <th scope="col">{t('reminders.deliveries.topic')}</th>
                <th scope="col">{t('reminders.deliveries.attempts')}</th>
                <th scope="col">{t('reminders.deliveries.status')}</th>
                <th scope="col">{t('reminders.deliveries.lastError')}</th>
              </tr>
            </thead>
            <tbody>
              {messages.map((message) => (
                <tr key={`${message.lastTriedAt}-${message.firstTriedAt}-${message.topic}`}>
                  <td>{formatDateTime(message.lastTriedAt)}</td>
                  <td>{message.channel}</td>
                  <td>{message.topic}</td>
                  <td>{message.attempts}</td>
                  <td>
                    {message.status === 'undeliverable'
                      ? t('reminders.deliveries.statusUndeliverable')
                      : t('reminders.deliveries.statusPending')}
                  </td>
                  <td>{message.lastError ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
