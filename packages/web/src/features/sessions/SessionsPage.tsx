import { useId } from 'react';
import { Link } from 'wouter';
import { isApiError } from '../../app/api/problem';
import { LoadFailed } from '../../app/ui/LoadFailed';
import { Loading } from '../../app/ui/Loading';
import { PageHeading } from '../../app/ui/PageHeading';
import { formatCalendarDate, LOCALE, t } from '../../i18n';
import { useSpace } from '../space/api';
import { NeedsSpace } from '../space/NeedsSpace';
import type { Member } from '../space/types';
import { useTherapySessions } from './api';
import { SessionForm } from './SessionForm';
import type { TherapySession } from './types';
import { UpcomingAppointments } from './UpcomingAppointments';
import '../../styles/records.css';

const listFormat = new Intl.ListFormat(LOCALE, { type: 'conjunction' });

function attendeeNames(session: TherapySession, members: readonly Member[]): string {
  const you = members.find((member) => member.isYou);
  return listFormat.format(
    session.attendees.map((attendee) =>
      attendee.memberId === you?.id ? t('sessions.you') : attendee.displayName,
    ),
  );
}

/** Therapy sessions attended, together or alone, newest first. */
export function SessionsPage() {
  const listHeadingId = useId();
  const sessions = useTherapySessions();
  const space = useSpace();
  if (sessions.data === undefined || space.data === undefined) {
    if (space.data === null || isApiError(sessions.error, 'NOT_IN_SPACE')) return <NeedsSpace />;
    if (sessions.isError || space.isError) {
      return (
        <LoadFailed
          onRetry={() => {
            void sessions.refetch();
            void space.refetch();
          }}
        />
      );
    }
    return <Loading label={t('sessions.loading')} />;
  }
  if (space.data === null) return <NeedsSpace />;
  const { members } = space.data;
  const list = [...sessions.data].sort((a, b) => b.heldOn.localeCompare(a.heldOn));

  return (
    <div className="stack stack--loose">
      <div className="stack">
        <PageHeading>{t('sessions.title')}</PageHeading>
        <p className="lead">{t('sessions.intro')}</p>
      </div>
      <UpcomingAppointments />
      <section className="stack" aria-labelledby={listHeadingId}>
        <h2 id={listHeadingId}>{t('sessions.listHeading')}</h2>
        <p>{t('sessions.count', { count: list.length })}</p>
        {list.length > 0 ? (
          <ul className="plain-list stack">
            {list.map((session) => (
              <li key={session.id} className="card stack session">
                <p>
                  <strong>{formatCalendarDate(session.heldOn)}</strong> ·{' '}
                  {t(`sessions.kind.${session.kind}`)}
                </p>
                <p>{t('sessions.attended', { names: attendeeNames(session, members) })}</p>
                <p>
                  <span className={`tag tag--${session.verification}`}>
                    {t(`sessions.verification.${session.verification}`)}
                  </span>
                </p>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <SessionForm members={members} />
      <p>
        <Link href="/space">{t('sessions.spaceLink')}</Link>
      </p>
    </div>
  );
}
