import { useId } from 'react';
import { Link } from 'wouter';
import { isApiError } from '../../app/api/problem';
import { PageHeading } from '../../app/ui/PageHeading';
import { t } from '../../i18n';
import { NeedsSpace } from '../space/NeedsSpace';
import { useConversations, useTriggers } from './api';
import { TimeOutCard } from './TimeOutCard';
import '../../styles/talking.css';

const SECTIONS = [
  { href: '/talking/conversations', key: 'conversations' },
  { href: '/talking/meeting', key: 'meeting' },
  { href: '/talking/prompts', key: 'prompts' },
  { href: '/talking/triggers', key: 'triggers' },
  { href: '/talking/together', key: 'together' },
] as const;

/** Talking and reconnecting: a pause when it floods, and the ways in to each tool. */
export function TalkingPage() {
  const listHeadingId = useId();
  const conversations = useConversations();
  const triggers = useTriggers();
  if (isApiError(conversations.error, 'NOT_IN_SPACE')) return <NeedsSpace />;
  const week = conversations.data?.thisWeek;
  return (
    <div className="stack stack--loose">
      <div className="stack">
        <PageHeading>{t('talking.title')}</PageHeading>
        <p className="lead">{t('talking.intro')}</p>
        {week ? <p>{t('talking.thisWeek', { count: week.logged, honest: week.honest })}</p> : null}
      </div>
      <TimeOutCard />
      <section className="stack" aria-labelledby={listHeadingId}>
        <h2 id={listHeadingId} className="visually-hidden">
          {t('talking.title')}
        </h2>
        <ul className="plain-list talking-sections">
          {SECTIONS.map((section) => (
            <li key={section.key} className="card stack">
              <h3>
                <Link href={section.href}>{t(`talking.sections.${section.key}.title`)}</Link>
              </h3>
              <p>
                {section.key === 'triggers' && triggers.data?.mayLog === false
                  ? t('talking.sections.triggers.summaryPartner')
                  : t(`talking.sections.${section.key}.summary`)}
              </p>
            </li>
          ))}
        </ul>
      </section>
      <p>
        <Link href="/space">{t('talking.spaceLink')}</Link>
      </p>
    </div>
  );
}
