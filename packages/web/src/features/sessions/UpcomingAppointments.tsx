import { useId } from 'react';
import { Link } from 'wouter';
import { formatDateTime, t } from '../../i18n';
import { useTimeZone } from '../accounts/api';
import { useAppointments } from './api';

/**
 * Appointments with the therapist this person may see (core's rule: the couple's sessions and
 * their own individual ones), in their own time zone;
 * a cancelled one stays in the list, marked, so nobody turns up for it. Shown only when there
 * is one: most couples start without a therapist in Amend.
 */
export function UpcomingAppointments() {
  const headingId = useId();
  const appointments = useAppointments();
  const timeZone = useTimeZone();
  if (!appointments.data || appointments.data.length === 0) return null;
  return (
    <section className="stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('sessions.appointments.heading')}</h2>
      <p>{t('sessions.appointments.privacy')}</p>
      <ul className="plain-list stack">
        {appointments.data.map((appointment) => (
          <li key={appointment.id} className="card stack">
            <p>
              <strong>{formatDateTime(appointment.startsAt, timeZone)}</strong> ·{' '}
              {t(`sessions.appointments.kind.${appointment.kind}`)}
            </p>
            <p>{t('sessions.appointments.with', { name: appointment.therapistName })}</p>
            {appointment.cancelled ? (
              <p>
                <span className="tag">{t('sessions.appointments.cancelled')}</span>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      {/* The private calendar feed (settings/reminders) lists the same appointments. */}
      <p>
        <Link href="/settings/reminders">{t('sessions.appointments.calendarLink')}</Link>
      </p>
    </section>
  );
}
