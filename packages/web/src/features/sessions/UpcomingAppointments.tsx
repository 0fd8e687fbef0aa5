import { useId } from 'react';
import { formatDateTime, t } from '../../i18n';
import { useTimeZone } from '../accounts/api';
import { useAppointments } from './api';

/**
 * Appointments the therapist booked that this person is expected at, in their own time zone;
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
    </section>
  );
}
