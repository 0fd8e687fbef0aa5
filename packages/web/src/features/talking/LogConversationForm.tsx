import { CONVERSATION_MINUTES } from '@amend/core';
import { type FormEvent, useState } from 'react';
import { errorMessage } from '../../app/api/errorMessage';
import { FormAlert } from '../../app/ui/FormAlert';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { TextField } from '../../app/ui/TextField';
import { type FieldErrors, useFormErrors } from '../../app/ui/useFormErrors';
import { t, todayInTimeZone } from '../../i18n';
import { failedOffline, keepToSendLater } from '../../offline/outbox';
import { useMe, useTimeZone } from '../accounts/api';
import { useLogConversation } from './api';

type Field = 'heldOn' | 'minutes' | 'topic';

/** Logging a conversation in seconds: today, about half an hour, a suggested topic. */
export function LogConversationForm({ suggestedTopics }: { suggestedTopics: readonly string[] }) {
  const today = todayInTimeZone(useTimeZone());
  const log = useLogConversation();
  const userId = useMe().data?.id;
  const { formRef, errorFor, check } = useFormErrors<Field>(log.error);
  const [heldOn, setHeldOn] = useState(today);
  const [minutes, setMinutes] = useState('30');
  const [topic, setTopic] = useState('');
  // One key per conversation being logged, so a retry after a lost answer is applied once.
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  // Sent now, or kept on this device to be sent when the connection is back.
  const [saved, setSaved] = useState<'no' | 'sent' | 'kept'>('no');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved('no');
    const errors: FieldErrors<Field> = {};
    const length = Number(minutes);
    if (heldOn === '') errors.heldOn = t('talking.conversations.required');
    else if (heldOn > today) errors.heldOn = t('talking.conversations.futureDate');
    if (!Number.isInteger(length) || length < CONVERSATION_MINUTES.min) {
      errors.minutes = t('talking.conversations.required');
    }
    if (topic.trim() === '') errors.topic = t('talking.conversations.required');
    if (!check(errors)) return;
    const input = {
      heldOn,
      minutes: Math.min(length, CONVERSATION_MINUTES.max),
      topic: topic.trim(),
    };
    const done = (how: 'sent' | 'kept') => {
      setTopic('');
      setIdempotencyKey(crypto.randomUUID());
      setSaved(how);
    };
    log.mutate(
      { ...input, idempotencyKey },
      {
        onSuccess: () => done('sent'),
        onError: (error) => {
          if (!failedOffline(error) || !userId) return;
          void keepToSendLater({
            kind: 'conversation',
            path: '/conversations',
            body: input,
            idempotencyKey,
            userId,
          }).then(() => {
            log.reset();
            done('kept');
          });
        },
      },
    );
  };

  return (
    <form ref={formRef} className="stack" onSubmit={submit} noValidate>
      <FormAlert message={log.error ? errorMessage(log.error) : null} />
      <p role="status" className="status-line">
        {saved === 'sent' ? t('talking.conversations.saved') : null}
        {saved === 'kept' ? t('reminders.offline.savedOffline') : null}
      </p>
      <TextField
        label={t('talking.conversations.topic')}
        value={topic}
        onValueChange={setTopic}
        maxLength={200}
        error={errorFor('topic')}
        required
      />
      {suggestedTopics.length > 0 ? (
        <div className="stack">
          <p className="field__hint">{t('talking.conversations.topicHint')}</p>
          <div className="chip-row">
            {suggestedTopics.slice(0, 5).map((suggestion) => (
              <button
                key={suggestion}
                type="button"
                className="button button--quiet"
                aria-label={t('talking.conversations.useTopic', { topic: suggestion })}
                onClick={() => setTopic(suggestion)}
              >
                {suggestion}
              </button>
            ))}
          </div>
        </div>
      ) : null}
      <TextField
        label={t('talking.conversations.heldOn')}
        type="date"
        max={today}
        value={heldOn}
        onValueChange={setHeldOn}
        error={errorFor('heldOn')}
        required
      />
      <TextField
        label={t('talking.conversations.minutes')}
        type="number"
        inputMode="numeric"
        min={CONVERSATION_MINUTES.min}
        max={CONVERSATION_MINUTES.max}
        value={minutes}
        onValueChange={setMinutes}
        error={errorFor('minutes')}
        required
      />
      <div className="button-row">
        <SubmitButton pending={log.isPending}>{t('talking.conversations.submit')}</SubmitButton>
      </div>
    </form>
  );
}
