import { useId } from 'react';
import { Link } from 'wouter';
import { formatCalendarDate, t } from '../../i18n';
import { useCheckins } from '../checkins/api';

/**
 * This week's check-in, from the space home. If the check-ins cannot be loaded the card still
 * offers the way in: the check-in page explains anything that is wrong.
 */
export function CheckInCard() {
  const headingId = useId();
  const thisWeek = useCheckins().data?.thisWeek ?? null;
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('checkIn.spaceCard.heading')}</h2>
      {thisWeek ? (
        <p>
          {t('checkIn.spaceCard.doneBody', {
            date: formatCalendarDate(thisWeek.editableUntil),
          })}
        </p>
      ) : (
        <p>{t('checkIn.spaceCard.body')}</p>
      )}
      <div className="button-row">
        {thisWeek ? (
          <Link href="/check-in" className="button button--secondary">
            {t('checkIn.spaceCard.change')}
          </Link>
        ) : (
          <Link href="/check-in" className="button button--primary">
            {t('checkIn.spaceCard.start')}
          </Link>
        )}
        <Link href="/progress">{t('checkIn.spaceCard.progress')}</Link>
      </div>
    </section>
  );
}
