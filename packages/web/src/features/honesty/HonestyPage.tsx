import { Link } from 'wouter';
import { PageHeading } from '../../app/ui/PageHeading';
import { t } from '../../i18n';
import { useQuestions } from './api';
import '../../styles/honesty.css';

const SECTIONS = [
  { href: '/questions', title: 'honesty.hub.questions', body: 'honesty.hub.questionsBody' },
  { href: '/disclosures', title: 'honesty.hub.disclosures', body: 'honesty.hub.disclosuresBody' },
  { href: '/commitments', title: 'honesty.hub.commitments', body: 'honesty.hub.commitmentsBody' },
  { href: '/timeline', title: 'honesty.hub.timeline', body: 'honesty.hub.timelineBody' },
] as const;

/** Honesty and amends: questions, what was told before asked, commitments, the timeline. */
export function HonestyPage() {
  const questions = useQuestions();
  return (
    <div className="stack stack--loose">
      <div className="stack">
        <PageHeading>{t('honesty.hub.title')}</PageHeading>
        <p className="lead">{t('honesty.hub.intro')}</p>
      </div>
      <ul className="plain-list honesty-sections">
        {SECTIONS.map((section) => (
          <li key={section.href} className="card stack">
            <h2>
              <Link href={section.href}>{t(section.title)}</Link>
            </h2>
            <p>{t(section.body)}</p>
            {section.href === '/questions' && questions.data ? (
              <p>{t('honesty.hub.openQuestions', { count: questions.data.counts.open })}</p>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
