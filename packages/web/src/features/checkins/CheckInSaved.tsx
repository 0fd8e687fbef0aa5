import { Link } from 'wouter';
import { PageHeading } from '../../app/ui/PageHeading';
import { formatCalendarDate, t } from '../../i18n';
import type { CheckIn } from './types';

/** A calm confirmation after saving, and where to go next. */
export function CheckInSaved({ checkin, changed }: { checkin: CheckIn; changed: boolean }) {
  return (
    <div className="stack stack--loose">
      <div className="stack">
        <PageHeading>{t(changed ? 'checkIn.saved.changed' : 'checkIn.saved.created')}</PageHeading>
        <p>{t('checkIn.saved.body', { date: formatCalendarDate(checkin.editableUntil) })}</p>
      </div>
      <div className="button-row">
        <Link href="/progress" className="button button--primary">
          {t('checkIn.saved.progress')}
        </Link>
        <Link href="/space" className="button button--secondary">
          {t('checkIn.saved.space')}
        </Link>
      </div>
    </div>
  );
}

/** Saved without a connection: it waits on this device (the banner above shows it waiting). */
export function CheckInSavedOffline() {
  return (
    <div className="stack stack--loose">
      <div className="stack">
        <PageHeading>{t('checkIn.saved.created')}</PageHeading>
        <p>{t('reminders.offline.savedOffline')}</p>
      </div>
      <div className="button-row">
        <Link href="/space" className="button button--secondary">
          {t('checkIn.saved.space')}
        </Link>
      </div>
    </div>
  );
}
