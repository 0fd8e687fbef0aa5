import { type FormEvent, useId, useState } from 'react';
import { Link } from 'wouter';
import { errorMessage } from '../../app/api/errorMessage';
import { FormAlert } from '../../app/ui/FormAlert';
import { PageHeading } from '../../app/ui/PageHeading';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { TextAreaField } from '../../app/ui/TextAreaField';
import { useHashTarget } from '../../app/ui/useHashTarget';
import { t } from '../../i18n';
import { SpacePageWaiting } from '../space/NeedsSpace';
import { useAskQuestion, useQuestions } from './api';
import { QuestionItem } from './QuestionItem';
import '../../styles/talking.css';
import '../../styles/honesty.css';

const QUESTION_MAX_LENGTH = 2000;

function AskForm() {
  const [text, setText] = useState('');
  const ask = useAskQuestion();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    ask.mutate(text, { onSuccess: () => setText('') });
  };
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <FormAlert message={ask.error ? errorMessage(ask.error) : null} />
      <TextAreaField
        label={t('honesty.questions.askLabel')}
        hint={t('honesty.questions.askHint')}
        name="question"
        value={text}
        onValueChange={setText}
        maxLength={QUESTION_MAX_LENGTH}
        rows={3}
      />
      <div className="button-row">
        <SubmitButton pending={ask.isPending} pendingLabel={t('honesty.questions.asking')}>
          {t('honesty.questions.ask')}
        </SubmitButton>
      </div>
    </form>
  );
}

/** Questions and answers: asked by the hurt partner, answered by the involved one, kept whole. */
export function QuestionsPage() {
  const askId = useId();
  const listId = useId();
  const questions = useQuestions();
  // Links from the today card and from updates name one question: go to it once it is drawn.
  useHashTarget(questions.data !== undefined);
  if (questions.data === undefined) {
    return <SpacePageWaiting query={questions} loadingLabel={t('honesty.loading')} />;
  }
  const { mayAsk, counts } = questions.data;
  return (
    <div className="stack stack--loose">
      <div className="stack">
        <PageHeading>{t('honesty.questions.title')}</PageHeading>
        <p className="lead">
          {mayAsk ? t('honesty.questions.introAsker') : t('honesty.questions.introAnswerer')}
        </p>
        <p>{t('honesty.hub.openQuestions', { count: counts.open })}</p>
      </div>
      {mayAsk ? (
        <section className="card stack" aria-labelledby={askId}>
          <h2 id={askId}>{t('honesty.questions.askHeading')}</h2>
          <AskForm />
        </section>
      ) : null}
      <section className="stack" aria-labelledby={listId}>
        <h2 id={listId}>{t('honesty.questions.listHeading')}</h2>
        {questions.data.questions.length === 0 ? (
          <p>{t('honesty.questions.empty')}</p>
        ) : (
          <ul className="plain-list stack">
            {questions.data.questions.map((question) => (
              <li key={question.id}>
                <QuestionItem question={question} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <p>
        <Link href="/honesty">{t('honesty.hubLink')}</Link>
      </p>
    </div>
  );
}
