import { useId, useState } from 'react';
import { formatCalendarDate, t } from '../../i18n';
import { RatingForm } from './RatingForm';
import type { Conversation } from './types';
import { nameOf } from './words';

/** One logged conversation: what, when, who logged it, and where each rating stands. */
export function ConversationItem({
  conversation,
  partnerName,
}: {
  conversation: Conversation;
  partnerName: string | null;
}) {
  const headingId = useId();
  const [rating, setRating] = useState(false);
  const [saved, setSaved] = useState(false);
  const mine = conversation.yourRating;
  const partner = conversation.partnerRating;
  return (
    <article className="talking-item stack" aria-labelledby={headingId}>
      <h3 id={headingId}>{conversation.topic}</h3>
      <p>
        {t('talking.conversations.heldOnLine', {
          date: formatCalendarDate(conversation.heldOn),
          count: conversation.minutes,
        })}
        {' · '}
        {conversation.source === 'meeting'
          ? t('talking.conversations.fromMeeting')
          : t('talking.conversations.loggedBy', { name: nameOf(conversation.loggedBy) })}
      </p>
      {mine ? (
        <p>{t('talking.conversations.yourRating', { honest: mine.honest, heard: mine.heard })}</p>
      ) : null}
      {partner && partnerName ? (
        <p>
          {partner.rated
            ? t('talking.conversations.partnerRated', { name: partnerName })
            : t('talking.conversations.partnerNotYet', { name: partnerName })}
        </p>
      ) : null}
      {partner?.note && partnerName ? (
        <p>{t('talking.conversations.partnerNote', { name: partnerName, note: partner.note })}</p>
      ) : null}
      {conversation.countsAsHonest ? (
        <p className="muted">{t('talking.conversations.countsAsHonest')}</p>
      ) : null}
      <p role="status" className="status-line">
        {saved ? t('talking.conversations.ratingSaved') : null}
      </p>
      {rating ? (
        <RatingForm
          conversation={conversation}
          onSaved={() => {
            setRating(false);
            setSaved(true);
          }}
        />
      ) : (
        <div className="button-row">
          <button
            type="button"
            className={mine ? 'button button--quiet' : 'button button--secondary'}
            aria-describedby={headingId}
            onClick={() => {
              setSaved(false);
              setRating(true);
            }}
          >
            {mine ? t('talking.conversations.changeRating') : t('talking.conversations.rate')}
          </button>
        </div>
      )}
    </article>
  );
}
