import { TRIGGER_RESPONSE_MAX_LENGTH } from '@amend/core';
import { type FormEvent, useState } from 'react';
import { errorMessage } from '../../app/api/errorMessage';
import { FormAlert } from '../../app/ui/FormAlert';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { formatDateTime, type MessageKey, t } from '../../i18n';
import { CoachedTextarea } from '../coach/CoachedTextarea';
import { useRespondToTrigger, useShareTrigger } from './api';
import type { Trigger } from './types';
import { nameOf } from './words';

function categoryName(category: string): string {
  return t(`talking.triggers.categories.${category}` as MessageKey);
}

function Responses({ trigger }: { trigger: Trigger }) {
  if (trigger.responses.length === 0) return null;
  return (
    <ul className="plain-list stack">
      {trigger.responses.map((response) => (
        <li key={response.id} className="meeting-part__partner">
          {t('talking.triggers.responseFrom', {
            name: nameOf(response.author),
            text: response.text,
          })}
        </li>
      ))}
    </ul>
  );
}

/** One of the person's own moments: private until they share it. */
export function OwnTrigger({ trigger }: { trigger: Trigger }) {
  const share = useShareTrigger();
  return (
    <article className="talking-item stack">
      <p>
        {t('talking.triggers.momentLine', {
          date: formatDateTime(trigger.occurredAt),
          category: categoryName(trigger.category),
          intensity: trigger.intensity,
        })}
      </p>
      {trigger.helped.length > 0 ? (
        <p>
          {t('talking.triggers.helpedLine', {
            list: trigger.helped
              .map((item) => t(`talking.triggers.helpedChoices.${item}` as MessageKey))
              .join(', '),
          })}
        </p>
      ) : null}
      <p className="muted">
        {trigger.visibility === 'partner'
          ? t('talking.triggers.shared')
          : t('talking.triggers.private')}
      </p>
      {trigger.need ? <p>{t('talking.triggers.sharedNeed', { need: trigger.need })}</p> : null}
      <Responses trigger={trigger} />
      {trigger.visibility === 'private' ? (
        <div className="button-row">
          <button
            type="button"
            className="button button--quiet"
            disabled={share.isPending}
            onClick={() => share.mutate({ id: trigger.id })}
          >
            {t('talking.triggers.share')}
          </button>
        </div>
      ) : null}
      <FormAlert message={share.error ? errorMessage(share.error) : null} />
    </article>
  );
}

/** A moment the partner shared: what they need, and a calm answer, from a suggestion or not. */
export function SharedTrigger({
  trigger,
  suggestions,
}: {
  trigger: Trigger;
  suggestions: readonly string[];
}) {
  const respond = useRespondToTrigger(trigger.id);
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    respond.mutate(text.trim(), { onSuccess: () => setText('') });
  };
  return (
    <article className="card stack">
      <p>
        <strong>
          {t('talking.triggers.theirMoment', {
            name: nameOf(trigger.owner),
            intensity: trigger.intensity,
          })}
        </strong>
      </p>
      <p>{t('talking.triggers.theirCategory', { category: categoryName(trigger.category) })}</p>
      <p className="muted">{formatDateTime(trigger.sharedAt ?? trigger.occurredAt)}</p>
      {trigger.need ? <p>{t('talking.triggers.theirNeed', { need: trigger.need })}</p> : null}
      <Responses trigger={trigger} />
      <form className="stack" onSubmit={submit} noValidate>
        <h3>{t('talking.triggers.respondHeading')}</h3>
        <p>{t('talking.triggers.respondHint')}</p>
        <ul className="plain-list stack">
          {suggestions.map((suggestion) => (
            <li key={suggestion} className="chip-row">
              <span>{suggestion}</span>
              <button
                type="button"
                className="button button--quiet"
                aria-label={t('talking.triggers.useSuggestionLabel', { text: suggestion })}
                onClick={() => setText(suggestion)}
              >
                {t('talking.triggers.useSuggestion')}
              </button>
            </li>
          ))}
        </ul>
        <FormAlert message={respond.error ? errorMessage(respond.error) : null} />
        <CoachedTextarea
          label={t('talking.triggers.response')}
          name={`response-${trigger.id}`}
          value={text}
          onValueChange={setText}
          maxLength={TRIGGER_RESPONSE_MAX_LENGTH}
          rows={2}
        />
        <div className="button-row">
          <SubmitButton pending={respond.isPending}>{t('talking.triggers.send')}</SubmitButton>
        </div>
      </form>
    </article>
  );
}
