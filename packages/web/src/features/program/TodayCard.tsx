import { useId } from 'react';
import { Link } from 'wouter';
import { formatCalendarDate, t } from '../../i18n';
import { useToday } from './api';
import type { TodaySuggestion } from './types';

function suggestionText(suggestion: TodaySuggestion): { body: string; href: string; link: string } {
  const title = suggestion.title ?? '';
  const stageHref = `/program/${suggestion.stageId ?? ''}`;
  switch (suggestion.kind) {
    case 'checkin_due':
      return {
        body: t('program.today.checkin_due'),
        href: '/check-in',
        link: t('program.today.checkinLink'),
      };
    case 'question_waiting':
      return {
        body: t('program.today.question_waiting'),
        // The same place a notification about the question leads to.
        href: `/questions#question-${encodeURIComponent(suggestion.questionId ?? '')}`,
        link: t('program.today.questionLink'),
      };
    case 'exercise_in_progress':
      return {
        body: t('program.today.exercise_in_progress', { title }),
        href: stageHref,
        link: t('program.today.exerciseLink'),
      };
    case 'questionnaire_due':
      return {
        body: t('program.today.questionnaire_due', { title }),
        href: `/questionnaires/${suggestion.instrumentId ?? ''}`,
        link: t('program.today.questionnaireLink'),
      };
    case 'review_near':
      return {
        body: t('program.today.review_near', {
          title,
          date: formatCalendarDate(suggestion.reviewOn ?? ''),
        }),
        href: `/agreements/${encodeURIComponent(suggestion.agreementId ?? '')}`,
        link: t('program.today.reviewLink'),
      };
    case 'begin_program':
    case 'continue_stage':
    case 'next_stage_ready':
      return {
        body: t(`program.today.${suggestion.kind}`, { title }),
        href: stageHref,
        link: t('program.today.stageLink'),
      };
  }
}

/**
 * One small next step on the space home, chosen on the server from the check-in, a question
 * waiting for an answer, exercises, questionnaires, an agreement's review date and the path. While it loads, or if it cannot load, the card still offers the
 * way into the path and Learn, so the home page never waits on it.
 */
export function TodayCard() {
  const headingId = useId();
  const today = useToday();
  const suggestion = today.data?.suggestion;
  const text = suggestion ? suggestionText(suggestion) : null;
  return (
    <section className="card stack" aria-labelledby={headingId} data-testid="today-card">
      <h2 id={headingId}>{t('program.today.heading')}</h2>
      {today.data === undefined ? null : <p>{text ? text.body : t('program.today.nothing')}</p>}
      <div className="button-row">
        {text ? (
          // Secondary: the weekly check-in keeps the space home's one primary action.
          <Link href={text.href} className="button button--secondary">
            {text.link}
          </Link>
        ) : null}
        <Link href="/program">{t('program.today.pathLink')}</Link>
        <Link href="/learn">{t('program.today.learnLink')}</Link>
      </div>
    </section>
  );
}
