import { useId } from 'react';
import { Link, useLocation } from 'wouter';
import { errorMessage } from '../../app/api/errorMessage';
import { FormAlert } from '../../app/ui/FormAlert';
import { PageHeading } from '../../app/ui/PageHeading';
import { formatDate, t } from '../../i18n';
import { SpacePageWaiting } from '../space/NeedsSpace';
import { useFinishMeeting, useMeeting, useMeetings, useStartMeeting } from './api';
import { MeetingPart } from './MeetingPart';
import { nameOf } from './words';
import '../../styles/talking.css';

/** The weekly meeting's start: begin this week's, or join the one the partner opened. */
export function MeetingsPage() {
  const pastHeadingId = useId();
  const meetings = useMeetings();
  const start = useStartMeeting();
  const [, navigate] = useLocation();
  if (meetings.data === undefined) {
    return <SpacePageWaiting query={meetings} loadingLabel={t('talking.loading')} />;
  }
  const { open, finished } = meetings.data;
  const startLabel = !open
    ? t('talking.meeting.start')
    : open.startedBy?.isYou
      ? t('talking.meeting.joinYours')
      : t('talking.meeting.join', { name: nameOf(open.startedBy) });
  return (
    <div className="stack stack--loose">
      <div className="stack">
        <PageHeading>{t('talking.meeting.title')}</PageHeading>
        <p className="lead">{t('talking.meeting.intro')}</p>
      </div>
      <FormAlert message={start.error ? errorMessage(start.error) : null} />
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          disabled={start.isPending}
          onClick={() =>
            start.mutate(undefined, {
              onSuccess: ({ meeting }) => navigate(`/talking/meeting/${meeting.id}`),
            })
          }
        >
          {startLabel}
        </button>
      </div>
      <section className="stack" aria-labelledby={pastHeadingId}>
        <h2 id={pastHeadingId}>{t('talking.meeting.past')}</h2>
        {finished.length === 0 ? (
          <p>{t('talking.meeting.none')}</p>
        ) : (
          <ul className="plain-list stack">
            {finished.map((meeting) => (
              <li key={meeting.id}>
                <Link href={`/talking/meeting/${meeting.id}`}>
                  {t('talking.meeting.pastItem', { date: formatDate(meeting.startedAt) })}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <p>
        <Link href="/talking">{t('talking.hubLink')}</Link>
      </p>
    </div>
  );
}

/** One meeting: its agenda, both partners' notes (kept in step by polling), and finishing it. */
export function MeetingPage({ id }: { id: string }) {
  const meeting = useMeeting(id);
  const finish = useFinishMeeting(id);
  if (meeting.data === undefined) {
    return <SpacePageWaiting query={meeting} loadingLabel={t('talking.loading')} />;
  }
  const data = meeting.data;
  return (
    <div className="stack stack--loose">
      <div className="stack">
        <PageHeading>{t('talking.meeting.title')}</PageHeading>
        <p>
          {t('talking.meeting.startedBy', {
            name: nameOf(data.startedBy),
            date: formatDate(data.startedAt),
          })}
        </p>
        {data.finishedAt ? (
          <p className="callout">
            {t('talking.meeting.finishedOn', { date: formatDate(data.finishedAt) })}
          </p>
        ) : (
          <>
            <p className="lead">{t('talking.meeting.intro')}</p>
            <p>
              {t('talking.meeting.pauseHint')}{' '}
              <Link href="/talking">{t('talking.timeOut.heading')}</Link>
            </p>
          </>
        )}
      </div>
      {data.agenda.map((part, index) => (
        <MeetingPart key={part.id} meeting={data} part={part} number={index + 1} />
      ))}
      {data.finishedAt ? null : (
        <div className="stack">
          <p>{t('talking.meeting.finishHint')}</p>
          <FormAlert message={finish.error ? errorMessage(finish.error) : null} />
          <div className="button-row">
            <button
              type="button"
              className="button button--primary"
              disabled={finish.isPending}
              onClick={() => finish.mutate()}
            >
              {t('talking.meeting.finish')}
            </button>
          </div>
        </div>
      )}
      <p>
        <Link href="/talking/meeting">{t('talking.meeting.title')}</Link>
        {' · '}
        <Link href="/talking/conversations">{t('talking.conversations.title')}</Link>
      </p>
    </div>
  );
}
