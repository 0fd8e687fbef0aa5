import { useId } from 'react';
import { Link } from 'wouter';
import { PageHeading } from '../../app/ui/PageHeading';
import { t } from '../../i18n';
import { useSpace } from '../space/api';
import { SpacePageWaiting } from '../space/NeedsSpace';
import { useConversations } from './api';
import { ConversationItem } from './ConversationItem';
import { LogConversationForm } from './LogConversationForm';
import '../../styles/talking.css';

/** The conversation log: log one in seconds, then each partner rates it privately. */
export function ConversationsPage() {
  const logHeadingId = useId();
  const listHeadingId = useId();
  const conversations = useConversations();
  const space = useSpace();
  if (conversations.data === undefined) {
    return <SpacePageWaiting query={conversations} loadingLabel={t('talking.loading')} />;
  }
  const partner = space.data?.members.find((member) => !member.isYou) ?? null;
  const { thisWeek } = conversations.data;
  return (
    <div className="stack stack--loose">
      <div className="stack">
        <PageHeading>{t('talking.conversations.title')}</PageHeading>
        <p className="lead">{t('talking.conversations.intro')}</p>
        <p>{t('talking.thisWeek', { count: thisWeek.logged, honest: thisWeek.honest })}</p>
      </div>
      <section className="card stack" aria-labelledby={logHeadingId}>
        <h2 id={logHeadingId}>{t('talking.conversations.logHeading')}</h2>
        <LogConversationForm suggestedTopics={conversations.data.suggestedTopics} />
      </section>
      <section className="stack" aria-labelledby={listHeadingId}>
        <h2 id={listHeadingId}>{t('talking.conversations.listHeading')}</h2>
        {conversations.data.conversations.length === 0 ? (
          <p>{t('talking.conversations.empty')}</p>
        ) : (
          <ul className="plain-list stack">
            {conversations.data.conversations.map((conversation) => (
              <li key={conversation.id}>
                <ConversationItem
                  conversation={conversation}
                  partnerName={partner?.displayName ?? null}
                />
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
