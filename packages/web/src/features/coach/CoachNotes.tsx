import { applySuggestion, type CoachFinding } from '@amend/core';
import { useState } from 'react';
import { t } from '../../i18n';
import '../../styles/coach.css';
import { useCoach } from './useCoach';

interface CoachNotesProps {
  /** The field's current text. */
  text: string;
  /** Replaces the field's text when the person takes a calmer wording. */
  onUseSuggestion: (text: string) => void;
  /** Read by screen readers with the field: how many thoughts the coach has. */
  summaryId: string;
}

/**
 * The coach's thoughts under a text field: each phrase (underlined, and named in words, so
 * colour is never the only signal), why it may land badly, a calmer wording with a button to use
 * it, and a way to dismiss it. It only ever suggests; sending is never held back.
 */
export function CoachNotes({ text, onUseSuggestion, summaryId }: CoachNotesProps) {
  const { analysedText, findings, dismiss } = useCoach(text);
  const [hidden, setHidden] = useState(false);
  // The text a calmer wording produced, so the notice is read only while it is still there.
  const [appliedText, setAppliedText] = useState<string | null>(null);

  const use = (finding: CoachFinding) => {
    const changed = applySuggestion(analysedText, finding);
    setAppliedText(changed);
    onUseSuggestion(changed);
  };

  const summary =
    hidden || findings.length === 0 ? '' : t('coach.summary', { count: findings.length });

  return (
    <div className="stack">
      <p id={summaryId} className="visually-hidden" aria-live="polite">
        {text === appliedText && findings.length === 0 ? t('coach.used') : summary}
      </p>
      {hidden && findings.length > 0 ? (
        <button type="button" className="button button--quiet" onClick={() => setHidden(false)}>
          {t('coach.showAgain')}
        </button>
      ) : null}
      {!hidden && findings.length > 0 ? (
        // A labelled region rather than a heading: the field may sit under any heading level.
        <section className="coach" aria-labelledby={`${summaryId}-heading`}>
          <p className="coach__heading" id={`${summaryId}-heading`}>
            {t('coach.heading')}
          </p>
          <p className="coach__text">{t('coach.intro')}</p>
          <ul className="coach__list">
            {findings.map((finding) => (
              <FindingItem
                key={`${finding.kind}-${finding.start}`}
                text={analysedText}
                finding={finding}
                onUse={() => use(finding)}
                onDismiss={() => dismiss(finding)}
              />
            ))}
          </ul>
          <div className="coach__actions">
            <button type="button" className="button button--quiet" onClick={() => setHidden(true)}>
              {t('coach.hideAll')}
            </button>
          </div>
        </section>
      ) : null}
    </div>
  );
}

interface FindingItemProps {
  text: string;
  finding: CoachFinding;
  onUse: () => void;
  onDismiss: () => void;
}

function FindingItem({ text, finding, onUse, onDismiss }: FindingItemProps) {
  const phrase = text.slice(finding.start, finding.end);
  return (
    <li className="coach__finding">
      <p className="coach__text">
        <span className="coach__kind">{t(`coach.kind.${finding.kind}`)}</span>
        {': '}
        <span className="coach__phrase">
          <span className="visually-hidden">{t('coach.phrase')} </span>
          <mark>“{phrase}”</mark>
        </span>
      </p>
      <p className="coach__text">{finding.explanation}</p>
      <p className="coach__text">{t('coach.suggestionLabel')}</p>
      <blockquote className="coach__suggestion">{finding.suggestion}</blockquote>
      <div className="coach__actions">
        <button type="button" className="button button--secondary" onClick={onUse}>
          {t('coach.useSuggestion')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={onDismiss}
          aria-label={t('coach.dismissLabel', { phrase })}
        >
          {t('coach.dismiss')}
        </button>
      </div>
    </li>
  );
}
