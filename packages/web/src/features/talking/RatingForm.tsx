import { type FormEvent, useState } from 'react';
import { errorMessage } from '../../app/api/errorMessage';
import { FormAlert } from '../../app/ui/FormAlert';
import { RadioGroup } from '../../app/ui/RadioGroup';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { TextAreaField } from '../../app/ui/TextAreaField';
import { type FieldErrors, useFormErrors } from '../../app/ui/useFormErrors';
import { t } from '../../i18n';
import { CoachedTextarea } from '../coach/CoachedTextarea';
import { useRateConversation } from './api';
import type { Conversation, NoteVisibility } from './types';

const SCALE = ['1', '2', '3', '4', '5'] as const;
type ScaleValue = (typeof SCALE)[number];
type Field = 'honest' | 'heard' | 'note';

/** A person's own, private rating of one conversation; saving again keeps the earlier one. */
export function RatingForm({
  conversation,
  onSaved,
}: {
  conversation: Conversation;
  onSaved: () => void;
}) {
  const rate = useRateConversation(conversation.id);
  const { formRef, errorFor, check } = useFormErrors<Field>(rate.error);
  const earlier = conversation.yourRating;
  const [honest, setHonest] = useState<ScaleValue | null>(
    earlier ? (String(earlier.honest) as ScaleValue) : null,
  );
  const [heard, setHeard] = useState<ScaleValue | null>(
    earlier ? (String(earlier.heard) as ScaleValue) : null,
  );
  const [note, setNote] = useState(earlier?.note ?? '');
  const [visibility, setVisibility] = useState<NoteVisibility>(
    earlier?.noteVisibility ?? 'private',
  );
  // The coach helps with words the partner will read; a private note is the rater's own.
  const NoteField = visibility === 'partner' ? CoachedTextarea : TextAreaField;
  const scale = SCALE.map((value) => ({ value, label: t(`talking.conversations.scale.${value}`) }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors<Field> = {};
    if (honest === null) errors.honest = t('talking.conversations.chooseRating');
    if (heard === null) errors.heard = t('talking.conversations.chooseRating');
    if (!check(errors) || honest === null || heard === null) return;
    rate.mutate(
      {
        honest: Number(honest),
        heard: Number(heard),
        ...(note.trim() ? { note: note.trim() } : {}),
        noteVisibility: visibility,
      },
      { onSuccess: onSaved },
    );
  };

  return (
    <form ref={formRef} className="stack" onSubmit={submit} noValidate>
      <FormAlert message={rate.error ? errorMessage(rate.error) : null} />
      <RadioGroup
        legend={t('talking.conversations.honestLegend')}
        name={`honest-${conversation.id}`}
        options={scale}
        value={honest}
        onChange={setHonest}
        error={errorFor('honest')}
        required
      />
      <RadioGroup
        legend={t('talking.conversations.heardLegend')}
        name={`heard-${conversation.id}`}
        options={scale}
        value={heard}
        onChange={setHeard}
        error={errorFor('heard')}
        required
      />
      <NoteField
        label={t('talking.conversations.note')}
        name={`note-${conversation.id}`}
        value={note}
        onValueChange={setNote}
        maxLength={2000}
        rows={2}
        error={errorFor('note')}
      />
      <RadioGroup
        legend={t('talking.conversations.noteVisibility')}
        name={`visibility-${conversation.id}`}
        options={(['private', 'partner'] as const).map((value) => ({
          value,
          label: t(`talking.conversations.noteChoice.${value}`),
        }))}
        value={visibility}
        onChange={setVisibility}
      />
      <div className="button-row">
        <SubmitButton pending={rate.isPending}>
          {t('talking.conversations.saveRating')}
        </SubmitButton>
      </div>
    </form>
  );
}
