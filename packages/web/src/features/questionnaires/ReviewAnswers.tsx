import { t } from '../../i18n';
import type { Answers, QuestionnaireItem } from './types';

interface ReviewAnswersProps {
  items: readonly QuestionnaireItem[];
  answers: Answers;
  onChange: (step: number) => void;
}

function displayOf(item: QuestionnaireItem, value: Answers[string] | undefined): string | null {
  if (value === undefined) return null;
  if (typeof value === 'number') return String(value);
  return item.options?.find((option) => option.code === value)?.display ?? value;
}

/** Every answer before finishing, each with a way back to change it. */
export function ReviewAnswers({ items, answers, onChange }: ReviewAnswersProps) {
  const answered = items.filter((item) => answers[item.id] !== undefined).length;
  return (
    <div className="stack">
      <p>{t('questionnaires.reviewIntro')}</p>
      <p>{t('questionnaires.answeredCount', { answered, total: items.length })}</p>
      <ol className="plain-list review-list">
        {items.map((item, index) => {
          const display = displayOf(item, answers[item.id]);
          return (
            <li key={item.id} className="review-list__item">
              <p>{item.text}</p>
              <p className={display === null ? 'muted' : 'review-list__answer'}>
                {display ?? t('questionnaires.skipped')}
              </p>
              <div>
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => onChange(index)}
                >
                  {t('questionnaires.change')}
                  <span className="visually-hidden">
                    {' '}
                    {t('questionnaires.changeAnswerSuffix', { step: index + 1 })}
                  </span>
                </button>
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
