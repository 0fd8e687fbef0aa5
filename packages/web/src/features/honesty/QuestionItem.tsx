import { ANSWER_MARKS } from '@amend/core';
import { type FormEvent, useState } from 'react';
import { errorMessage } from '../../app/api/errorMessage';
import { FormAlert } from '../../app/ui/FormAlert';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { formatDateTime, t } from '../../i18n';
import { CoachedTextarea } from '../coach/CoachedTextarea';
import { useAnswerQuestion, useQuestionStep } from './api';
import type { Answer, Question } from './types';
import { nameOf } from './words';

const ANSWER_MAX_LENGTH = 8000;

function AnswerItem({
  answer,
  number,
  total,
  question,
}: {
  answer: Answer;
  number: number;
  total: number;
  question: Question;
}) {
  const step = useQuestionStep(question.id);
  const askerIsYou = question.askedBy?.isYou === true;
  const markWords = answer.mark ? t(`honesty.questions.marks.${answer.mark}`) : null;
  return (
    <li className="answer stack">
      <p className="muted">
        {t('honesty.questions.answerNumber', {
          number,
          total,
          name: nameOf(answer.author),
          date: formatDateTime(answer.createdAt),
        })}
      </p>
      <p className="answer__text">{answer.text}</p>
      {markWords ? (
        <p>
          {askerIsYou
            ? t('honesty.questions.markedAs', { mark: markWords })
            : t('honesty.questions.partnerMarkedAs', {
                name: nameOf(question.askedBy),
                mark: markWords,
              })}
        </p>
      ) : null}
      {question.youMay.mark ? (
        <fieldset className="stack">
          <legend>{t('honesty.questions.markPrompt')}</legend>
          <div className="button-row">
            {ANSWER_MARKS.map((mark) => (
              <button
                key={mark}
                type="button"
                className="button button--quiet"
                aria-pressed={answer.mark === mark}
                disabled={step.isPending}
                onClick={() => step.mutate({ type: 'mark', answerId: answer.id, mark })}
              >
                {t(`honesty.questions.marks.${mark}`)}
              </button>
            ))}
          </div>
        </fieldset>
      ) : null}
      <FormAlert message={step.error ? errorMessage(step.error) : null} />
    </li>
  );
}

function AnswerForm({ question }: { question: Question }) {
  const [text, setText] = useState('');
  const answer = useAnswerQuestion(question.id);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    answer.mutate(text, { onSuccess: () => setText('') });
  };
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <FormAlert message={answer.error ? errorMessage(answer.error) : null} />
      <CoachedTextarea
        label={
          question.answers.length > 0
            ? t('honesty.questions.answerAgainLabel')
            : t('honesty.questions.answerLabel')
        }
        hint={t('honesty.questions.answerHint')}
        name="answer"
        value={text}
        onValueChange={setText}
        maxLength={ANSWER_MAX_LENGTH}
      />
      <div className="button-row">
        <SubmitButton pending={answer.isPending} pendingLabel={t('honesty.questions.answering')}>
          {t('honesty.questions.answer')}
        </SubmitButton>
      </div>
    </form>
  );
}

/** One question with every answer in order, and what the viewer may do with it now. */
export function QuestionItem({ question }: { question: Question }) {
  const step = useQuestionStep(question.id);
  const total = question.answers.length;
  return (
    <article className="talking-item stack" id={`question-${question.id}`}>
      <h3 className="question__text">{question.text}</h3>
      <p className="muted">
        {t('honesty.questions.askedBy', {
          name: nameOf(question.askedBy),
          date: formatDateTime(question.createdAt),
        })}
        {' · '}
        <span className={`state state--${question.state}`}>
          {question.state === 'answered' && question.open
            ? t('honesty.questions.needsMore')
            : t(`honesty.questions.states.${question.state}`)}
        </span>
      </p>
      {total > 0 ? (
        <ol className="plain-list stack">
          {question.answers.map((answer, index) => (
            <AnswerItem
              key={answer.id}
              answer={answer}
              number={index + 1}
              total={total}
              question={question}
            />
          ))}
        </ol>
      ) : null}
      {question.youMay.answer ? <AnswerForm question={question} /> : null}
      <div className="button-row">
        {(['hold', 'release', 'withdraw'] as const)
          .filter((type) => question.youMay[type])
          .map((type) => (
            <button
              key={type}
              type="button"
              className="button button--quiet"
              disabled={step.isPending}
              onClick={() => step.mutate({ type })}
            >
              {t(`honesty.questions.${type}`)}
            </button>
          ))}
      </div>
      <FormAlert message={step.error ? errorMessage(step.error) : null} />
    </article>
  );
}
