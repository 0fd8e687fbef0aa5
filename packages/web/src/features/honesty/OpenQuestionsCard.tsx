import { useId } from 'react';
import { Link } from 'wouter';
import { t } from '../../i18n';
import { useQuestions } from './api';

/** On the home page: how many questions wait for an answer (or for more of one). */
export function OpenQuestionsCard() {
  const headingId = useId();
  const questions = useQuestions();
  if (!questions.data) return null;
  const { open } = questions.data.counts;
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('honesty.homeCard.heading')}</h2>
      <p data-testid="open-questions">{t('honesty.hub.openQuestions', { count: open })}</p>
      <p>
        <Link href="/questions">{t('honesty.homeCard.link')}</Link>
      </p>
    </section>
  );
}
